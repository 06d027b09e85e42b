// The Doc: one article's text plus the typed spans and relations that the pipeline stages add, spaCy-style.
// Offsets here are indexes into `text` (the article's working text); the resolver maps them to source offsets.
import type { EntityType, RelationType, Props } from '../graph/types.ts';

export interface Span {
  type: EntityType | 'Title';
  start: number;
  end: number;
  /** surface text (from `text`, original characters) */
  surface: string;
  /** name after normalisation / expansion (simplified characters; relative prefixes made explicit) */
  name: string;
  aliases?: string[];
  props: Props;
  /** implied by another mention (宣传部 implies its 市委), not written out */
  implicit?: boolean;
  /** implied and not named at all here: the entity gets no mention and no surface alias from this span */
  unmentioned?: boolean;
  /** stable local key: type + name, so repeated mentions in one article share it */
  key: string;
}

export interface LocalRelation {
  type: RelationType;
  source: string; // span key
  target: string; // span key, or 'article' for AUTHORED
  props: Props;
  confidence: number;
  /** offsets in `text` of the evidence sentence */
  start: number;
  end: number;
}

export interface DocInput {
  articleId: string;
  /** the article's working text with original characters */
  text: string;
  title: string;
  date: string | null;
  /** Place code of the page's home place, if the page (other articles, file) suggests one */
  pageHome?: string | null;
  credits?: Array<{ name: string; role: string; start: number; end: number }>;
}

export class Doc {
  readonly articleId: string;
  readonly text: string;
  /** simplified-character text of the same length, for matching */
  readonly norm: string;
  readonly title: string;
  readonly date: string | null;
  pageHome: string | null;
  home: string | null = null;
  spans: Span[] = [];
  relations: LocalRelation[] = [];
  /** sentence boundaries: [start, end) pairs */
  sentences: Array<[number, number]>;
  credits: NonNullable<DocInput['credits']>;

  constructor(input: DocInput, norm: string) {
    this.articleId = input.articleId;
    this.text = input.text;
    this.norm = norm;
    this.title = input.title;
    this.date = input.date;
    this.pageHome = input.pageHome ?? null;
    this.credits = input.credits ?? [];
    this.sentences = splitSentences(norm);
  }

  add(span: Omit<Span, 'surface' | 'key'> & { key?: string }): Span {
    // Every span gets every field, in one order: the stages scan spans all the time, and one object shape keeps
    // those reads monomorphic.
    const s: Span = {
      type: span.type, start: span.start, end: span.end, surface: this.text.slice(span.start, span.end), name: span.name,
      aliases: span.aliases, props: span.props, implicit: span.implicit, unmentioned: span.unmentioned, key: span.key ?? `${span.type}:${span.name}`,
    };
    this.spans.push(s);
    return s;
  }

  spansOf(type: Span['type']): Span[] {
    return this.spans.filter((s) => s.type === type);
  }

  /** The sentence [start, end) that contains position `pos`. */
  sentenceAt(pos: number): [number, number] {
    let lo = 0, hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.sentences[mid];
      if (pos < s) hi = mid - 1; else if (pos >= e) lo = mid + 1; else return [s, e];
    }
    return [Math.max(0, pos - 20), Math.min(this.text.length, pos + 20)];
  }

  relate(rel: LocalRelation): void {
    this.relations.push(rel);
  }
}

/** Sentences end at 。！？; or a line break; a closing quote right after stays with its sentence. */
// By character code: indexing the string would allocate a one-character string for every CJK character.
const SENTENCE_END = new Set([...'。！？!?；\n'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'”’）)'].map((c) => c.charCodeAt(0)));

export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.has(text.charCodeAt(i))) {
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
      if (end > start && /\S/u.test(text.slice(start, end))) out.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length && /\S/u.test(text.slice(start))) out.push([start, text.length]);
  return out;
}
