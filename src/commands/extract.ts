// `kg extract <files or folders...> --out <dir>`: source files to graph.json.
import type { Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { extractToFile } from '../extract/run.ts';
import { progressBar } from '../util/progress.ts';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract a knowledge graph from news files (.txt .md .html; UTF-8, UTF-16 or GB18030) into <out>/graph.json')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-w, --workers <n>', 'worker threads (default: one per core)', (v) => parsePositiveInt(v, '--workers'))
    .option('-q, --quiet', 'no progress display')
    .option('-m, --manifest <file>', 'CSV/TSV with a file column and a place (division name or code) and/or url column per file; ' +
      'a manifest.tsv/.csv or index.tsv/.csv inside a folder given is used too')
    .addHelpText('after', '\nExamples:\n  npx kg extract seeds --out out\n  npx kg extract crawl/pages --manifest crawl/index.tsv --out out\n')
    .action(async (paths: string[], opts: { out: string; workers?: number; quiet?: boolean; manifest?: string }) => {
      const t0 = performance.now();
      const bar = progressBar('extract [{bar}] {value}/{total} files | {articles} articles | {rate} KB/s | {failed} failed', opts.quiet);
      await mkdir(opts.out, { recursive: true });
      const file = join(opts.out, 'graph.json');
      const result = await extractToFile(paths, file, {
        workers: opts.workers ?? Math.max(1, availableParallelism()),
        manifest: opts.manifest,
        onProgress: (p) => {
          const secs = (performance.now() - t0) / 1000;
          bar.update(p.filesDone, p.filesTotal, { articles: p.articles, rate: Math.round((p.chars * 3) / 1024 / Math.max(secs, 0.001)), failed: p.failed });
        },
      });
      bar.stop();
      for (const w of result.warnings) process.stderr.write(`kg: warning: ${w}\n`);
      for (const e of result.errors) process.stderr.write(`kg: ${e.file}: ${e.message.replace(`${e.file}: `, '')}\n`);
      if (result.files === 0) throw new UserError(`no source files (.txt .md .html) found in ${paths.join(', ')}`);
      const secs = (performance.now() - t0) / 1000;
      const g = result.written!;
      process.stdout.write(
        `${result.files - result.errors.filter((e) => e.message !== 'no such file or folder').length} of ${result.files} files, ${result.articles} articles, ` +
        `${g.entities} entities, ${g.relations} relations in ${secs.toFixed(1)} s → ${file}\n`,
      );
      if (result.errors.length) {
        process.stdout.write(`${result.errors.length} input(s) failed (listed above); the graph holds the others.\n`);
        process.exitCode = 1;
      }
    });
}

function parsePositiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
}
