// Matching text: traditional characters converted to simplified, one character for one, so offsets stay valid.
import * as OpenCC from 'opencc-js';

let convert: ((s: string) => string) | null = null;
// Per UTF-16 code unit in the CJK range: 0 not yet looked up, 0xffff unchanged, else the simplified code unit.
// (A table instead of a Map of one-character strings: this runs for every character of the corpus.)
const table = new Uint16Array(0x10000);

function simplifiedCode(code: number): number {
  let s = table[code];
  if (s === 0) {
    const conv = (convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
    const t = conv(String.fromCharCode(code));
    s = t.length === 1 && t.charCodeAt(0) !== code ? t.charCodeAt(0) : 0xffff;
    table[code] = s;
  }
  return s === 0xffff ? code : s;
}

const isCjk = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** Same length as the input; only CJK characters that convert to exactly one character are replaced. */
export function toMatchText(text: string): string {
  // Most text is already simplified: find the first character that converts before building anything.
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code) && simplifiedCode(code) !== code) { first = i; break; }
  }
  if (first < 0) return text;
  const out: string[] = [text.slice(0, first)];
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(isCjk(code) ? String.fromCharCode(simplifiedCode(code)) : text[i]);
  }
  return out.join('');
}
