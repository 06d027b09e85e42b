// Building a subgraph (as graph.json) from Neo4j: an ego network, a place, or whatever a library query returns.
import { readFile } from 'node:fs/promises';
import neo4j, { type Driver, isNode, isRelationship, isPath } from 'neo4j-driver';
import type { Article, Entity, GraphJson, Relation, EntityType, RelationType, Props } from '../graph/types.ts';
import { RELATION_TYPES } from '../graph/types.ts';
import { runQuery } from '../neo4j/driver.ts';
import { parseQueryFile, buildParams } from '../neo4j/query-library.ts';
import { UserError } from '../util/errors.ts';
import type { Selection, Subgraph } from './subgraph.ts';

const FACTS = RELATION_TYPES.filter((t) => t !== 'AUTHORED').join('|');
// One constant statement per depth: the depth is chosen from this table, never written into Cypher from input.
const EGO: string[] = [0, 1, 2, 3, 4, 5, 6].map((d) => `MATCH (c:Entity) WHERE c.id = $center OR c.name = $center OR $center IN c.aliases
  WITH c ORDER BY COUNT { (c)--() } DESC LIMIT 1
  MATCH (c)-[:${FACTS}*0..${d}]-(n:Entity) RETURN c.name AS center, collect(DISTINCT n.id) AS ids`);
const PLACE = `MATCH (pl:Place) WHERE pl.name = $place OR pl.code = $place OR $place IN pl.aliases
  WITH pl, CASE WHEN pl.code IS NULL THEN null WHEN pl.code ENDS WITH '0000' THEN left(pl.code, 2)
                WHEN pl.code ENDS WITH '00' AND size(pl.code) = 6 THEN left(pl.code, 4) ELSE pl.code END AS prefix LIMIT 1
  MATCH (sub:Place) WHERE sub = pl OR (prefix IS NOT NULL AND sub.code STARTS WITH prefix)
  OPTIONAL MATCH (x:Entity)-[:LOCATED_IN|TAKES_PLACE_IN]->(sub)
  OPTIONAL MATCH (p:Person)-[:HOLDS_POSITION]->(x)
  OPTIONAL MATCH (x)-[:RUNS|ISSUED]->(y)
  RETURN pl.name AS center, collect(DISTINCT sub.id) + collect(DISTINCT x.id) + collect(DISTINCT p.id) + collect(DISTINCT y.id) AS ids`;

const ENTITY_FIELDS = new Set(['id', 'type', 'name', 'aliases', 'aliasText']);
const REL_FIELDS = new Set(['id', 'confidence', 'articles', 'evidenceArticles', 'evidenceStarts', 'evidenceEnds', 'evidenceSentences']);

/** Reads the entities with these ids, the relations among them, and the articles they cite, as graph.json. */
export async function fetchGraph(driver: Driver, ids: string[], relTypes: Set<string> | null, types: Set<string> | null): Promise<GraphJson> {
  const ents = await runQuery(driver, `MATCH (n:Entity) WHERE n.id IN $ids
    OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article)
    RETURN properties(n) AS p, collect({article: a.id, starts: m.starts, ends: m.ends, texts: m.texts}) AS ms`, { ids }, { limit: 200_000 });
  const entities: Entity[] = [];
  for (const [p, ms] of ents.records as [Record<string, unknown>, Array<Record<string, unknown>>][]) {
    if (types && !types.has(String(p.type))) continue;
    const props: Props = {};
    for (const [k, v] of Object.entries(p)) if (!ENTITY_FIELDS.has(k)) props[k.replace(/^prop_/u, '')] = v as Props[string];
    const mentions = ms.filter((m) => m.article).flatMap((m) => (m.starts as number[]).map((s, i) => ({ article: m.article as string, start: s, end: (m.ends as number[])[i], text: (m.texts as string[])[i] })));
    entities.push({ id: String(p.id), type: p.type as EntityType, name: String(p.name), aliases: (p.aliases as string[]) ?? [], props, mentions });
  }
  const keep = entities.map((e) => e.id);
  const rels = await runQuery(driver, `MATCH (s:Entity)-[r]->(t) WHERE s.id IN $ids AND (t.id IN $ids OR (type(r) = 'AUTHORED')) AND NOT r:MENTIONED_IN
    RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS p`, { ids: keep }, { limit: 500_000 });
  const relations: Relation[] = [];
  const cited = new Set<string>();
  for (const [type, source, target, p] of rels.records as [string, string, string, Record<string, unknown>][]) {
    if (relTypes && !relTypes.has(type)) continue;
    const props: Props = {};
    for (const [k, v] of Object.entries(p)) if (!REL_FIELDS.has(k)) props[k.replace(/^prop_/u, '')] = v as Props[string];
    const arts = (p.evidenceArticles as string[]) ?? [];
    const evidence = arts.map((a, i) => ({ article: a, start: (p.evidenceStarts as number[])[i], end: (p.evidenceEnds as number[])[i], sentence: (p.evidenceSentences as string[])[i] }));
    arts.forEach((a) => cited.add(a));
    relations.push({ id: String(p.id), type: type as RelationType, source, target, props, confidence: Number(p.confidence ?? 0), evidence });
  }
  for (const e of entities) for (const m of e.mentions) cited.add(m.article);
  const a = await runQuery(driver, 'MATCH (a:Article) WHERE a.id IN $ids RETURN properties(a) AS p', { ids: [...cited] }, { limit: 200_000 });
  const articles = (a.records as [Record<string, unknown>][]).map(([p]) => ({
    id: String(p.id), source: String(p.source), title: String(p.title), byline: (p.byline as string) ?? null, date: (p.date as string) ?? null,
    dateInferred: Boolean(p.dateInferred), start: Number(p.start), end: Number(p.end), ...(p.place ? { place: String(p.place) } : {}),
    ...(p.url ? { url: String(p.url) } : {}),
  }) as Article);
  return { version: 1, articles, entities, relations };
}

/** Entity ids among a query's results: nodes, relationships' ends, paths, and plain id strings. */
function idsIn(values: unknown[], out: Set<string>): void {
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (isNode(v)) { const id = v.properties.id; if (typeof id === 'string') out.add(id); }
    else if (isRelationship(v)) { /* its ends come with the nodes */ }
    else if (isPath(v)) { for (const s of v.segments) { idsIn([s.start, s.end], out); } }
    else if (Array.isArray(v)) idsIn(v, out);
    else if (typeof v === 'object' && !neo4j.isInt(v)) idsIn(Object.values(v as object), out);
  }
}

export async function selectFromNeo4j(driver: Driver, sel: Selection & { query?: string; params?: string[] }): Promise<Subgraph> {
  const relTypes = sel.relations?.length ? new Set(sel.relations) : null;
  const types = sel.types?.length ? new Set(sel.types) : null;
  const ids = new Set<string>();
  const parts: string[] = [];
  let title = '知识图谱';
  if (sel.query) {
    let text: string;
    try { text = await readFile(sel.query, 'utf8'); } catch { throw new UserError(`--query ${sel.query}: no such query file`); }
    const q = parseQueryFile(sel.query, text);
    const r = await runQuery(driver, q.cypher, buildParams(sel.params ?? [], q));
    for (const rec of r.raw) idsIn(rec.keys.map((k) => rec.get(k)), ids);
    // Rows of names rather than nodes: look the names up.
    if (!ids.size) {
      const names = new Set<string>();
      for (const row of r.records) for (const v of row) if (typeof v === 'string') names.add(v);
      const found = await runQuery(driver, 'MATCH (n:Entity) WHERE n.name IN $names RETURN collect(n.id) AS ids', { names: [...names] });
      for (const id of (found.records[0]?.[0] as string[]) ?? []) ids.add(id);
    }
    parts.push(`the results of ${q.name}${sel.params?.length ? ` (${sel.params.join(', ')})` : ''}`);
    title = q.title;
  }
  if (sel.center) {
    const depth = sel.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > 6) throw new UserError(`--depth must be an integer from 0 to 6, got ${sel.depth}`);
    const r = await runQuery(driver, EGO[depth], { center: sel.center });
    if (!r.records.length) throw new UserError(`--center: no entity named or with id ${JSON.stringify(sel.center)}`);
    const [center, found] = r.records[0] as [string, string[]];
    const ego = new Set(found);
    if (sel.query) { for (const id of [...ids]) if (!ego.has(id)) ids.delete(id); } else for (const id of ego) ids.add(id);
    parts.push(`${center} and its ${depth}-step neighbourhood`);
    title = `${center} 关系图`;
  }
  if (sel.place) {
    const r = await runQuery(driver, PLACE, { place: sel.place });
    if (!r.records.length || r.records[0][0] === null) throw new UserError(`--place: no place named or coded ${JSON.stringify(sel.place)}`);
    const [center, found] = r.records[0] as [string, (string | null)[]];
    const inPlace = new Set(found.filter((x): x is string => !!x));
    if (sel.center || sel.query) { for (const id of [...ids]) if (!inPlace.has(id)) ids.delete(id); } else for (const id of inPlace) ids.add(id);
    parts.push(`everything located in ${center}`);
    if (!sel.center) title = `${center} 地方图谱`;
  }
  if (!sel.center && !sel.place && !sel.query) throw new UserError('choose a selection: --center <name> [--depth N], --place <name or code> or --query <file>');
  const graph = await fetchGraph(driver, [...ids], relTypes, types);
  if (!graph.entities.length) throw new UserError(`the selection is empty: ${parts.join('; ')}`);
  if (types) parts.push(`types ${[...types].join(', ')}`);
  if (relTypes) parts.push(`relations ${[...relTypes].join(', ')}`);
  return { graph, title, selection: parts.join('; ') };
}
