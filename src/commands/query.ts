// `kg query -e "<cypher>"` or `kg query cypher/<name>.cypher`: parameterised, read-only unless --write.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { openDriver, runQuery } from '../neo4j/driver.ts';
import { parseQueryFile, buildParams, listLibrary } from '../neo4j/query-library.ts';
import { formatTable, formatCsv } from '../util/table.ts';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program
    .command('query')
    .description('run Cypher against the graph: a library file from cypher/ or -e "<query>"; read-only unless --write')
    .argument('[file]', 'a .cypher file (e.g. cypher/posts-of-person.cypher)')
    .option('-e, --execute <cypher>', 'the query text')
    .option('-p, --param <name=value>', 'a query parameter (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .option('--write', 'allow writes')
    .option('--timeout <seconds>', 'give up after this long', (v) => Number(v), 30)
    .option('--limit <rows>', 'at most this many rows', (v) => Number(v), 10000)
    .option('-l, --list', 'list the library queries with their parameters')
    .addHelpText('after', '\nExamples:\n  npx kg query cypher/posts-of-person.cypher --param name=李正奎\n  npx kg query -e "MATCH (p:Person) RETURN p.name LIMIT 5" --format json\n')
    .action(async (file: string | undefined, opts: { execute?: string; param: string[]; format: string; write?: boolean; timeout: number; limit: number; list?: boolean }) => {
      if (opts.list) {
        for (const q of await listLibrary()) {
          process.stdout.write(`${q.file.replace(/^.*\/cypher\//u, 'cypher/')}\n  ${q.title}\n`);
          for (const p of q.params) process.stdout.write(`  --param ${p.name}=<${p.type}>  ${p.description}${p.default !== undefined ? ` (default ${p.default})` : ''}\n`);
        }
        return;
      }
      if (!['table', 'json', 'csv'].includes(opts.format)) throw new UserError(`--format must be table, json or csv, got ${JSON.stringify(opts.format)}`);
      if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) throw new UserError('--timeout must be a positive number of seconds');
      if (!!file === !!opts.execute) throw new UserError('give either a .cypher file or -e "<query>"');
      let cypher: string;
      let params: Record<string, unknown>;
      if (file) {
        let text: string;
        try { text = await readFile(file, 'utf8'); } catch { throw new UserError(`${file}: no such query file`); }
        const q = parseQueryFile(file, text);
        cypher = q.cypher;
        params = buildParams(opts.param, q.params.length || !/\$\w/u.test(q.cypher) ? q : { cypher: q.cypher });
      } else {
        cypher = opts.execute!;
        params = buildParams(opts.param, { cypher });
      }
      const driver = await openDriver();
      try {
        const r = await runQuery(driver, cypher, params, { write: opts.write, timeoutMs: opts.timeout * 1000, limit: opts.limit });
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(r.records.map((row) => Object.fromEntries(r.keys.map((k, i) => [k, row[i]]))), null, 1)}\n`);
        else if (opts.format === 'csv') process.stdout.write(formatCsv(r.keys, r.records));
        else process.stdout.write(`${formatTable(r.keys, r.records)}\n${r.records.length} row(s)${r.truncated ? ` (cut at --limit ${opts.limit})` : ''}\n`);
      } catch (e) {
        const msg = (e as Error).message ?? '';
        if (!opts.write && /write|Writing in read access mode/iu.test(msg)) throw new UserError(`this query writes to the database; run it with --write if you mean to (${msg})`);
        throw e;
      } finally {
        await driver.close();
      }
    });
}
