// `kg serve`: the Sigma.js viewer and its API on 127.0.0.1, with data from Neo4j or a graph.json.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from '../server/app.ts';
import { fileSource, neo4jSource, type GraphSource } from '../server/graph-source.ts';
import { ensureViewerBuilt } from '../server/build-viewer.ts';
import { resolveNeo4jConfig } from '../neo4j/config.ts';
import { openDriver } from '../neo4j/driver.ts';
import { UserError } from '../util/errors.ts';

export interface ServeOptions { port: number; host: string; graph?: string; log?: (s: string) => void }

export async function serve(opts: ServeOptions): Promise<{ server: Server; url: string; source: GraphSource }> {
  const log = opts.log ?? ((s: string) => process.stdout.write(`${s}\n`));
  let source: GraphSource | null = null;
  if (opts.graph) {
    source = await fileSource(opts.graph);
    log(`serving ${opts.graph} (file mode: the Cypher console is off)`);
  } else {
    const cfg = await resolveNeo4jConfig();
    if (cfg) {
      try {
        const driver = await openDriver(cfg);
        source = await neo4jSource(driver, cfg.uri);
        log(`serving the graph in Neo4j at ${cfg.uri}`);
      } catch (e) {
        log(`Neo4j is not usable (${(e as Error).message})`);
      }
    }
    if (!source) {
      const fallback = 'out/graph.json';
      if (!existsSync(fallback)) throw new UserError('no Neo4j reachable and no out/graph.json: run `npx kg extract seeds --out out`, or give --graph <file>');
      source = await fileSource(fallback);
      log(`no Neo4j reachable: serving ${fallback} instead (file mode: the Cypher console is off)`);
    }
  }
  const staticDir = await ensureViewerBuilt(log);
  const server = createApp({ source, staticDir, version: '0.1.0' });
  await new Promise<void>((res, rej) => { server.once('error', rej); server.listen(opts.port, opts.host, () => res()); });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const url = `http://${opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host}:${port}/`;
  server.on('close', () => { void source?.driver?.close(); });
  return { server, url, source };
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the graph viewer and its API (data from Neo4j, or from --graph <graph.json>)')
    .option('-p, --port <port>', 'port', (v) => Number(v), 8080)
    .option('--host <host>', 'address to bind (keep 127.0.0.1 unless you mean to share it)', '127.0.0.1')
    .option('-g, --graph <file>', 'serve this graph.json instead of Neo4j')
    .addHelpText('after', '\nExamples:\n  npx kg serve\n  npx kg serve --graph out/graph.json --port 8090\n')
    .action(async (opts: { port: number; host: string; graph?: string }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new UserError(`--port must be a port number, got ${opts.port}`);
      const { url } = await serve(opts);
      process.stdout.write(`viewer: ${url}\n`);
    });
}
