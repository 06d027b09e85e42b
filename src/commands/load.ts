// `kg load <graph.json>`: schema, then batched writes; prints the counts per label and type.
import type { Command } from 'commander';
import { readGraph } from '../graph/read-graph.ts';
import { openDriver } from '../neo4j/driver.ts';
import { loadGraph } from '../neo4j/load.ts';
import { progressBar } from '../util/progress.ts';

export function register(program: Command): void {
  program
    .command('load')
    .description('load a graph.json into Neo4j (the local server, or NEO4J_URI); re-running replaces the facts of its articles')
    .argument('<graph>', 'graph.json written by kg extract')
    .option('-b, --batch <n>', 'rows per transaction', (v) => Number(v), 5000)
    .option('-q, --quiet', 'no progress display')
    .addHelpText('after', '\nExample:\n  npx kg load out/graph.json\n')
    .action(async (file: string, opts: { batch: number; quiet?: boolean }) => {
      const graph = await readGraph(file);
      const driver = await openDriver();
      const t0 = performance.now();
      const bar = progressBar('load [{bar}] {value}/{total} elements | {rate}/s', opts.quiet);
      try {
        const s = await loadGraph(driver, graph, {
          batchSize: opts.batch,
          onProgress: (done, total) => bar.update(done, total, { rate: Math.round(done / Math.max(0.001, (performance.now() - t0) / 1000)) }),
        });
        bar.stop();
        process.stdout.write(`loaded ${s.elements} elements in ${s.seconds.toFixed(1)} s (${Math.round(s.elements / s.seconds)}/s)\n`);
        for (const [k, v] of Object.entries(s.nodes)) process.stdout.write(`  ${k.padEnd(15)} ${v}\n`);
        for (const [k, v] of Object.entries(s.relationships)) process.stdout.write(`  ${k.padEnd(15)} ${v}\n`);
      } finally {
        bar.stop();
        await driver.close();
      }
    });
}
