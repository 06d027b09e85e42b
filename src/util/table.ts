// Aligned text tables that line up Chinese (double-width) characters, and CSV.
import stringWidth from 'string-width';
import { stringify } from 'csv-stringify/sync';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function formatTable(keys: string[], rows: unknown[][], maxWidth = 60): string {
  const text = rows.map((r) => r.map((v) => {
    const s = cell(v).replace(/\s+/gu, ' ');
    if (stringWidth(s) <= maxWidth) return s;
    let out = '';
    for (const ch of s) { if (stringWidth(out + ch) > maxWidth - 1) break; out += ch; }
    return `${out}…`;
  }));
  const widths = keys.map((k, i) => Math.max(stringWidth(k), ...text.map((r) => stringWidth(r[i] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join(' │ ').trimEnd();
  return [line(keys), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...text.map(line)].join('\n');
}

export function formatCsv(keys: string[], rows: unknown[][]): string {
  return stringify([keys, ...rows.map((r) => r.map(cell))]);
}
