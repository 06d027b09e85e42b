// Extraction over many files: expands folders, reads and extracts each file (in worker threads when asked), merges the
// facts in file order, and keeps going past bad files, reporting each one.
import { readdir, stat } from 'node:fs/promises';
import { join, extname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { GraphJson } from '../graph/types.ts';
import { UserError } from '../util/errors.ts';
import { GraphMerger, type WrittenGraph } from '../resolve/merge.ts';
import { extractFileArticles, type ArticleFacts } from './pipeline.ts';
import { packFacts, type PackedFacts } from '../resolve/packed-facts.ts';
import { readArticles } from './read-file.ts';
import { findManifest, readManifest, type Manifest, type PageHint } from '../corpus/manifest.ts';
import { placeOfHint } from '../resolve/home-place.ts';

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml']);

export interface FileError { file: string; message: string }
export interface Progress { filesDone: number; filesTotal: number; articles: number; chars: number; failed: number }
export interface ExtractOptions {
  /** worker threads; 0 or 1 runs in this thread (unless `threads`) */
  workers?: number;
  /** always extract in worker threads, whose heaps are bounded, even with one worker */
  threads?: boolean;
  onProgress?: (p: Progress) => void;
  /** a manifest (CSV/TSV) giving files their place and address; one found inside a folder given is also used */
  manifest?: string;
}
interface RunSummary { errors: FileError[]; warnings: string[]; files: number; articles: number; chars: number }
export interface ExtractResult extends RunSummary { graph: GraphJson }
export interface ExtractToFileResult extends RunSummary { written: WrittenGraph | null }

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

/** What a manifest says of one file, ready for the pipeline: the code of its place, its address. */
export interface FileHint { place?: string | null; url?: string }

/** Extracts one file in this thread. */
export async function extractFile(path: string, hint: FileHint = {}): Promise<{ facts: ArticleFacts[]; chars: number }> {
  const { inputs, chars } = await readArticles(path, hint.url);
  return { facts: extractFileArticles(inputs, { place: hint.place }), chars };
}

/**
 * The manifests that apply (the one given, then one inside each folder given) and a lookup of each file's hint; a
 * place no division is known by becomes a warning naming the manifest line, and the file is read without it.
 */
async function fileHints(paths: string[], given: string | undefined, warnings: string[]): Promise<(file: string) => FileHint> {
  const manifests: Manifest[] = given ? [readManifest(given)] : [];
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    const found = st?.isDirectory() ? findManifest(p) : null;
    if (!found || manifests.some((m) => resolve(m.file) === resolve(found))) continue;
    // A table found by its name may be something else (an index of another kind): say so and go on without it.
    try { manifests.push(readManifest(found)); } catch (e) { warnings.push(`${messageOf(e)}; not used as a manifest`); }
  }
  const codes = new Map<string, string | null>();
  const codeOf = (m: Manifest, h: PageHint): string | null => {
    if (!h.place) return null;
    let code = codes.get(h.place);
    if (code === undefined) {
      code = placeOfHint(h.place);
      codes.set(h.place, code);
      if (!code) warnings.push(`${m.file}: line ${h.line}: no division is called ${JSON.stringify(h.place)}; its file is read without a place`);
    }
    return code;
  };
  return (file) => {
    for (const m of manifests) {
      const h = m.lookup(file);
      if (h) return { place: codeOf(m, h), url: h.url };
    }
    return {};
  };
}

export type WorkerReply = { id: number; ok: true; facts: PackedFacts[]; chars: number } | { id: number; ok: false; message: string };

/** Extracts into a graph held in memory (small corpora, tests). */
export async function extractPaths(paths: string[], opts: ExtractOptions = {}): Promise<ExtractResult> {
  const merger = new GraphMerger();
  const r = await runExtraction(paths, merger, opts);
  return { ...r, graph: merger.finish() };
}

/**
 * Extracts straight into a graph.json file: articles are written as they are merged, evidence sentences wait in a
 * temporary file, and the graph is streamed out, so memory stays bounded by the number of distinct entities and
 * relations, not by the corpus.
 * Nothing is written when no source file was found.
 */
export async function extractToFile(paths: string[], file: string, opts: ExtractOptions = {}): Promise<ExtractToFileResult> {
  const merger = new GraphMerger({ out: file });
  try {
    const r = await runExtraction(paths, merger, { ...opts, threads: true });
    return { ...r, written: r.files > 0 ? merger.commit() : null };
  } finally {
    merger.close();
  }
}

async function runExtraction(paths: string[], merger: GraphMerger, opts: ExtractOptions): Promise<RunSummary> {
  const { files, errors } = await listSources(paths);
  const warnings: string[] = [];
  const hintOf = await fileHints(paths, opts.manifest, warnings);
  const progress: Progress = { filesDone: 0, filesTotal: files.length, articles: 0, chars: 0, failed: errors.length };
  const pending = new Map<number, PackedFacts[] | null>();
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
  const workers = Math.max(1, Math.min(opts.workers ?? 1, files.length, availableParallelism()));
  if (workers <= 1 && !(opts.threads && files.length > 1)) {
    for (let i = 0; i < files.length; i++) {
      try {
        const r = await extractFile(files[i], hintOf(files[i]));
        done(i, { id: i, ok: true, facts: r.facts.map(packFacts), chars: r.chars });
      } catch (e) {
        done(i, { id: i, ok: false, message: messageOf(e) });
      }
    }
  } else {
    await runPool(files, workers, hintOf, done);
  }
  errors.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { errors, warnings, files: files.length, articles: progress.articles, chars: progress.chars };
}

function messageOf(e: unknown): string {
  if (e instanceof UserError) return e.message;
  return (e as Error)?.message ?? String(e);
}

// Worker heap limits. V8 otherwise lets each thread's heap grow far past its live data; bounded, two workers and the
// merging thread stay under 1 GiB on a 100 MB corpus (measured 0.80-0.92 GiB). The young generation trades memory for
// speed: 128 MB ran the 100 MB corpus in 62 s instead of 80 s, but peaked at 1.01-1.06 GiB. KG_WORKER_YOUNG_MB and
// KG_WORKER_HEAP_MB (old generation; for single files of tens of MB) raise them where memory allows.
/** Files queued per worker: the one it extracts and the next. */
const QUEUE_DEPTH = 2;

const WORKER_LIMITS = { maxYoungGenerationSizeMb: Number(process.env.KG_WORKER_YOUNG_MB ?? 32), maxOldGenerationSizeMb: Number(process.env.KG_WORKER_HEAP_MB ?? 256) };

/**
 * Runs the files through `size` worker threads. Each worker extracts one file at a time and has the next one already
 * queued, so it never waits for the merging thread to hand it work. A worker that dies (out of memory on a pathological
 * file, a crash in native code) fails only the file it was extracting; its queued file goes back to the others.
 */
async function runPool(files: string[], size: number, hintOf: (file: string) => FileHint, done: (i: number, r: WorkerReply) => void): Promise<void> {
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  let cursor = 0;
  const returned: number[] = [];
  const lane = (): Promise<void> => new Promise<void>((resolveLane) => {
    const w = new Worker(entry, { workerData: null, resourceLimits: WORKER_LIMITS });
    /** the files sent to this worker and not answered yet, in the order it works on them */
    const held: number[] = [];
    let finished = false;
    const feed = () => {
      while (held.length < QUEUE_DEPTH && (returned.length || cursor < files.length)) {
        const i = returned.length ? returned.shift()! : cursor++;
        held.push(i);
        w.postMessage({ id: i, path: resolve(files[i]), hint: hintOf(files[i]) });
      }
      if (!held.length) { finished = true; void w.terminate().then(() => resolveLane()); }
    };
    w.on('message', (r: WorkerReply) => { held.splice(held.indexOf(r.id), 1); feed(); done(r.id, r); });
    w.once('online', feed);
    const lost = (why: string) => {
      if (finished) return;
      finished = true;
      const [current, ...queued] = held;
      if (current !== undefined) done(current, { id: current, ok: false, message: `extraction thread stopped: ${why}` });
      returned.push(...queued);
      void w.terminate();
      resolveLane(cursor < files.length || returned.length ? lane() : undefined);
    };
    w.on('error', (e) => lost(e.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
  });
  await Promise.all(Array.from({ length: size }, lane));
}
