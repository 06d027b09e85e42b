// Choosing a subgraph of a graph.json: an ego network around a centre, everything located in a place (and the places
// inside it), filtered by entity and relation types. The result is itself a valid graph.json.
import type { GraphJson, Entity, Relation } from '../graph/types.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/types.ts';
import { UserError } from '../util/errors.ts';

export interface Selection { center?: string; depth?: number; place?: string; types?: string[]; relations?: string[] }
export interface Subgraph { graph: GraphJson; title: string; selection: string }

export function findEntity(graph: GraphJson, key: string): Entity | undefined {
  return graph.entities.find((e) => e.id === key) ?? graph.entities.find((e) => e.name === key)
    ?? graph.entities.find((e) => e.aliases.includes(key)) ?? (e2(graph, key));
}
function e2(graph: GraphJson, key: string): Entity | undefined {
  return graph.entities.find((e) => e.type === 'Place' && e.props.code === key);
}

function checkTypes(list: string[] | undefined, allowed: readonly string[], flag: string): Set<string> | null {
  if (!list || !list.length) return null;
  for (const t of list) if (!allowed.includes(t)) throw new UserError(`${flag}: unknown type ${JSON.stringify(t)} (one of ${allowed.join(', ')})`);
  return new Set(list);
}

/** Keeps the chosen entities, the relations between them, and the articles their evidence cites. */
export function restrict(graph: GraphJson, keep: Set<string>, relTypes: Set<string> | null): GraphJson {
  const entities = graph.entities.filter((e) => keep.has(e.id));
  const articleIds = new Set(graph.articles.map((a) => a.id));
  const relations = graph.relations.filter((r) => keep.has(r.source) && (keep.has(r.target) || (r.type === 'AUTHORED' && articleIds.has(r.target)))
    && (!relTypes || relTypes.has(r.type)));
  const cited = new Set<string>();
  for (const r of relations) for (const ev of r.evidence) cited.add(ev.article);
  for (const e of entities) for (const m of e.mentions) cited.add(m.article);
  return { version: 1, articles: graph.articles.filter((a) => cited.has(a.id)), entities, relations };
}

export function selectSubgraph(graph: GraphJson, sel: Selection): Subgraph {
  const types = checkTypes(sel.types, ENTITY_TYPES, '--types');
  const relTypes = checkTypes(sel.relations, RELATION_TYPES, '--relations');
  const typeOk = (e: Entity) => !types || types.has(e.type);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const keep = new Set<string>();
  const parts: string[] = [];
  if (sel.center) {
    const c = findEntity(graph, sel.center);
    if (!c) throw new UserError(`--center: no entity named or with id ${JSON.stringify(sel.center)}`);
    const depth = sel.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > 6) throw new UserError(`--depth must be an integer from 0 to 6, got ${sel.depth}`);
    const adj = new Map<string, string[]>();
    for (const r of graph.relations) {
      if (relTypes && !relTypes.has(r.type)) continue;
      if (!byId.has(r.target)) continue;
      (adj.get(r.source) ?? adj.set(r.source, []).get(r.source)!).push(r.target);
      (adj.get(r.target) ?? adj.set(r.target, []).get(r.target)!).push(r.source);
    }
    let frontier = [c.id];
    keep.add(c.id);
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const id of frontier) for (const n of adj.get(id) ?? []) {
        if (keep.has(n)) continue;
        const e = byId.get(n);
        if (!e || !typeOk(e)) continue;
        keep.add(n);
        next.push(n);
      }
      frontier = next;
    }
    parts.push(`${c.name} and its ${depth}-step neighbourhood`);
  }
  if (sel.place) {
    const p = findEntity(graph, sel.place);
    if (!p || p.type !== 'Place') throw new UserError(`--place: no place named or coded ${JSON.stringify(sel.place)}`);
    const code = typeof p.props.code === 'string' ? p.props.code : null;
    const prefix = code ? (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') && code.length === 6 ? code.slice(0, 4) : code) : null;
    const places = new Set(graph.entities.filter((e) => e.type === 'Place' && (e.id === p.id || (prefix && typeof e.props.code === 'string' && e.props.code.startsWith(prefix)))).map((e) => e.id));
    const inPlace = new Set<string>(places);
    for (const r of graph.relations) {
      if ((r.type === 'LOCATED_IN' || r.type === 'TAKES_PLACE_IN') && places.has(r.target)) inPlace.add(r.source);
    }
    // People with posts in those organisations, and what those organisations run.
    for (const r of graph.relations) {
      if (r.type === 'HOLDS_POSITION' && inPlace.has(r.target)) inPlace.add(r.source);
      if ((r.type === 'RUNS' || r.type === 'PART_OF' || r.type === 'ISSUED') && inPlace.has(r.source)) inPlace.add(r.target);
    }
    const sub = new Set([...inPlace].filter((id) => { const e = byId.get(id); return e && typeOk(e); }));
    // With a centre too, the place narrows the neighbourhood; alone, it is the selection.
    if (sel.center) { for (const id of [...keep]) if (!sub.has(id) && id !== findEntity(graph, sel.center)!.id) keep.delete(id); }
    else for (const id of sub) keep.add(id);
    parts.push(`everything located in ${p.name}${code ? ` (${code})` : ''}`);
  }
  if (!sel.center && !sel.place) {
    for (const e of graph.entities) if (typeOk(e)) keep.add(e.id);
    parts.push('the whole graph');
  }
  if (types) for (const id of [...keep]) if (!typeOk(byId.get(id)!)) keep.delete(id);
  if (types) parts.push(`types ${[...types].join(', ')}`);
  if (relTypes) parts.push(`relations ${[...relTypes].join(', ')}`);
  const g = restrict(graph, keep, relTypes);
  if (!g.entities.length) throw new UserError(`the selection is empty: ${parts.join('; ')}`);
  const center = sel.center ? findEntity(graph, sel.center)!.name : sel.place ? findEntity(graph, sel.place)!.name : '知识图谱';
  return { graph: g, title: sel.center ? `${center} 关系图` : sel.place ? `${center} 地方图谱` : '知识图谱', selection: parts.join('; ') };
}
