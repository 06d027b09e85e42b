// GEXF 1.3 for Gephi: typed attribute declarations, node colours and positions (viz), Chinese text as UTF-8.
import type { GraphJson, PropValue } from '../graph/types.ts';
import { xmlEscape } from './xml.ts';
import { attributeColumns, edgeColumns } from './columns.ts';
import { layout, TYPE_COLORS } from './layout.ts';

function value(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

export function writeGexf(g: GraphJson, title = 'knowledge graph'): string {
  const nodeCols = attributeColumns(g).filter((c) => c.name !== 'label');
  const edgeCols = edgeColumns(g).filter((c) => c.name !== 'type');
  const gexfType = (t: string) => (t === 'number' ? 'double' : t === 'boolean' ? 'boolean' : 'string');
  const pos = new Map(layout(g).nodes.map((n) => [n.id, n]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>cn-gov-kg</creator><description>${xmlEscape(title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeCols.map((c, i) => `      <attribute id="n${i}" title="${xmlEscape(c.name)}" type="${gexfType(c.type)}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeCols.map((c, i) => `      <attribute id="e${i}" title="${xmlEscape(c.name)}" type="${gexfType(c.type)}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const e of g.entities) {
    const p = pos.get(e.id);
    out.push(`      <node id="${xmlEscape(e.id)}" label="${xmlEscape(e.name)}">`);
    out.push('        <attvalues>');
    nodeCols.forEach((c, i) => { const v = value(c.get(e)); if (v !== '') out.push(`          <attvalue for="n${i}" value="${xmlEscape(v)}"/>`); });
    out.push('        </attvalues>');
    out.push(`        <viz:color ${rgb(TYPE_COLORS[e.type] ?? '#888888')}/>`);
    if (p) out.push(`        <viz:position x="${p.x.toFixed(2)}" y="${p.y.toFixed(2)}" z="0.0"/>`, `        <viz:size value="${p.size.toFixed(1)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  const ids = new Set(g.entities.map((e) => e.id));
  for (const r of g.relations) {
    if (!ids.has(r.target)) continue;
    out.push(`      <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}" label="${xmlEscape(r.type)}" weight="${r.confidence}">`);
    out.push('        <attvalues>');
    edgeCols.forEach((c, i) => { const v = value(c.get(r)); if (v !== '') out.push(`          <attvalue for="e${i}" value="${xmlEscape(v)}"/>`); });
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
