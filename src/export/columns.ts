// The attribute columns every tabular or attributed export shares: fixed ones first, then each prop key seen, typed.
import type { Entity, GraphJson, PropValue, Relation } from '../graph/types.ts';

export interface Column { name: string; type: 'string' | 'number' | 'boolean'; get(x: Entity | Relation): PropValue | undefined }

function propColumns<T extends Entity | Relation>(items: T[], skip: Set<string>): Column[] {
  const types = new Map<string, Set<string>>();
  for (const it of items) for (const [k, v] of Object.entries(it.props)) {
    if (skip.has(k) || v === null) continue;
    const t = Array.isArray(v) ? 'string' : typeof v;
    (types.get(k) ?? types.set(k, new Set()).get(k)!).add(t);
  }
  return [...types].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, ts]) => ({
    name: k,
    type: ts.size === 1 && (ts.has('number') || ts.has('boolean')) ? ([...ts][0] as 'number' | 'boolean') : 'string',
    get: (x) => (x.props as Record<string, PropValue>)[k],
  }));
}

export function attributeColumns(g: GraphJson): Column[] {
  return [
    { name: 'label', type: 'string', get: (x) => (x as Entity).name },
    { name: 'type', type: 'string', get: (x) => (x as Entity).type },
    { name: 'aliases', type: 'string', get: (x) => (x as Entity).aliases.join('; ') },
    { name: 'mentions', type: 'number', get: (x) => (x as Entity).mentions.length },
    ...propColumns(g.entities, new Set(['label', 'type', 'aliases', 'mentions'])),
  ];
}

export function edgeColumns(g: GraphJson): Column[] {
  return [
    { name: 'type', type: 'string', get: (x) => (x as Relation).type },
    { name: 'confidence', type: 'number', get: (x) => (x as Relation).confidence },
    { name: 'evidence', type: 'string', get: (x) => (x as Relation).evidence.map((e) => e.sentence).join(' | ') },
    { name: 'articles', type: 'string', get: (x) => [...new Set((x as Relation).evidence.map((e) => e.article))].join('; ') },
    ...propColumns(g.relations, new Set(['type', 'confidence', 'evidence', 'articles'])),
  ];
}
