// The graph as the viewer holds it: graphology with one edge per pair (all relation ids kept), dates for the time
// filter, places for the place filter.
import { DirectedGraph } from 'graphology';
import type { GraphData, Entity, Relation, Article } from './api.ts';

export const TYPE_COLORS: Record<string, string> = {
  Person: '#d1495b', Organization: '#00798c', Place: '#66a182', Program: '#edae49', Document: '#8d6a9f', Event: '#e07a5f', Honor: '#c9a227',
};
export const ENTITY_TYPES = Object.keys(TYPE_COLORS);
export const RELATION_TYPES = ['HOLDS_POSITION', 'PART_OF', 'LOCATED_IN', 'RUNS', 'TAKES_PLACE_IN', 'ISSUED', 'ATTENDED', 'RECEIVED'];

export interface Model {
  graph: DirectedGraph;
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  articles: Map<string, Article>;
  dates: string[];
}

export function buildModel(data: GraphData, into?: Model): Model {
  const m: Model = into ?? { graph: new DirectedGraph(), entities: new Map(), relations: new Map(), articles: new Map(), dates: [] };
  for (const a of data.articles) m.articles.set(a.id, a);
  const n = data.entities.length;
  data.entities.forEach((e, i) => {
    m.entities.set(e.id, e);
    if (m.graph.hasNode(e.id)) return;
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const r = 100 + (i % 7) * 15;
    m.graph.addNode(e.id, { label: e.name, kind: e.type, x: Math.cos(angle) * r, y: Math.sin(angle) * r, size: 4, color: TYPE_COLORS[e.type] ?? '#888' });
  });
  for (const r of data.relations) {
    m.relations.set(r.id, r);
    if (!m.graph.hasNode(r.source) || !m.graph.hasNode(r.target) || r.source === r.target) continue;
    const key = m.graph.edge(r.source, r.target) ?? m.graph.edge(r.target, r.source);
    if (key) {
      const ids = m.graph.getEdgeAttribute(key, 'rels') as string[];
      if (!ids.includes(r.id)) ids.push(r.id);
    } else {
      m.graph.addEdge(r.source, r.target, { rels: [r.id], relType: r.type, size: 1, color: '#c5ccd3' });
    }
  }
  m.dates = [...new Set([...m.articles.values()].map((a) => a.date).filter((d): d is string => !!d))].sort();
  return m;
}

/** Dates of the articles a relation's evidence cites. */
export function relationDates(m: Model, r: Relation): string[] {
  return r.evidence.map((e) => m.articles.get(e.article)?.date).filter((d): d is string => !!d);
}

/** The place code prefix that contains every place below it (140000 → 14, 141100 → 1411). */
export function codePrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith('00')) return code.slice(0, 4);
  return code;
}
