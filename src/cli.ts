// The `kg` command: one entry, each subcommand registered from its own module in src/commands/.
import { Command, CommanderError } from 'commander';
import { UserError } from './util/errors.ts';

// Each subcommand lives in its own module; only the one asked for is loaded (the others pull in the Neo4j driver, the
// browser and the image renderer, which `kg extract` does not need), all of them for the top-level help.
const COMMANDS: Record<string, () => Promise<{ register(p: Command): void }>> = {
  extract: () => import('./commands/extract.ts'),
  eval: () => import('./commands/eval.ts'),
  neo4j: () => import('./commands/neo4j.ts'),
  load: () => import('./commands/load.ts'),
  query: () => import('./commands/query.ts'),
  serve: () => import('./commands/serve.ts'),
  export: () => import('./commands/export.ts'),
  bench: () => import('./commands/bench.ts'),
  start: () => import('./commands/start.ts'),
};

const program = new Command();
program
  .name('kg')
  .description('Knowledge graphs from Chinese local-government news: extract, load into Neo4j, query, serve, export')
  .showHelpAfterError()
  .exitOverride();

const asked = process.argv[2];
for (const name of asked && asked in COMMANDS ? [asked] : Object.keys(COMMANDS)) (await COMMANDS[name]()).register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else if (e instanceof UserError) {
    process.stderr.write(`kg: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    const err = e as Error;
    process.stderr.write(`kg: ${err.message ?? String(e)}\n`);
    if (process.env.KG_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  }
}
