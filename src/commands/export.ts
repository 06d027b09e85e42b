// `kg export`: a subgraph (ego network, place, or query results) to GraphML, GEXF, JSON, CSV, Markdown/HTML report, SVG or PNG.
import type { Command } from 'commander';
import { readGraph } from '../graph/read-graph.ts';
import { openDriver } from '../neo4j/driver.ts';
import { selectSubgraph, writeExport, checkFormat, EXPORT_FORMATS } from '../export/index.ts';
import { selectFromNeo4j } from '../export/from-neo4j.ts';
import { UserError } from '../util/errors.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/types.ts';

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

export function register(program: Command): void {
  program
    .command('export')
    .description('export a subgraph for reports and other tools (Gephi, yEd, Cytoscape, Excel)')
    .option('-c, --center <name or id>', 'an entity whose neighbourhood to export')
    .option('-d, --depth <n>', 'steps from the centre (0–6)', (v) => Number(v), 1)
    .option('--place <name or code>', 'everything located in a place and the places inside it')
    .option('--query <file>', 'the nodes a library query returns (Neo4j only)')
    .option('-p, --param <name=value>', 'a parameter of --query (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--types <list>', `entity types to keep (${ENTITY_TYPES.join(',')})`, list)
    .option('--relations <list>', `relation types to keep (${RELATION_TYPES.join(',')})`, list)
    .option('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'graphml')
    .option('-o, --out <path>', 'output file (its extension is set by the format) or folder', 'out/export')
    .option('-g, --graph <graph.json>', 'read from a graph.json instead of Neo4j')
    .addHelpText('after', '\nExamples:\n  npx kg export --graph out/graph.json --center 李正奎 --depth 2 --format html --out out/lizhengkui\n' +
      '  npx kg export --place 141182 --types Person,Organization --format csv --out out/fenyang\n' +
      '  npx kg export --query cypher/officials-of-place.cypher --param place=汾阳市 --format gexf\n')
    .action(async (opts: { center?: string; depth: number; place?: string; query?: string; param: string[]; types?: string[]; relations?: string[]; format: string; out: string; graph?: string }) => {
      const format = checkFormat(opts.format);
      for (const t of opts.types ?? []) if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new UserError(`--types: unknown type ${JSON.stringify(t)} (one of ${ENTITY_TYPES.join(', ')})`);
      for (const t of opts.relations ?? []) if (!(RELATION_TYPES as readonly string[]).includes(t)) throw new UserError(`--relations: unknown type ${JSON.stringify(t)} (one of ${RELATION_TYPES.join(', ')})`);
      let sub;
      if (opts.graph) {
        if (opts.query) throw new UserError('--query needs Neo4j: drop --graph (load the graph with kg load first)');
        sub = selectSubgraph(await readGraph(opts.graph), { center: opts.center, depth: opts.depth, place: opts.place, types: opts.types, relations: opts.relations });
      } else {
        const driver = await openDriver();
        try {
          sub = await selectFromNeo4j(driver, { center: opts.center, depth: opts.depth, place: opts.place, types: opts.types, relations: opts.relations, query: opts.query, params: opts.param });
        } finally {
          await driver.close();
        }
      }
      const files = await writeExport(sub, format, opts.out);
      process.stdout.write(`${sub.selection}: ${sub.graph.entities.length} entities, ${sub.graph.relations.length} relations\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    });
}
