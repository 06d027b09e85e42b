// The viewer in a real browser (Debian chromium via playwright-core) against `kg serve` on a real Neo4j with the seeds.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { extractPaths } from '../../src/extract/run.ts';
import { loadGraph } from '../../src/neo4j/load.ts';
import { serve } from '../../src/commands/serve.ts';
import { startTestServer, type TestServer } from '../helpers/neo4j-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'tests/artifacts');
let neo: TestServer;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const PAGE_URL = 'http://www.fenyang.gov.cn/xwzx/example.html';
const saved: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  neo = await startTestServer();
  // A manifest gives the first seed page the address it was crawled from: the evidence links to it.
  const manifest = join(mkdtempSync(join(tmpdir(), 'kg-viewer-')), 'sites.csv');
  writeFileSync(manifest, `file,url\n000_e5d8bafecb39aede.txt,${PAGE_URL}\n`);
  await loadGraph(neo.driver, (await extractPaths([join(root, 'seeds')], { workers: 1, manifest })).graph);
  Object.assign(saved, { NEO4J_URI: process.env.NEO4J_URI ?? '', NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' });
  Object.assign(process.env, neo.env);
  ({ server, url } = await serve({ port: 0, host: '127.0.0.1', log: () => {} }));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 900 }, acceptDownloads: true });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await neo?.stop();
  for (const [k, v] of Object.entries(saved)) { if (v) process.env[k] = v; else delete process.env[k]; }
});

const visibleCount = () => page.evaluate(() => (window as unknown as { __kg: { view: { visible: Set<string> } } }).__kg.view.visible.size);

describe('the viewer', () => {
  it('draws the seed graph with a legend (WebGL canvas, Chinese labels)', async () => {
    await page.waitForTimeout(3000);
    expect(await visibleCount()).toBeGreaterThan(300);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=legend]').innerText()).toContain('人物');
    await page.screenshot({ path: join(shots, 'viewer-overview.png') });
  });

  it('finds 李正奎 by pinyin initials and by full pinyin, and shows his evidence', async () => {
    await page.fill('[data-testid=search]', 'lizhengkui');
    await expect.poll(() => page.locator('[data-testid=suggestions] li').first().innerText()).toContain('李正奎');
    await page.fill('[data-testid=search]', 'lzk');
    await expect.poll(() => page.locator('[data-testid=suggestions] li').first().innerText()).toContain('李正奎');
    await page.locator('[data-testid=suggestions] li').first().dispatchEvent('mousedown');
    await expect.poll(() => page.locator('[data-testid=details-name]').innerText()).toBe('李正奎');
    const evidence = page.locator('[data-testid=evidence]');
    expect(await evidence.innerText()).toContain('汾阳市委书记、市新时代文明实践中心主任李正奎');
    expect(await evidence.locator('mark').first().innerText()).toBe('李正奎');
    expect(await evidence.locator('a', { hasText: '原文' }).first().getAttribute('href')).toBe(PAGE_URL);
    expect(await page.locator('[data-testid=details]').innerText()).toContain('中共汾阳市委');
    expect(new URL(page.url()).searchParams.get('node')).toBe('per:李正奎@141182');
    await page.screenshot({ path: join(shots, 'viewer-details.png') });
  });

  it('filters a type: hiding Program hides those nodes and their edges', async () => {
    const before = await visibleCount();
    await page.locator('[data-type=Program]').uncheck();
    await expect.poll(visibleCount).toBeLessThan(before);
    const programsShown = await page.evaluate(() => {
      const kg = (window as unknown as { __kg: { view: { visible: Set<string> }; model: { entities: Map<string, { type: string }> } } }).__kg;
      return [...kg.view.visible].filter((id) => kg.model.entities.get(id)?.type === 'Program').length;
    });
    expect(programsShown).toBe(0);
    expect(new URL(page.url()).searchParams.get('hideTypes')).toBe('Program');
  });

  it('runs a library query and draws its nodes; runs a read-only query as a table', async () => {
    await page.selectOption('[data-testid=library]', 'officials-of-place');
    await page.fill('input[data-param=place]', '141182');
    await page.click('[data-testid=run]');
    await expect.poll(() => page.locator('[data-testid=result-table]').innerText()).toContain('李正奎');
    await page.selectOption('[data-testid=library]', '');
    await page.fill('[data-testid=cypher]', "MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {name: '中共汾阳市委'}) RETURN p, h, o");
    await page.click('[data-testid=run]');
    await expect.poll(() => page.locator('[data-testid=result-count]').innerText()).toMatch(/节点|nodes/u);
    await expect.poll(visibleCount).toBe(3);
    await page.screenshot({ path: join(shots, 'viewer-query.png') });
  });

  it('refuses a write query with a clear message', async () => {
    await page.fill('[data-testid=cypher]', "CREATE (x:Scratch {name: 'x'}) RETURN x");
    await page.click('[data-testid=run]');
    await expect.poll(() => page.locator('[data-testid=console-error]').innerText()).toContain('read-only');
    const r = await neo.driver.executeQuery('MATCH (x:Scratch) RETURN count(x) AS c');
    expect(r.records[0].get('c').toNumber()).toBe(0);
    await page.click('#clear');
  });

  it('exports the current view as PNG and GEXF (non-empty, parseable)', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-format=png]')]);
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('[data-format=gexf]')]);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(await gexf.path(), 'utf8'));
    const nodes = [doc.gexf.graph.nodes.node].flat();
    expect(nodes.length).toBe(await visibleCount());
  });

  it('reloads a shared URL into the same state', async () => {
    await page.locator('[data-type=Program]').check();
    await page.locator('[data-type=Honor]').uncheck();
    await page.fill('[data-testid=search]', 'wangbaoqi');
    await expect.poll(() => page.locator('[data-testid=suggestions] li').first().innerText()).toContain('王宝启');
    await page.locator('[data-testid=suggestions] li').first().dispatchEvent('mousedown');
    const shared = page.url();
    const count = await visibleCount();
    const other = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await other.goto(shared);
    await other.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
    await expect.poll(() => other.locator('[data-testid=details-name]').innerText()).toBe('王宝启');
    expect(await other.locator('[data-type=Honor]').isChecked()).toBe(false);
    expect(await other.evaluate(() => (window as unknown as { __kg: { view: { visible: Set<string> } } }).__kg.view.visible.size)).toBe(count);
    await other.close();
  });

  it('switches the interface to English', async () => {
    await page.click('[data-testid=lang]');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Local government knowledge graph');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.screenshot({ path: join(shots, 'viewer-english.png') });
  });

  it('the API validates parameters and never serves outside the viewer folder', async () => {
    const bad = await fetch(`${url}api/neighbours`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('parameter id');
    const exp = await fetch(`${url}api/export`, { method: 'POST', body: JSON.stringify({ format: 'exe', nodes: [] }) });
    expect((await exp.json()).error).toContain('unknown format');
    const trav = await fetch(`${url}..%2f..%2fpackage.json`);
    expect(await trav.text()).not.toContain('"name": "cn-gov-kg"');
  });
});
