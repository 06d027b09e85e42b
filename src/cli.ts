// The `kg` command: one entry, each subcommand registered from its own module in src/commands/.
import { Command, CommanderError } from 'commander';
import { UserError } from './util/errors.ts';
import * as extract from './commands/extract.ts';
import * as evalCmd from './commands/eval.ts';
import * as neo4j from './commands/neo4j.ts';
import * as load from './commands/load.ts';
import * as query from './commands/query.ts';
import * as serve from './commands/serve.ts';
import * as exportCmd from './commands/export.ts';
import * as bench from './commands/bench.ts';
import * as start from './commands/start.ts';

const program = new Command();
program
  .name('kg')
  .description('Knowledge graphs from Chinese local-government news: extract, load into Neo4j, query, serve, export')
  .showHelpAfterError()
  .exitOverride();

for (const mod of [extract, evalCmd, neo4j, load, query, serve, exportCmd, bench, start]) mod.register(program);

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
