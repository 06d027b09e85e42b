// `kg neo4j start | stop | status`: the local Neo4j server (or, with NEO4J_URI set, the user's own).
import type { Command } from 'commander';
import { startLocalNeo4j, stopLocalNeo4j, neo4jVersion } from '../neo4j/local-server.ts';
import { resolveNeo4jConfig, localServerDir } from '../neo4j/config.ts';
import { openDriver } from '../neo4j/driver.ts';
import { countGraph } from '../neo4j/load.ts';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  const cmd = program.command('neo4j').description(`run a local Neo4j ${neo4jVersion()} (Community, from Maven Central) or check the one NEO4J_URI names`);
  cmd
    .command('start')
    .description('start the local server in the background (fetches it with Maven on first use) and wait until Bolt answers')
    .option('-p, --port <port>', 'Bolt port on 127.0.0.1', (v) => port(v), 7687)
    .option('--dir <dir>', 'data, logs and state folder (default .kg/neo4j)')
    .option('--heap <size>', 'Java heap, e.g. 1g', '1g')
    .addHelpText('after', '\nExample:\n  npx kg neo4j start --port 7687\n')
    .action(async (opts: { port: number; dir?: string; heap: string }) => {
      if (process.env.NEO4J_URI) {
        process.stdout.write(`NEO4J_URI is set (${process.env.NEO4J_URI}): using that server, nothing local started.\n`);
        return;
      }
      const r = await startLocalNeo4j({ port: opts.port, dir: opts.dir, heap: opts.heap, log: (s) => process.stderr.write(`${s}\n`) });
      process.stdout.write(`${r.already ? 'already running' : 'started'}: Neo4j ${r.version} at ${r.uri} (user neo4j; password in ${opts.dir ?? localServerDir()}/password or NEO4J_PASSWORD)\n`);
    });
  cmd
    .command('stop')
    .description('stop the local server cleanly')
    .option('--dir <dir>', 'data, logs and state folder (default .kg/neo4j)')
    .action(async (opts: { dir?: string }) => {
      const stopped = await stopLocalNeo4j(opts.dir);
      process.stdout.write(stopped ? 'stopped\n' : 'not running\n');
    });
  cmd
    .command('status')
    .description('print the URI, the Neo4j version and node/relationship counts')
    .option('--dir <dir>', 'data, logs and state folder (default .kg/neo4j)')
    .action(async (opts: { dir?: string }) => {
      const cfg = await resolveNeo4jConfig(opts.dir);
      if (!cfg) throw new UserError('not running: start it with `npx kg neo4j start` (or set NEO4J_URI)');
      const driver = await openDriver(cfg);
      try {
        const info = await driver.getServerInfo();
        const { nodes, relationships } = await countGraph(driver);
        const n = Object.values(nodes).reduce((a, b) => a + b, 0);
        const r = Object.values(relationships).reduce((a, b) => a + b, 0);
        process.stdout.write(`${cfg.uri} (${cfg.local ? 'local' : 'NEO4J_URI'}) ${info.agent ?? ''}\n${n} nodes, ${r} relationships\n`);
        for (const [k, v] of Object.entries(nodes)) if (v) process.stdout.write(`  ${k.padEnd(14)} ${v}\n`);
        for (const [k, v] of Object.entries(relationships)) process.stdout.write(`  ${k.padEnd(14)} ${v}\n`);
      } finally {
        await driver.close();
      }
    });
}

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UserError(`--port must be a port number (1–65535), got ${JSON.stringify(v)}`);
  return n;
}
