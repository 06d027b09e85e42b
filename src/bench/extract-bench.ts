// Extraction speed and memory on a generated corpus: characters and bytes per second, per core, and peak memory.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractPaths } from '../extract/run.ts';
import { generateCorpus } from './corpus-generator.ts';

export interface ExtractBenchResult { mb: number; workers: number; seconds: number; mbPerSecond: number; charsPerSecond: number; peakMb: number }

export async function benchExtract(sizeMb: number, workerCounts: number[], log: (s: string) => void): Promise<ExtractBenchResult[]> {
  const root = resolve(import.meta.dirname, '../..');
  const dir = join(root, 'bench-data', `corpus-${sizeMb}mb`);
  if (!existsSync(dir)) {
    const templates = [join(root, 'seeds'), resolve(root, '../shared/heldout/articles')].filter((d) => existsSync(d));
    const t = performance.now();
    const g = await generateCorpus(dir, sizeMb * 1024 * 1024, templates);
    log(`generated ${g.files} pages, ${(g.bytes / 1048576).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  const results: ExtractBenchResult[] = [];
  for (const workers of workerCounts) {
    const before = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    let chars = 0;
    const r = await extractPaths([dir], { workers, onProgress: (p) => { chars = p.chars; } });
    const seconds = (performance.now() - t0) / 1000;
    const bytes = r.chars > 0 ? await dirBytes(dir) : 0;
    const res: ExtractBenchResult = {
      mb: bytes / 1048576, workers, seconds, mbPerSecond: bytes / 1048576 / seconds, charsPerSecond: chars / seconds,
      peakMb: Math.max(before, process.resourceUsage().maxRSS) / 1024,
    };
    results.push(res);
    log(`extract ${res.mb.toFixed(1)} MB with ${workers} worker(s): ${seconds.toFixed(1)} s, ${res.mbPerSecond.toFixed(2)} MB/s ` +
      `(${(res.mbPerSecond / workers).toFixed(2)} MB/s per core), ${Math.round(res.charsPerSecond).toLocaleString('en')} chars/s, ` +
      `peak RSS ${Math.round(res.peakMb)} MB; ${r.graph.entities.length.toLocaleString('en')} entities, ${r.graph.relations.length.toLocaleString('en')} relations`);
  }
  return results;
}

async function dirBytes(dir: string): Promise<number> {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  for (const n of await readdir(dir)) total += (await stat(join(dir, n))).size;
  return total;
}

export async function cleanBenchData(): Promise<void> {
  await rm(resolve(import.meta.dirname, '../../bench-data'), { recursive: true, force: true });
}

