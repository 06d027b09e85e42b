// `npm start` / `kg start`: the main job on a fresh machine — extract the seeds, start the local Neo4j, load, serve.
import type { Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { extractToFile } from '../extract/run.ts';
import { readGraph } from '../graph/read-graph.ts';
import { UserError } from '../util/errors.ts';
import { startLocalNeo4j } from '../neo4j/local-server.ts';
import { openDriver } from '../neo4j/driver.ts';
import { loadGraph } from '../neo4j/load.ts';
import { resolveNeo4jConfig } from '../neo4j/config.ts';
import { serve } from './serve.ts';

export function register(program: Command): void {
  program
    .command('start')
    .description('extract the seeds, start the local Neo4j, load the graph and serve the viewer')
    .option('-p, --port <port>', 'viewer port', (v) => Number(v), 8080)
    .option('--seeds <dir>', 'folder to extract', 'seeds')
    .action(async (opts: { port: number; seeds: string }) => {
      const log = (s: string) => process.stdout.write(`${s}\n`);
      await mkdir('out', { recursive: true });
      const r = await extractToFile([opts.seeds], 'out/graph.json', { workers: 2 });
      if (!r.written) throw new UserError(`no source files (.txt .md .html) found in ${opts.seeds}`);
      for (const w of r.warnings) log(`kg: warning: ${w}`);
      for (const e of r.errors) log(`kg: ${e.file}: ${e.message}`);
      log(`extracted ${r.files} files: ${r.written.entities} entities, ${r.written.relations} relations → out/graph.json`);
      const graph = await readGraph('out/graph.json');
      let neo4jOk = false;
      try {
        if (!process.env.NEO4J_URI) {
          const s = await startLocalNeo4j({ log });
          log(`Neo4j ${s.version} at ${s.uri}`);
        }
        const driver = await openDriver(await resolveNeo4jConfig());
        try {
          const l = await loadGraph(driver, graph);
          log(`loaded ${l.elements} elements into Neo4j in ${l.seconds.toFixed(1)} s`);
          neo4jOk = true;
        } finally {
          await driver.close();
        }
      } catch (e) {
        log(`Neo4j could not be used (${(e as Error).message}); the viewer will serve out/graph.json instead`);
      }
      const { url } = await serve({ port: opts.port, host: '127.0.0.1', graph: neo4jOk ? undefined : 'out/graph.json', log });
      log(`viewer: ${url}`);
    });
}
