// Loading speed on a synthetic graph (100,000 entities, 300,000 relations by default) and the time of library queries.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticGraph } from './synthetic-graph.ts';
import { startLocalNeo4j, stopLocalNeo4j, freePort } from '../neo4j/local-server.ts';
import { openDriver, runQuery } from '../neo4j/driver.ts';
import { loadGraph } from '../neo4j/load.ts';
import { listLibrary, buildParams } from '../neo4j/query-library.ts';

export async function benchNeo4j(log: (s: string) => void, entities = 100_000, relations = 300_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const prev = process.env.NEO4J_PASSWORD;
  process.env.NEO4J_PASSWORD = 'bench-password';
  const cfg = await startLocalNeo4j({ port: await freePort(), dir, heap: '2g' });
  if (prev === undefined) delete process.env.NEO4J_PASSWORD; else process.env.NEO4J_PASSWORD = prev;
  const driver = await openDriver(cfg);
  try {
    const g = syntheticGraph(entities, relations);
    const s = await loadGraph(driver, g, { batchSize: 10_000 });
    log(`neo4j load: ${s.elements.toLocaleString('en')} elements (${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relations, mentions, articles) in ${s.seconds.toFixed(1)} s = ${Math.round(s.elements / s.seconds).toLocaleString('en')} elements/s`);
    const person = g.entities.find((e) => e.type === 'Person')!.name;
    const org = g.entities.find((e) => e.type === 'Organization')!.name;
    const place = g.entities.find((e) => e.type === 'Place')!;
    const lib = new Map((await listLibrary()).map((q) => [q.name, q]));
    const cases: Array<[string, string[]]> = [
      ['posts-of-person', [`name=${person}`]], ['leaders-of-organization', [`org=${org}`]], ['officials-of-place', [`place=${String(place.props.code)}`]],
      ['most-connected', ['limit=10']], ['search-entities', ['q=教育局', 'limit=20']],
    ];
    for (const [name, params] of cases) {
      const q = lib.get(name)!;
      const t0 = performance.now();
      const r = await runQuery(driver, q.cypher, buildParams(params, q), { timeoutMs: 120_000 });
      log(`  query ${name}: ${(performance.now() - t0).toFixed(0)} ms, ${r.records.length} rows`);
    }
  } finally {
    await driver.close();
    await stopLocalNeo4j(dir);
  }
}
