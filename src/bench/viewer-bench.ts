// Viewer speed in headless chromium: time to first render and frames per second while panning, for a synthetic graph
// of 20,000 nodes and 60,000 edges served from a graph.json.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticGraph } from './synthetic-graph.ts';
import { serve } from '../commands/serve.ts';

export async function benchViewer(log: (s: string) => void, nodes = 20_000, edges = 60_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(syntheticGraph(nodes, edges)));
  const { server, url } = await serve({ port: 0, host: '127.0.0.1', graph: file, log: () => {} });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 300_000 });
    const firstRender = (Date.now() - t0) / 1000;
    // Passed as source text: the TypeScript loader would otherwise add helpers the page does not have.
    const fps = await page.evaluate(`(async () => {
      const kg = window.__kg;
      kg.view.stopLayout();
      const cam = kg.view.sigma.getCamera();
      const start = cam.getState();
      let frames = 0;
      const t = performance.now();
      await new Promise((res) => {
        const step = () => {
          const k = (performance.now() - t) / 3000;
          cam.setState({ ...start, x: start.x + Math.sin(k * Math.PI * 2) * 0.2, y: start.y + Math.cos(k * Math.PI * 2) * 0.2 });
          frames++;
          if (performance.now() - t < 3000) requestAnimationFrame(step); else res();
        };
        requestAnimationFrame(step);
      });
      return frames / ((performance.now() - t) / 1000);
    })()`) as number;
    log(`viewer: ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges: first render after ${firstRender.toFixed(1)} s (page load, data, drawing), ${fps.toFixed(1)} frames/s while panning (headless chromium, software WebGL)`);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
