// A page as lines of text, each with a map back to the source: plain text and Markdown line by line, HTML block by block.
import { Parser } from 'htmlparser2';
import { OffsetMap } from './offset-map.ts';

export interface Line {
  text: string;
  map: OffsetMap;
  /** heading level from Markdown '#' or HTML <h1>–<h6>; 0 for body lines */
  heading: number;
  /** source offsets of the line's first and one-past-last kept characters */
  start: number;
  end: number;
}

/** Builds a line from source pieces [sourceStart, text], dropping Markdown emphasis markers and outer whitespace. */
function makeLine(pieces: Array<[number, string]>, heading: number): Line | null {
  // Copied in runs between markers, not character by character: a per-character copy allocated a string per CJK
  // character (and a concatenation per character), a large share of the reading time.
  const parts: string[] = [];
  const runs: Array<[number, number]> = []; // [source offset, length] of each run, in text order
  for (const [s, t] of pieces) {
    let from = 0;
    for (let i = 0; i <= t.length; i++) {
      // ** and __ are emphasis markers, not text.
      const marker = i < t.length - 1 && ((t.charCodeAt(i) === 42 && t.charCodeAt(i + 1) === 42) || (t.charCodeAt(i) === 95 && t.charCodeAt(i + 1) === 95));
      if (!marker && i < t.length) continue;
      if (i > from) { parts.push(t.slice(from, i)); runs.push([s + from, i - from]); }
      if (marker) i++;
      from = i + 1;
    }
  }
  const text = parts.join('');
  // Trim (ASCII and ideographic spaces) while keeping the map aligned.
  let a = 0, b = text.length;
  while (a < b && /\s/u.test(text[a])) a++;
  while (b > a && /\s/u.test(text[b - 1])) b--;
  if (a >= b) return null;
  const trimmed = new OffsetMap();
  let at = 0; // text index where the current run starts
  for (const [src, len] of runs) {
    const from = Math.max(a, at), to = Math.min(b, at + len);
    if (to > from) trimmed.push(src + (from - at), to - from);
    at += len;
  }
  return { text: text.slice(a, b), map: trimmed, heading, start: trimmed.toSource(0), end: trimmed.toSource(b - a - 1) + 1 };
}

export function textLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    const line = raw.replace(/\r$/u, '');
    const m = line.match(/^\s{0,3}(#{1,6})\s+/u);
    const heading = m ? m[1].length : 0;
    const body = m ? line.slice(m[0].length).replace(/\s+#+\s*$/u, '') : line;
    const l = makeLine([[start + (m ? m[0].length : 0), body]], heading);
    if (l) out.push(l);
    else out.push({ text: '', map: new OffsetMap(), heading: 0, start, end: start });
  }
  return out;
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'table', 'ul', 'ol', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'hr', 'dd', 'dt', 'figure', 'figcaption', 'center', 'pre']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);

/** HTML to lines: block elements break lines; offsets point into the HTML source. */
export function htmlLines(html: string): Line[] {
  const out: Line[] = [];
  let pieces: Array<[number, string]> = [];
  let heading = 0;
  let skip = 0;
  let inTitle = false;
  const flush = () => {
    const l = makeLine(pieces, heading);
    if (l) out.push(l, { text: '', map: new OffsetMap(), heading: 0, start: l.end, end: l.end });
    pieces = [];
  };
  const parser = new Parser({
    onopentag(name) {
      if (SKIP.has(name) && !(name === 'head')) skip++;
      if (name === 'title') inTitle = true;
      if (BLOCK.has(name)) flush();
      const h = name.match(/^h([1-6])$/u);
      if (h) heading = Number(h[1]);
    },
    onclosetag(name) {
      if (SKIP.has(name) && !(name === 'head')) skip = Math.max(0, skip - 1);
      if (name === 'title') { inTitle = false; pieces = []; }
      if (BLOCK.has(name)) { flush(); if (/^h[1-6]$/u.test(name)) heading = 0; }
    },
    ontext(data) {
      if (skip || inTitle) return;
      const s = parser.startIndex;
      const rawLen = parser.endIndex - s + 1;
      if (rawLen === data.length) pieces.push([s, data]);
      else {
        // Entities were decoded: the characters cannot be mapped one by one; map them to where their text starts.
        for (const ch of data) pieces.push([s, ch]);
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  return out;
}
