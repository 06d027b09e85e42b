// Scoring a graph against gold files exactly as shared/docs/graph-format.md §3 says: per source file, entities match by
// type and normalised name/alias (places by code), relations by type and matched ends (HOLDS_POSITION titles must agree),
// each gold item matched at most once; micro-averaged over files.
import { basename, extname } from 'node:path';
import type { EntityType, GraphJson, RelationType, Entity, Relation } from '../graph/types.ts';
import { CORE_ENTITIES, CORE_RELATIONS, ENTITY_TYPES, RELATION_TYPES } from '../graph/types.ts';
import type { GoldFile, GoldEntity } from './gold.ts';

export function normalizeName(s: string): string {
  let t = s.normalize('NFKC').replace(/[\s“”‘’"《》]/gu, '');
  for (const p of ['中国共产党', '中共']) if (t.startsWith(p) && t.length > p.length) { t = t.slice(p.length); break; }
  return t;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Score extends Counts { precision: number; recall: number; f1: number }
export interface Miss { file: string; kind: 'miss' | 'extra'; type: string; text: string }
export interface EvalReport {
  files: number;
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  coreEntities: Score;
  allEntities: Score;
  coreRelations: Score;
  allRelations: Score;
  details: Miss[];
}

function score(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

const stem = (s: string) => basename(s, extname(s));

function entityMatches(e: Entity, g: GoldEntity): boolean {
  if (e.type !== g.type) return false;
  const code = e.props.code;
  if (g.code && typeof code === 'string' && code) return g.code === code;
  const goldNames = new Set([g.name, ...g.aliases].map(normalizeName));
  if (goldNames.has(normalizeName(e.name))) return true;
  const gn = normalizeName(g.name);
  return e.aliases.some((a) => normalizeName(a) === gn);
}

export function scoreGraph(graph: GraphJson, golds: GoldFile[]): EvalReport {
  const articleFile = new Map(graph.articles.map((a) => [a.id, stem(a.source)]));
  const articleTitle = new Map(graph.articles.map((a) => [a.id, normalizeName(a.title)]));
  const entsByFile = new Map<string, Entity[]>();
  for (const e of graph.entities) {
    for (const f of new Set(e.mentions.map((m) => articleFile.get(m.article)).filter((x): x is string => !!x))) {
      const l = entsByFile.get(f) ?? []; l.push(e); entsByFile.set(f, l);
    }
  }
  const relsByFile = new Map<string, Relation[]>();
  for (const r of graph.relations) {
    for (const f of new Set(r.evidence.map((ev) => articleFile.get(ev.article)).filter((x): x is string => !!x))) {
      const l = relsByFile.get(f) ?? []; l.push(r); relsByFile.set(f, l);
    }
  }
  const ent: Record<string, Counts> = {};
  const rel: Record<string, Counts> = {};
  for (const t of ENTITY_TYPES) ent[t] = { tp: 0, fp: 0, fn: 0 };
  for (const t of RELATION_TYPES) rel[t] = { tp: 0, fp: 0, fn: 0 };
  const details: Miss[] = [];
  const entityName = new Map(graph.entities.map((e) => [e.id, e.name]));
  for (const gold of golds) {
    const f = stem(gold.source);
    const ents = entsByFile.get(f) ?? [];
    const matched = new Map<string, string>(); // gold key -> entity id
    const used = new Set<string>();
    for (const g of gold.entities) {
      const e = ents.find((x) => !used.has(x.id) && entityMatches(x, g));
      if (e) { matched.set(g.key, e.id); used.add(e.id); ent[g.type].tp++; }
      else { ent[g.type].fn++; details.push({ file: f, kind: 'miss', type: g.type, text: g.name }); }
    }
    for (const e of ents) if (!used.has(e.id)) { ent[e.type].fp++; details.push({ file: f, kind: 'extra', type: e.type, text: e.name }); }
    const rels = relsByFile.get(f) ?? [];
    const usedR = new Set<string>();
    const goldName = new Map(gold.entities.map((g) => [g.key, g.name]));
    for (const g of gold.relations) {
      const src = matched.get(g.source);
      const r = rels.find((x) => {
        if (usedR.has(x.id) || x.type !== g.type || !src || x.source !== src) return false;
        if (g.target.startsWith('article:')) return articleTitle.get(x.target) === normalizeName(g.target.slice(8));
        if (x.target !== matched.get(g.target)) return false;
        if (g.type === 'HOLDS_POSITION') {
          const a = g.title ?? '', b = String(x.props.title ?? '');
          return a.includes(b) || b.includes(a);
        }
        return true;
      });
      if (r) { usedR.add(r.id); rel[g.type].tp++; }
      else {
        rel[g.type].fn++;
        details.push({ file: f, kind: 'miss', type: g.type, text: `${goldName.get(g.source)} → ${goldName.get(g.target) ?? g.target} ${g.title ?? g.role ?? ''}`.trim() });
      }
    }
    for (const r of rels) {
      if (usedR.has(r.id)) continue;
      rel[r.type].fp++;
      details.push({ file: f, kind: 'extra', type: r.type, text: `${entityName.get(r.source)} → ${entityName.get(r.target) ?? r.target} ${String(r.props.title ?? r.props.role ?? '')}`.trim() });
    }
  }
  const sum = (rec: Record<string, Counts>, keys: readonly string[]): Counts =>
    keys.reduce((a, k) => ({ tp: a.tp + rec[k].tp, fp: a.fp + rec[k].fp, fn: a.fn + rec[k].fn }), { tp: 0, fp: 0, fn: 0 });
  const entities = Object.fromEntries(Object.entries(ent).map(([k, v]) => [k, score(v)]));
  const relations = Object.fromEntries(Object.entries(rel).map(([k, v]) => [k, score(v)]));
  return {
    files: golds.length,
    entities, relations,
    coreEntities: score(sum(ent, CORE_ENTITIES as readonly EntityType[])),
    allEntities: score(sum(ent, ENTITY_TYPES)),
    coreRelations: score(sum(rel, CORE_RELATIONS as readonly RelationType[])),
    allRelations: score(sum(rel, RELATION_TYPES)),
    details,
  };
}

export function formatReport(r: EvalReport, verbose = false): string {
  const row = (name: string, s: Score) =>
    `${name.padEnd(16)} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} F1=${s.f1.toFixed(2)}  (tp=${s.tp} fp=${s.fp} fn=${s.fn})`;
  const lines: string[] = [];
  if (verbose) {
    for (const d of r.details) lines.push(`${d.kind === 'miss' ? 'MISS ' : 'EXTRA'} ${d.file} ${d.type.padEnd(15)} ${d.text}`);
    lines.push('');
  }
  lines.push(`${r.files} gold file(s)`, '', 'entities');
  for (const [k, s] of Object.entries(r.entities)) lines.push(`  ${row(k, s)}`);
  lines.push('relations');
  for (const [k, s] of Object.entries(r.relations)) lines.push(`  ${row(k, s)}`);
  lines.push('', row('core entities', r.coreEntities), row('all entities', r.allEntities), row('core relations', r.coreRelations), row('all relations', r.allRelations));
  return lines.join('\n');
}
