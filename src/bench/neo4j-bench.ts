// Loading speed on a synthetic graph (100,000 entities, 300,000 relations by default) and the time of library queries.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticGraph } from './synthetic-graph.ts';
import type { GraphJson } from '../graph/types.ts';
import { startLocalNeo4j, stopLocalNeo4j, freePort } from '../neo4j/local-server.ts';
import { openDriver, runQuery } from '../neo4j/driver.ts';
import { loadGraph } from '../neo4j/load.ts';
import { listLibrary, buildParams } from '../neo4j/query-library.ts';

/** The same graph under other ids and another source file, as a second corpus of the same shape. */
function renamed(g: GraphJson, prefix: string): GraphJson {
  const p = (x: string) => `${prefix}${x}`;
  return {
    version: 1,
    articles: g.articles.map((a) => ({ ...a, id: p(a.id), source: p(a.source) })),
    entities: g.entities.map((e) => ({ ...e, id: p(e.id), mentions: e.mentions.map((m) => ({ ...m, article: p(m.article) })) })),
    relations: g.relations.map((r) => ({ ...r, id: p(r.id), source: p(r.source), target: p(r.target), evidence: r.evidence.map((ev) => ({ ...ev, article: p(ev.article) })) })),
  };
}

export async function benchNeo4j(log: (s: string) => void, entities = 100_000, relations = 300_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const prev = process.env.NEO4J_PASSWORD;
  process.env.NEO4J_PASSWORD = 'bench-password';
  const cfg = await startLocalNeo4j({ port: await freePort(), dir, heap: '2g' });
  if (prev === undefined) delete process.env.NEO4J_PASSWORD; else process.env.NEO4J_PASSWORD = prev;
  const driver = await openDriver(cfg);
  try {
    const g = syntheticGraph(entities, relations);
    const phases = (label: string) => (name: string, n: number, sec: number) =>
      log(`    ${label} ${name}: ${n.toLocaleString('en')} in ${sec.toFixed(1)} s = ${Math.round(n / Math.max(sec, 1e-3)).toLocaleString('en')}/s`);
    const report = (label: string, s: { elements: number; seconds: number }) =>
      log(`neo4j ${label}: ${s.elements.toLocaleString('en')} elements (${entities.toLocaleString('en')} entities, ${relations.toLocaleString('en')} relations, mentions, articles) in ${s.seconds.toFixed(1)} s = ${Math.round(s.elements / s.seconds).toLocaleString('en')} elements/s`);
    // 1. Into a server just started (its JIT compiler still warming up), 2. a second corpus of the same size into the
    // same running server, 3. the first corpus again (every fact of its articles replaced).
    report('load into a fresh server', await loadGraph(driver, g, { batchSize: 10_000, onPhase: phases('fresh') }));
    report('load into a running server', await loadGraph(driver, renamed(g, 'b'), { batchSize: 10_000, onPhase: phases('running') }));
    report('reload of the first corpus', await loadGraph(driver, g, { batchSize: 10_000, onPhase: phases('reload') }));
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
