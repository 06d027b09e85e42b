// The drawing: nodes coloured by type, sized by degree, Chinese labels in a CJK font, a legend.
import type { GraphJson } from '../graph/types.ts';
import { layout, TYPE_COLORS } from './layout.ts';
import { xmlEscape } from './xml.ts';

export const CJK_FONTS = "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Zen Hei', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export function writeSvg(g: GraphJson, width = 1200, height = 900, title = ''): string {
  const { nodes, edges } = layout(g);
  const pad = 80;
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Room on the right for the longest labels and the legend.
  const sx = (x: number) => pad + ((x - minX) / Math.max(1e-9, maxX - minX)) * (width - pad - 340);
  const sy = (y: number) => pad + 20 + ((y - minY) / Math.max(1e-9, maxY - minY)) * (height - 2 * pad - 20);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CJK_FONTS}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (title) out.push(`<text x="${pad}" y="40" font-size="22" font-weight="bold" fill="#222">${xmlEscape(title)}</text>`);
  out.push('<g stroke="#b8c0c8" stroke-width="1.2" fill="none">');
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) continue;
    out.push(`<line x1="${sx(a.x).toFixed(1)}" y1="${sy(a.y).toFixed(1)}" x2="${sx(b.x).toFixed(1)}" y2="${sy(b.y).toFixed(1)}"><title>${xmlEscape(e.type)}</title></line>`);
  }
  out.push('</g>');
  for (const n of nodes) {
    out.push(`<circle cx="${sx(n.x).toFixed(1)}" cy="${sy(n.y).toFixed(1)}" r="${n.size.toFixed(1)}" fill="${TYPE_COLORS[n.type] ?? '#888'}" stroke="#fff" stroke-width="1"><title>${xmlEscape(`${n.label} (${n.type})`)}</title></circle>`);
  }
  for (const n of nodes) {
    out.push(`<text x="${(sx(n.x) + n.size + 3).toFixed(1)}" y="${(sy(n.y) + 4).toFixed(1)}" font-size="13" fill="#1f2933" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlEscape(n.label.length > 18 ? `${n.label.slice(0, 17)}…` : n.label)}</text>`);
  }
  const types = [...new Set(nodes.map((n) => n.type))];
  types.forEach((t, i) => {
    const y = pad + i * 22;
    out.push(`<circle cx="${width - 140}" cy="${y}" r="7" fill="${TYPE_COLORS[t] ?? '#888'}"/><text x="${width - 126}" y="${y + 5}" font-size="13" fill="#333">${t}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
