// nodes.csv and edges.csv for Excel: UTF-8 with BOM (so Chinese opens intact) and no cell that can run as a formula.
import { stringify } from 'csv-stringify/sync';
import type { GraphJson, PropValue } from '../graph/types.ts';
import { attributeColumns, edgeColumns } from './columns.ts';

/** OWASP's advice for CSV injection: a cell starting with = + - @ (or tab, CR) is prefixed with a quote. */
export function neutralize(s: string): string {
  return /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
}

function cell(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  return neutralize(Array.isArray(v) ? v.join('; ') : String(v));
}

export function writeCsv(g: GraphJson): { nodes: string; edges: string } {
  const nodeCols = attributeColumns(g);
  const edgeCols = edgeColumns(g);
  const nodes = stringify([['id', ...nodeCols.map((c) => c.name)], ...g.entities.map((e) => [neutralize(e.id), ...nodeCols.map((c) => cell(c.get(e)))])]);
  const edges = stringify([['id', 'source', 'target', ...edgeCols.map((c) => c.name)],
    ...g.relations.map((r) => [neutralize(r.id), neutralize(r.source), neutralize(r.target), ...edgeCols.map((c) => cell(c.get(r)))])]);
  return { nodes: `\uFEFF${nodes}`, edges: `\uFEFF${edges}` };
}
