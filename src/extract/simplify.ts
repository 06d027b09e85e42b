// Matching text: traditional characters converted to simplified, one character for one, so offsets stay valid.
import * as OpenCC from 'opencc-js';

let convert: ((s: string) => string) | null = null;
const cache = new Map<string, string>();

/** Same length as the input; only CJK characters that convert to exactly one character are replaced. */
export function toMatchText(text: string): string {
  const conv = (convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  // Most text is already simplified: find the first character that converts before building anything.
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    const c = text[i];
    let s: string | undefined = cache.get(c);
    if (s === undefined) { const t = conv(c); s = t.length === 1 ? t : c; cache.set(c, s as string); }
    if (s !== c) { first = i; break; }
  }
  if (first < 0) return text;
  let out = text.slice(0, first);
  let changed = false;
  for (let i = first; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code < 0x3400 || code > 0x9fff) { out += c; continue; }
    let s: string | undefined = cache.get(c);
    if (s === undefined) {
      const t = conv(c);
      s = t.length === 1 ? t : c;
      cache.set(c, s as string);
    }
    if (s !== c) changed = true;
    out += s;
  }
  return changed ? out : text;
}
