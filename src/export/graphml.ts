// GraphML that Gephi, yEd and Cytoscape open: attributes declared with <key> and attr.type; Chinese text as UTF-8.
import type { GraphJson, PropValue } from '../graph/types.ts';
import { xmlEscape } from './xml.ts';
import { attributeColumns, edgeColumns, type Column } from './columns.ts';

function value(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

export function writeGraphml(g: GraphJson): string {
  const nodeCols = attributeColumns(g);
  const edgeCols = edgeColumns(g);
  const keyDecl = (c: Column, i: number, target: 'node' | 'edge') =>
    `  <key id="${target[0]}${i}" for="${target}" attr.name="${xmlEscape(c.name)}" attr.type="${c.type === 'number' ? 'double' : c.type === 'boolean' ? 'boolean' : 'string'}"/>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeCols.map((c, i) => keyDecl(c, i, 'node')),
    ...edgeCols.map((c, i) => keyDecl(c, i, 'edge')),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const e of g.entities) {
    out.push(`    <node id="${xmlEscape(e.id)}">`);
    nodeCols.forEach((c, i) => { const v = value(c.get(e)); if (v !== '') out.push(`      <data key="n${i}">${xmlEscape(v)}</data>`); });
    out.push('    </node>');
  }
  const ids = new Set(g.entities.map((e) => e.id));
  for (const r of g.relations) {
    if (!ids.has(r.target)) continue; // AUTHORED points at an article, which is not a node here
    out.push(`    <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}">`);
    edgeCols.forEach((c, i) => { const v = value(c.get(r)); if (v !== '') out.push(`      <data key="e${i}">${xmlEscape(v)}</data>`); });
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
