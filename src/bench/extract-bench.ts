// Extraction speed and memory on a generated corpus: the real `kg extract` command in a child process per worker
// count, timed end to end (reading, extracting, merging, writing graph.json), its peak memory and CPU read from /proc.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './corpus-generator.ts';

export interface ExtractBenchResult { mb: number; workers: number; seconds: number; mbPerSecond: number; peakMb: number; cpuSeconds: number; summary: string }

const root = resolve(import.meta.dirname, '../..');

/** Peak resident memory (VmHWM) and CPU seconds of a running process, from /proc (Linux); null elsewhere. */
function procFigures(pid: number): { peakKb: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of /proc/pid/stat (utime, stime) in clock ticks; the split drops the first two fields.
    return { peakKb: Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0), cpu: (Number(stat[11]) + Number(stat[12])) / 100 };
  } catch {
    return null;
  }
}

async function runExtract(dir: string, workers: number): Promise<{ seconds: number; peakKb: number; cpu: number; stdout: string; outBytes: number }> {
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', dir, '--out', out, '--workers', String(workers), '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  let last = { peakKb: 0, cpu: 0 };
  // An exited (zombie) process has no VmHWM line: keep the highest figures seen while it ran.
  const poll = setInterval(() => {
    const f = procFigures(child.pid!);
    if (f) last = { peakKb: Math.max(last.peakKb, f.peakKb), cpu: Math.max(last.cpu, f.cpu) };
  }, 100);
  const code = await new Promise<number | null>((res) => child.on('close', res));
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`kg extract exited with ${code}: ${stdout}`);
  const outBytes = statSync(join(out, 'graph.json')).size;
  rmSync(out, { recursive: true, force: true });
  return { seconds, ...last, stdout: stdout.trim(), outBytes };
}

/**
 * A fixed workload that does not depend on this project's code (allocating objects and strings, JSON, sorting, a Map),
 * in milliseconds. Some machines' speed drifts through the day: runs compare only when this figure is close.
 */
export function machineReference(): number {
  let best = Infinity;
  // The best of a few rounds: the first also pays for the JIT's warm-up.
  for (let r = 0; r < 4; r++) {
    const t0 = performance.now();
    const items = Array.from({ length: 200_000 }, (_, i) => ({ id: `k${(i * 7919) % 200_000}`, name: '汾阳市教育局'.repeat(1 + (i % 3)), n: i }));
    const back = JSON.parse(JSON.stringify(items)) as Array<{ id: string }>;
    back.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (new Map(back.map((x) => [x.id, x])).size !== items.length) throw new Error('machine reference: lost items');
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function benchExtract(sizeMb: number, workerCounts: number[], log: (s: string) => void): Promise<ExtractBenchResult[]> {
  const dir = join(root, 'bench-data', `corpus-${sizeMb}mb`);
  if (!existsSync(dir)) {
    const templates = [join(root, 'seeds'), resolve(root, '../shared/heldout/articles')].filter((d) => existsSync(d));
    const t = performance.now();
    const g = await generateCorpus(dir, sizeMb * 1024 * 1024, templates);
    log(`generated ${g.files} pages, ${(g.bytes / 1048576).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  const mb = (await dirBytes(dir)) / 1048576;
  log(`machine reference: ${Math.round(machineReference())} ms (a fixed workload; compare runs only when this is close)`);
  const results: ExtractBenchResult[] = [];
  for (const workers of workerCounts) {
    const r = await runExtract(dir, workers);
    const res: ExtractBenchResult = { mb, workers, seconds: r.seconds, mbPerSecond: mb / r.seconds, peakMb: r.peakKb / 1024, cpuSeconds: r.cpu, summary: r.stdout };
    results.push(res);
    log(`extract ${mb.toFixed(1)} MB with ${workers} worker(s): ${r.seconds.toFixed(1)} s, ${res.mbPerSecond.toFixed(2)} MB/s ` +
      `(${(res.mbPerSecond / workers).toFixed(2)} MB/s per worker), CPU ${r.cpu.toFixed(0)} s (${(r.cpu / r.seconds).toFixed(2)} cores busy), ` +
      `peak RSS ${Math.round(res.peakMb)} MB, graph.json ${(r.outBytes / 1048576).toFixed(0)} MB`);
    log(`  ${r.stdout.split('\n')[0]}`);
  }
  return results;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const n of await readdir(dir)) total += (await stat(join(dir, n))).size;
  return total;
}

export async function cleanBenchData(): Promise<void> {
  await rm(resolve(root, 'bench-data'), { recursive: true, force: true });
}
