// `npm run bench` / `kg bench`: speed and memory figures, printed (never asserted in tests).
import type { Command } from 'commander';
import { benchExtract } from '../bench/extract-bench.ts';

export function register(program: Command): void {
  program
    .command('bench')
    .description('measure extraction speed and memory on a generated corpus (and loading/query/viewer figures where available)')
    .option('--size <mb>', 'corpus size in MB', (v) => Number(v), 20)
    .option('--only <parts>', 'comma-separated: extract, neo4j, viewer', 'extract,neo4j,viewer')
    .addHelpText('after', '\nExample:\n  npm run bench -- --size 100\n')
    .action(async (opts: { size: number; only: string }) => {
      const parts = new Set(opts.only.split(','));
      const log = (s: string) => process.stdout.write(`${s}\n`);
      if (parts.has('extract')) await benchExtract(opts.size, [1, 2], log);
      if (parts.has('neo4j')) {
        const m = await import('../bench/neo4j-bench.ts').catch(() => null);
        if (m) await m.benchNeo4j(log);
      }
      if (parts.has('viewer')) {
        const m = await import('../bench/viewer-bench.ts').catch(() => null);
        if (m) await m.benchViewer(log);
      }
    });
}
