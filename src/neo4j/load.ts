// Loads a graph.json into Neo4j: schema first, then batched UNWIND writes in managed transactions. Loading is
// idempotent, and a reload replaces the facts of the articles it contains (their old relations, mentions and
// entities that nothing else supports are removed first), so a load cut off half-way is completed by running it again.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type GraphJson, type Props, type PropValue } from '../graph/types.ts';

export interface LoadSummary { nodes: Record<string, number>; relationships: Record<string, number>; elements: number; seconds: number }
export interface LoadOptions { batchSize?: number; onProgress?: (done: number, total: number) => void; concurrency?: number }

/** Runs the batches of one phase with a few transactions in flight (Neo4j retries the rare deadlock itself). */
async function inParallel<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
    while (next < items.length) { const i = next++; await fn(items[i]); }
  }));
}

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '../../cypher/schema.cypher');
const RESERVED = new Set(['id', 'type', 'name', 'aliases', 'aliasText']);

/** Statements of a .cypher file: comments dropped, split on semicolons at line ends. */
export function cypherStatements(text: string): string[] {
  return text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').split(/;\s*(?:\n|$)/u).map((s) => s.trim()).filter(Boolean);
}

export async function applySchema(driver: Driver): Promise<number> {
  const statements = cypherStatements(await readFile(SCHEMA, 'utf8'));
  const session = driver.session();
  try {
    for (const st of statements) await session.run(st);
  } finally {
    await session.close();
  }
  // Wait for the indexes to come online before heavy writes rely on them.
  const s2 = driver.session();
  try { await s2.run('CALL db.awaitIndexes(300)'); } finally { await s2.close(); }
  return statements.length;
}

/** Neo4j properties are primitives or lists of them: props are flattened, the reserved names prefixed. */
function flatProps(props: Props): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    out[RESERVED.has(k) ? `prop_${k}` : k] = v;
  }
  return out;
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

async function write(driver: Driver, cypher: string, rows: unknown[], before?: string): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      if (before) await tx.run(before, { rows });
      await tx.run(cypher, { rows });
    });
  } finally {
    await session.close();
  }
}

export async function loadGraph(driver: Driver, graph: GraphJson, opts: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = performance.now();
  const batch = opts.batchSize ?? 5000;
  const par = opts.concurrency ?? 2;
  await applySchema(driver);
  const ids = graph.articles.map((a) => a.id);
  const sources = [...new Set(graph.articles.map((a) => a.source))];

  // 1. Remove what earlier loads of these articles asserted.
  const s = driver.session();
  try {
    await s.run(`MATCH (a:Article) WHERE a.id IN $ids OR a.source IN $sources
      WITH collect(a.id) AS old
      CALL (old) { MATCH ()-[r]->() WHERE r.articles IS NOT NULL AND size(r.articles) > 0 AND all(x IN r.articles WHERE x IN old) DELETE r }`,
      { ids, sources }).catch(async () => {
      // Servers before 5.23 do not know CALL (x) {…}: the older importing WITH form.
      await s.run(`MATCH (a:Article) WHERE a.id IN $ids OR a.source IN $sources
        WITH collect(a.id) AS old
        CALL { WITH old MATCH ()-[r]->() WHERE r.articles IS NOT NULL AND size(r.articles) > 0 AND all(x IN r.articles WHERE x IN old) DELETE r }`, { ids, sources });
    });
    await s.run('MATCH (a:Article) WHERE a.id IN $ids OR a.source IN $sources DETACH DELETE a', { ids, sources });
    await s.run('MATCH (n:Entity) WHERE NOT (n)--() DELETE n');
  } finally {
    await s.close();
  }

  const mentionRows = graph.entities.flatMap((e) => {
    const byArticle = new Map<string, { starts: number[]; ends: number[]; texts: string[] }>();
    for (const m of e.mentions) {
      const x = byArticle.get(m.article) ?? { starts: [], ends: [], texts: [] };
      x.starts.push(m.start); x.ends.push(m.end); x.texts.push(m.text);
      byArticle.set(m.article, x);
    }
    return [...byArticle].map(([article, x]) => ({ id: `${e.id}|${article}`, entity: e.id, article, ...x }));
  });
  const total = graph.articles.length + graph.entities.length + graph.relations.length + mentionRows.length;
  let done = 0;
  const tick = (n: number) => { done += n; opts.onProgress?.(done, total); };
  opts.onProgress?.(0, total);

  // 2. Articles.
  await inParallel(chunks(graph.articles.map((a) => ({
    id: a.id, props: { id: a.id, source: a.source, title: a.title, byline: a.byline, date: a.date, dateInferred: a.dateInferred,
      place: a.place ?? null, start: a.start, end: a.end, text: a.text ?? null, duplicateOf: a.duplicateOf ?? null },
  })), batch), par, async (rows) => {
    await write(driver, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row.props', rows);
    tick(rows.length);
  });

  // 3. Entities, one statement per type (labels come from the contract's fixed list, never from input).
  for (const type of ENTITY_TYPES) {
    const rows = graph.entities.filter((e) => e.type === type).map((e) => ({
      id: e.id,
      props: { ...flatProps(e.props), id: e.id, type: e.type, name: e.name, aliases: e.aliases, aliasText: e.aliases.join(' ') },
    }));
    await inParallel(chunks(rows, batch), par, async (part) => {
      await write(driver, `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:${type}`, part);
      tick(part.length);
    });
  }

  // 4. Mentions: entity → article, with the offsets of every mention in that article.
  await inParallel(chunks(mentionRows, batch), par, async (part) => {
    // Relationships are replaced by id (an index seek) and created, rather than MERGEd: MERGE between two nodes
    // expands the denser one, which is slow for articles and places with thousands of links.
    await write(driver, `UNWIND $rows AS row MATCH (n:Entity {id: row.entity}) MATCH (a:Article {id: row.article})
      CREATE (n)-[:MENTIONED_IN {id: row.id, starts: row.starts, ends: row.ends, texts: row.texts}]->(a)`, part,
    'UNWIND $rows AS row MATCH ()-[m:MENTIONED_IN {id: row.id}]->() DELETE m');
    tick(part.length);
  });

  // 5. Relations, one statement per type, with their evidence as parallel lists.
  for (const type of RELATION_TYPES) {
    const rows = graph.relations.filter((r) => r.type === type).map((r) => ({
      id: r.id, source: r.source, target: r.target,
      props: {
        ...flatProps(r.props), id: r.id, confidence: r.confidence,
        articles: [...new Set(r.evidence.map((e) => e.article))],
        evidenceArticles: r.evidence.map((e) => e.article), evidenceStarts: r.evidence.map((e) => e.start),
        evidenceEnds: r.evidence.map((e) => e.end), evidenceSentences: r.evidence.map((e) => e.sentence),
      },
    }));
    const target = type === 'AUTHORED' ? 'Article' : 'Entity';
    await inParallel(chunks(rows, batch), par, async (part) => {
      await write(driver, `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:${target} {id: row.target})
        CREATE (s)-[r:${type}]->(t) SET r = row.props`, part, `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() DELETE r`);
      tick(part.length);
    });
  }

  const summary = await countGraph(driver);
  return { ...summary, elements: total, seconds: (performance.now() - t0) / 1000 };
}

export async function countGraph(driver: Driver): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const s = driver.session({ defaultAccessMode: 'READ' });
  try {
    const nodes: Record<string, number> = {};
    for (const label of [...ENTITY_TYPES, 'Article']) {
      const r = await s.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      nodes[label] = r.records[0].get('c').toNumber();
    }
    const relationships: Record<string, number> = {};
    const r = await s.run('MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c ORDER BY t');
    for (const rec of r.records) relationships[rec.get('t')] = rec.get('c').toNumber();
    return { nodes, relationships };
  } finally {
    await s.close();
  }
}
