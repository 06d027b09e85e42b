// Loads a graph.json into Neo4j: schema first, then batched UNWIND writes in managed transactions. Loading is
// idempotent, and a reload replaces the facts of the articles it contains (their old relations, mentions and
// entities that nothing else supports are removed first), so a load cut off half-way is completed by running it again.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type GraphJson, type Props, type PropValue } from '../graph/types.ts';

export interface LoadSummary { nodes: Record<string, number>; relationships: Record<string, number>; elements: number; seconds: number }
export interface LoadOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  concurrency?: number;
  /** Called after each phase with its name, element count and seconds (the bench prints them). */
  onPhase?: (phase: string, elements: number, seconds: number) => void;
}

/** Runs the batches of one phase with a few transactions in flight (Neo4j retries the rare deadlock itself). */
async function inParallel<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
    while (next < items.length) { const i = next++; await fn(items[i]); }
  }));
}

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '../../cypher/schema.cypher');
// Property names the loader writes itself; a prop of the same name is kept as prop_<name>.
const RESERVED = new Set(['id', 'type', 'name', 'aliases', 'aliasText', 'confidence', 'articles', 'evidenceArticles', 'evidenceStarts', 'evidenceEnds', 'evidenceSentences']);

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

async function read(driver: Driver, cypher: string): Promise<QueryResult> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => tx.run(cypher));
  } finally {
    await session.close();
  }
}

/** Deletes what `match` binds to `v` in auto-committed transactions of `rows` rows each (CALL … IN TRANSACTIONS). */
async function deleteInBatches(s: Session, match: string, v: string, verb: 'DELETE' | 'DETACH DELETE', params: Record<string, unknown>, rows = 10_000): Promise<void> {
  try {
    await s.run(`${match} CALL (${v}) { ${verb} ${v} } IN TRANSACTIONS OF ${rows} ROWS`, params);
  } catch (e) {
    // Servers before 5.23 do not know CALL (x) {…}: the older importing WITH form. Any other error is real.
    if ((e as { code?: string }).code !== 'Neo.ClientError.Statement.SyntaxError') throw e;
    await s.run(`${match} CALL { WITH ${v} ${verb} ${v} } IN TRANSACTIONS OF ${rows} ROWS`, params);
  }
}

type Work = (tx: ManagedTransaction) => Promise<void>;

/** One managed write transaction (retried by the driver on transient errors): a statement with its parameters, or a unit of work. */
async function write(driver: Driver, work: string | Work, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      if (typeof work === 'string') await tx.run(work, params);
      else await work(tx);
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

  // 1. Remove what earlier loads of these articles asserted (nothing to do when none of them was loaded before).
  const s = driver.session();
  try {
    const old = (await s.run('MATCH (a:Article) WHERE a.id IN $ids OR a.source IN $sources RETURN collect(a.id) AS old', { ids, sources }))
      .records[0].get('old') as string[];
    if (old.length) {
      // Relations whose every supporting article is reloaded go; one type at a time, in transactions of bounded size.
      for (const type of RELATION_TYPES) {
        await deleteInBatches(s, `MATCH ()-[r:${type}]->() WHERE size(r.articles) > 0 AND all(x IN r.articles WHERE x IN $old)`, 'r', 'DELETE', { old });
      }
      // DETACH DELETE also removes every MENTIONED_IN and AUTHORED link of these articles.
      await deleteInBatches(s, 'MATCH (a:Article) WHERE a.id IN $old', 'a', 'DETACH DELETE', { old }, 1000);
      await deleteInBatches(s, 'MATCH (n:Entity) WHERE NOT (n)--()', 'n', 'DELETE', {});
    }
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
  let phaseStart = performance.now();
  let phaseDone = 0;
  const phase = (name: string) => {
    const now = performance.now();
    opts.onPhase?.(name, done - phaseDone, (now - phaseStart) / 1000);
    phaseStart = now; phaseDone = done;
  };
  opts.onProgress?.(0, total);
  opts.onPhase?.('remove the facts of earlier loads', 0, (performance.now() - t0) / 1000);

  // Rows travel as columns (one list per field, rows addressed by index): the driver encodes a few long lists about
  // twice as fast as as many small maps, and encoding is half the cost of a load.
  // Each node's element id, read as it is created or found: links are then made between nodes looked up by element
  // id, which is cheaper for the server than two index seeks per link (measured 15-20k against 13-14k links/s).
  const elementIds = new Map<string, string>();
  const keep = (r: QueryResult) => { for (const rec of r.records) elementIds.set(rec.get('id') as string, rec.get('eid') as string); };
  const elementOf = (id: string): string => {
    const eid = elementIds.get(id);
    // Every end of a link is an article or entity of this graph (the graph was validated), so it was created or found.
    if (eid === undefined) throw new Error(`internal: no node was written for ${id}`);
    return eid;
  };

  // 2. Articles (step 1 removed them if they were loaded before: they are created afresh).
  await inParallel(chunks(graph.articles, batch), par, async (part) => {
    await write(driver, async (tx) => keep(await tx.run(`UNWIND range(0, size($id) - 1) AS i
      CREATE (a:Article {id: $id[i], source: $source[i], title: $title[i], byline: $byline[i], date: $date[i], dateInferred: $dateInferred[i],
        place: $place[i], start: $start[i], end: $end[i], text: $text[i], duplicateOf: $duplicateOf[i], url: $url[i]})
      RETURN a.id AS id, elementId(a) AS eid`, {
      id: part.map((a) => a.id), source: part.map((a) => a.source), title: part.map((a) => a.title), byline: part.map((a) => a.byline),
      date: part.map((a) => a.date), dateInferred: part.map((a) => a.dateInferred), place: part.map((a) => a.place ?? null),
      start: part.map((a) => a.start), end: part.map((a) => a.end), text: part.map((a) => a.text ?? null), duplicateOf: part.map((a) => a.duplicateOf ?? null),
      url: part.map((a) => a.url ?? null),
    })));
    tick(part.length);
  });

  phase('articles');

  // 3. Entities, one statement per type (labels come from the contract's fixed list, never from input).
  for (const type of ENTITY_TYPES) {
    const ofType = graph.entities.filter((e) => e.type === type);
    await inParallel(chunks(ofType, batch), par, async (part) => {
      const props = part.map((e) => ({ ...flatProps(e.props), id: e.id, type: e.type, name: e.name, aliases: e.aliases, aliasText: e.aliases.join(' ') }));
      // CREATE is about twice as fast as MERGE: only the ids already in the database are updated in place.
      await write(driver, async (tx) => {
        const found = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, elementId(n) AS eid', { ids: part.map((e) => e.id) });
        keep(found);
        const existing = new Set<string>(found.records.map((r) => r.get('id') as string));
        const fresh = props.filter((p) => !existing.has(p.id));
        const known = props.filter((p) => existing.has(p.id));
        if (fresh.length) keep(await tx.run(`UNWIND $props AS p CREATE (n:Entity:${type}) SET n = p RETURN p.id AS id, elementId(n) AS eid`, { props: fresh }));
        if (known.length) await tx.run(`UNWIND $props AS p MATCH (n:Entity {id: p.id}) SET n = p, n:${type}`, { props: known });
      });
      tick(part.length);
    });
  }

  phase('entities');

  // 4. Mentions: entity → article, with the offsets of every mention in that article. Step 1 removed every link of
  // these articles, so mentions are created, never looked up.
  await inParallel(chunks(mentionRows, batch), par, async (part) => {
    await write(driver, `UNWIND range(0, size($id) - 1) AS i MATCH (n) WHERE elementId(n) = $entity[i] MATCH (a) WHERE elementId(a) = $article[i]
      CREATE (n)-[:MENTIONED_IN {id: $id[i], starts: $starts[i], ends: $ends[i], texts: $texts[i]}]->(a)`, {
      id: part.map((m) => m.id), entity: part.map((m) => elementOf(m.entity)), article: part.map((m) => elementOf(m.article)),
      starts: part.map((m) => m.starts), ends: part.map((m) => m.ends), texts: part.map((m) => m.texts),
    });
    tick(part.length);
  });

  phase('mentions');

  // 5. Relations, one statement per type, with their evidence as parallel lists. A relation already in the database
  // (supported by articles outside this graph) is replaced by id (an index seek), then created: MERGE between two
  // nodes expands the denser one, which is slow for articles and places with thousands of links.
  for (const type of RELATION_TYPES) {
    const ofType = graph.relations.filter((r) => r.type === type);
    // Where the database holds no relation of this type yet (a first load), no id can collide: nothing to replace.
    const before = await read(driver, `MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    const replace = Number(before.records[0].get('n')) > 0;
    await inParallel(chunks(ofType, batch), par, async (part) => {
      const cols = {
        id: part.map((r) => r.id), source: part.map((r) => elementOf(r.source)), target: part.map((r) => elementOf(r.target)),
        props: part.map((r) => flatProps(r.props)), confidence: part.map((r) => r.confidence),
        articles: part.map((r) => [...new Set(r.evidence.map((e) => e.article))]),
        evArticles: part.map((r) => r.evidence.map((e) => e.article)), evStarts: part.map((r) => r.evidence.map((e) => e.start)),
        evEnds: part.map((r) => r.evidence.map((e) => e.end)), evSentences: part.map((r) => r.evidence.map((e) => e.sentence)),
      };
      await write(driver, async (tx) => {
        if (replace) await tx.run(`UNWIND $id AS rid MATCH ()-[r:${type} {id: rid}]->() USING INDEX r:${type}(id) DELETE r`, { id: cols.id });
        await tx.run(`UNWIND range(0, size($id) - 1) AS i MATCH (s) WHERE elementId(s) = $source[i] MATCH (t) WHERE elementId(t) = $target[i]
          CREATE (s)-[r:${type} {id: $id[i], confidence: $confidence[i], articles: $articles[i], evidenceArticles: $evArticles[i],
            evidenceStarts: $evStarts[i], evidenceEnds: $evEnds[i], evidenceSentences: $evSentences[i]}]->(t)
          SET r += $props[i]`, cols);
      });
      tick(part.length);
    });
  }

  phase('relations');

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
