// Extraction over many files: expands folders, reads and extracts each file (in worker threads when asked), merges the
// facts in file order, and keeps going past bad files, reporting each one.
import { readdir, stat } from 'node:fs/promises';
import { join, extname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { GraphJson } from '../graph/types.ts';
import { UserError } from '../util/errors.ts';
import { GraphMerger } from '../resolve/merge.ts';
import { extractFileArticles, type ArticleFacts } from './pipeline.ts';
import { readArticles } from './read-file.ts';

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml']);

export interface FileError { file: string; message: string }
export interface Progress { filesDone: number; filesTotal: number; articles: number; chars: number; failed: number }
export interface ExtractOptions {
  /** worker threads; 0 or 1 runs in this thread */
  workers?: number;
  onProgress?: (p: Progress) => void;
}
export interface ExtractResult { graph: GraphJson; errors: FileError[]; files: number; articles: number; chars: number }

/** Lists the source files under the given paths (folders recursively, sorted); missing paths become errors. */
export async function listSources(paths: string[]): Promise<{ files: string[]; errors: FileError[] }> {
  const files: string[] = [];
  const errors: FileError[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(p); }
      else if (SOURCE_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try { st = await stat(p); } catch { errors.push({ file: p, message: 'no such file or folder' }); continue; }
    if (st.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** Extracts one file in this thread. */
export async function extractFile(path: string): Promise<{ facts: ArticleFacts[]; chars: number }> {
  const { inputs, chars } = await readArticles(path);
  return { facts: extractFileArticles(inputs), chars };
}

type WorkerReply = { id: number; ok: true; facts: ArticleFacts[]; chars: number } | { id: number; ok: false; message: string };

export async function extractPaths(paths: string[], opts: ExtractOptions = {}): Promise<ExtractResult> {
  const { files, errors } = await listSources(paths);
  const merger = new GraphMerger();
  const progress: Progress = { filesDone: 0, filesTotal: files.length, articles: 0, chars: 0, failed: errors.length };
  const pending = new Map<number, ArticleFacts[] | null>();
  let next = 0;
  // Results are merged strictly in file order so the output does not depend on thread timing.
  const flush = () => {
    while (pending.has(next)) {
      const facts = pending.get(next)!;
      pending.delete(next);
      if (facts) for (const f of facts) merger.add(f);
      next++;
    }
  };
  const done = (i: number, reply: WorkerReply) => {
    if (reply.ok) {
      pending.set(i, reply.facts);
      progress.articles += reply.facts.length;
      progress.chars += reply.chars;
    } else {
      pending.set(i, null);
      errors.push({ file: files[i], message: reply.message });
      progress.failed++;
    }
    progress.filesDone++;
    flush();
    opts.onProgress?.({ ...progress });
  };
  const workers = Math.min(opts.workers ?? 1, files.length, availableParallelism());
  if (workers <= 1) {
    for (let i = 0; i < files.length; i++) {
      try {
        const r = await extractFile(files[i]);
        done(i, { id: i, ok: true, facts: r.facts, chars: r.chars });
      } catch (e) {
        done(i, { id: i, ok: false, message: messageOf(e) });
      }
    }
  } else {
    await runPool(files, workers, done);
  }
  errors.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { graph: merger.finish(), errors, files: files.length, articles: progress.articles, chars: progress.chars };
}

function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  return (e as Error)?.message ?? String(e);
}

async function runPool(files: string[], size: number, done: (i: number, r: WorkerReply) => void): Promise<void> {
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  let cursor = 0;
  await Promise.all(Array.from({ length: size }, () => new Promise<void>((resolveAll, reject) => {
    const w = new Worker(entry, { workerData: null });
    const feed = () => {
      if (cursor >= files.length) { void w.terminate().then(() => resolveAll()); return; }
      const i = cursor++;
      w.postMessage({ id: i, path: resolve(files[i]) });
    };
    w.on('message', (r: WorkerReply) => { done(r.id, r); feed(); });
    w.on('error', reject);
    w.once('online', feed);
  })));
}
