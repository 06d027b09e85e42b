// `kg eval --graph <graph.json> --gold <folder>`: extraction quality against hand-made gold (graph-format.md §3).
import type { Command } from 'commander';
import { readGraph } from '../graph/read-graph.ts';
import { readGoldFolder } from '../eval/gold.ts';
import { scoreGraph, formatReport } from '../eval/score.ts';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program
    .command('eval')
    .description('score a graph.json against gold annotation files: precision, recall, F1 per type, core and overall')
    .requiredOption('-g, --graph <file>', 'graph.json written by kg extract')
    .requiredOption('--gold <folder>', 'folder of gold files (one <source stem>.json per source file)')
    .option('-v, --verbose', 'list every miss and every extra')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExample:\n  npx kg eval --graph out/graph.json --gold ../shared/gold/seeds\n')
    .action(async (opts: { graph: string; gold: string; verbose?: boolean; json?: boolean }) => {
      const graph = await readGraph(opts.graph);
      const { golds, errors } = await readGoldFolder(opts.gold);
      for (const e of errors) process.stderr.write(`kg: ${e}\n`);
      const sources = new Set(graph.articles.map((a) => a.source.replace(/\.[^.]+$/u, '')));
      const covered = golds.filter((g) => sources.has(g.source.replace(/\.[^.]+$/u, '')));
      if (!covered.length) throw new UserError(`${opts.gold}: none of its ${golds.length} gold files names a source file of ${opts.graph}`);
      const report = scoreGraph(graph, covered);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 1)}\n` : `${formatReport(report, opts.verbose)}\n`);
      if (errors.length) process.exitCode = 1;
    });
}
