// Entity resolution across articles and files: articles' packed facts (their global ids already computed) merge, the
// same entity's mentions and aliases come together, and the same relation seen twice keeps one record with all its
// evidence.
import type { Article, Entity, Evidence, GraphJson, Mention, Props, Relation } from '../graph/types.ts';
import { FileStringStore, MemoryStringStore, type StringStore } from './string-store.ts';
import { LineWriter } from '../util/line-writer.ts';
import { RecordPool, emptyList, type RecordList } from './record-pool.ts';
import { EVIDENCE_WIDTH, MENTION_WIDTH, type PackedFacts } from './packed-facts.ts';

/** An entity while merging: its mentions wait in the merger's pool (article index, start, end, text index). */
type EntityState = Omit<Entity, 'mentions'> & { mentions: RecordList };

/** A relation while merging: evidence in the pool (article index, start, end, sentence index), and the number of
 * distinct article texts behind it (republished copies count once). */
type RelationState = Omit<Relation, 'evidence'> & {
  evidence: RecordList; textCount: number;
  /** the last article that added evidence, and the starts of its evidence, so that none is added twice */
  seenArticle: number; seenStarts: number[];
};

export interface MergerOptions {
  /**
   * Stream the graph to this graph.json (large corpora): article records are written as they are added, evidence
   * sentences wait in a temporary file, and commit() writes the rest. Without it, finish() returns the graph.
   */
  out?: string;
}

export interface WrittenGraph { articles: number; entities: number; relations: number }

const NO_STARTS: number[] = [];

/**
 * Merges per-article facts into one graph, one article at a time. What grows with the corpus is kept compact: mentions
 * and evidence as records in one typed array, mention texts interned, evidence sentences in a string store (a temporary
 * file when streaming, where article records go straight into graph.json), so a large corpus is never held as objects.
 * Facts must be added in a fixed order (file order) for the output to be the same on every run.
 */
export class GraphMerger {
  private articleIds: string[] = [];
  /** article records, as JSON, when the graph is built in memory */
  private readonly articleRecords = new MemoryStringStore();
  /** the graph.json being streamed, which starts with the articles */
  private readonly out: LineWriter | null;
  private readonly sentences: StringStore;
  private texts: string[] = [];
  private pool = new RecordPool();
  private textIndex = new Map<string, number>();
  private entities = new Map<string, EntityState>();
  private relations = new Map<string, RelationState>();
  private firstByHash = new Map<string, string>();
  /** per article (by index), the number of its text: republished copies share one */
  private articleText: number[] = [];
  private textNumbers = new Map<string, number>();

  constructor(opts: MergerOptions = {}) {
    this.out = opts.out ? new LineWriter(opts.out) : null;
    this.out?.write('{"version":1,\n"articles":[\n');
    this.sentences = opts.out ? new FileStringStore() : new MemoryStringStore();
  }

  private textId(t: string): number {
    let i = this.textIndex.get(t);
    if (i === undefined) { i = this.texts.length; this.texts.push(t); this.textIndex.set(t, i); }
    return i;
  }

  add(f: PackedFacts): void {
    const art: Article = { ...f.article };
    const original = this.firstByHash.get(f.textHash);
    if (original && f.article.end - f.article.start > 80) art.duplicateOf = original;
    else this.firstByHash.set(f.textHash, f.article.id);
    const articleIndex = this.articleIds.length;
    this.articleIds.push(art.id);
    let textNo = this.textNumbers.get(f.textHash);
    const textSeenBefore = textNo !== undefined;
    if (textNo === undefined) { textNo = this.textNumbers.size; this.textNumbers.set(f.textHash, textNo); }
    this.articleText.push(textNo);
    if (this.out) this.out.write(`${articleIndex ? ',\n' : ''}${JSON.stringify(art)}`);
    else this.articleRecords.add(JSON.stringify(art));
    const states: EntityState[] = [];
    for (const le of f.entities) {
      let e = this.entities.get(le.id);
      if (!e) {
        e = { id: le.id, type: le.type, name: le.name, aliases: [], props: { ...le.props }, mentions: emptyList() };
        this.entities.set(le.id, e);
      } else {
        for (const k in le.props) if (!(k in e.props)) e.props[k] = le.props[k];
      }
      states.push(e);
      if (!e.aliases.includes(le.name)) e.aliases.push(le.name);
      for (const a of le.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
    }
    const textIds = f.texts.map((t) => this.textId(t));
    const ms = f.mentions;
    for (let k = 0; k < ms.length; k += MENTION_WIDTH) this.pool.append(states[ms[k]].mentions, articleIndex, ms[k + 1], ms[k + 2], textIds[ms[k + 3]]);
    // This article's sentences are stored when first used as evidence.
    const sentenceIds = new Array<number>(f.sentences.length).fill(-1);
    const touched: RelationState[] = [];
    f.relations.forEach((lr, k) => {
      const id = lr.id;
      let r = this.relations.get(id);
      if (!r) {
        // Relations hold the entities' own id strings: one copy of each id, however many relations name it.
        const target = typeof lr.target === 'number' ? states[lr.target].id : lr.target;
        r = { id, type: lr.type, source: states[lr.source].id, target, props: { ...lr.props }, confidence: lr.confidence, evidence: emptyList(), textCount: 0, seenArticle: -1, seenStarts: NO_STARTS };
        this.relations.set(id, r);
      } else {
        r.confidence = Math.max(r.confidence, lr.confidence);
        // Several roles for one pair (开展 and 推进 a program; 主持 and 讲话 at a meeting): keep them all.
        const role = lr.props.role;
        if (typeof role === 'string') {
          const roles = Array.isArray(r.props.roles) ? (r.props.roles as string[]) : [String(r.props.role)];
          if (!roles.includes(role)) { roles.push(role); r.props.roles = roles; }
        }
        // A post seen at several dates: keep the span of dates it was seen.
        const asOf = lr.props.asOf;
        if (typeof asOf === 'string') {
          const first = String(r.props.firstSeen ?? r.props.asOf ?? asOf);
          const last = String(r.props.asOf ?? asOf);
          r.props.firstSeen = first < asOf ? first : asOf;
          r.props.asOf = last > asOf ? last : asOf;
        }
      }
      const at = k * EVIDENCE_WIDTH;
      const start = f.evidence[at];
      // The first evidence of this relation from this article: the relation is counted for the article's text once.
      const firstInArticle = r.seenArticle !== articleIndex;
      if (firstInArticle) { r.seenArticle = articleIndex; r.seenStarts = []; touched.push(r); }
      if (!r.seenStarts.includes(start)) {
        r.seenStarts.push(start);
        const s = f.evidence[at + 2];
        if (sentenceIds[s] < 0) sentenceIds[s] = this.sentences.add(f.sentences[s]);
        this.pool.append(r.evidence, articleIndex, start, f.evidence[at + 1], sentenceIds[s]);
      }
      if (firstInArticle) {
        // Only a text seen in an earlier article (a republished copy) can already stand behind this relation.
        let before = false;
        if (textSeenBefore) this.pool.each(r.evidence, (a) => (before = a !== articleIndex && this.articleText[a] === textNo));
        if (!before) r.textCount++;
      }
    });
    // The starts are needed only while this article is added: no small array per relation is kept.
    for (const r of touched) r.seenStarts = NO_STARTS;
  }

  private entity(e: EntityState): Entity {
    const mentions: Mention[] = [];
    this.pool.each(e.mentions, (art, start, end, text) => { mentions.push({ article: this.articleIds[art], start, end, text: this.texts[text] }); });
    return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, props: e.props, mentions };
  }

  private relation(r: RelationState, sentenceOf: (i: number) => string): Relation {
    const evidence: Evidence[] = [];
    this.pool.each(r.evidence, (art, start, end, sentence) => { evidence.push({ article: this.articleIds[art], start, end, sentence: JSON.parse(sentenceOf(sentence)) as string }); });
    return { id: r.id, type: r.type, source: r.source, target: r.target, props: this.relationProps(r), confidence: r.confidence, evidence };
  }

  /** Republished copies are one source: count distinct article texts, not files. */
  private relationProps(r: RelationState): Props {
    return { ...r.props, sources: r.textCount };
  }

  /** The entities to write (those mentioned or referenced by a relation) and the relations, both sorted by id. */
  private ordered(): { ents: EntityState[]; rels: RelationState[] } {
    // The maps are keyed by id: sorting the keys with the built-in order (UTF-16 code units, as < compares) runs in the
    // engine, several times faster than a comparison function over the records.
    const rels = [...this.relations.keys()].sort().map((id) => this.relations.get(id)!);
    const referenced = new Set<string>();
    for (const r of rels) { referenced.add(r.source); referenced.add(r.target); }
    const ents = [...this.entities.keys()].sort().map((id) => this.entities.get(id)!).filter((e) => e.mentions.count > 0 || referenced.has(e.id));
    return { ents, rels };
  }

  /** The merged graph in memory (for small corpora and tests). */
  finish(): GraphJson {
    const { ents, rels } = this.ordered();
    const articles: Article[] = [];
    for (let i = 0; i < this.articleRecords.size; i++) articles.push(JSON.parse(this.articleRecords.get(i)) as Article);
    const sentenceOf = this.sentences.readAll();
    const graph: GraphJson = { version: 1, articles, entities: ents.map((e) => this.entity(e)), relations: rels.map((r) => this.relation(r, sentenceOf)) };
    this.close();
    return graph;
  }

  /**
   * Completes the graph.json being streamed: its articles were written as they came, the entities and relations follow,
   * one per line (valid JSON); then it is renamed into place. Never all in memory.
   */
  commit(): WrittenGraph {
    const out = this.out;
    if (!out) throw new Error('commit() needs a merger made with { out }');
    try {
      const { ents, rels } = this.ordered();
      // Each item is written as JSON.stringify would write it, but texts repeated across items (article ids, mention
      // texts, evidence sentences) are escaped and encoded once, sentences are copied as the bytes they were stored as,
      // and offsets go into the buffer as digits: no string is made per mention or evidence.
      const utf8 = (t: string) => Buffer.from(t, 'utf8');
      const articleOpen: Buffer[] = this.articleIds.map((a) => utf8(`{"article":${JSON.stringify(a)},"start":`));
      const textClose: Array<Buffer | undefined> = [];
      const END = utf8(',"end":');
      const SENTENCE = utf8(',"sentence":');
      /** `{"article":…,"start":…,"end":…` of a mention or an evidence, after a comma unless it is the list's first. */
      const openSpan = (first: boolean, art: number, start: number, end: number) => {
        if (!first) out.writeByte(0x2c);
        out.writeBytes(articleOpen[art]);
        out.writeInt(start);
        out.writeBytes(END);
        out.writeInt(end);
      };
      out.write('\n],\n"entities":[\n');
      ents.forEach((e, i) => {
        out.write(`${i ? ',\n' : ''}{"id":${JSON.stringify(e.id)},"type":${JSON.stringify(e.type)},"name":${JSON.stringify(e.name)},` +
          `"aliases":${JSON.stringify(e.aliases)},"props":${JSON.stringify(e.props)},"mentions":[`);
        let n = 0;
        this.pool.each(e.mentions, (art, start, end, text) => {
          openSpan(n++ === 0, art, start, end);
          out.writeBytes(textClose[text] ??= utf8(`,"text":${JSON.stringify(this.texts[text])}}`));
        });
        out.write(']}');
      });
      out.write('\n],\n"relations":[\n');
      const sentence = this.sentences.readAllBytes();
      rels.forEach((r, i) => {
        out.write(`${i ? ',\n' : ''}{"id":${JSON.stringify(r.id)},"type":${JSON.stringify(r.type)},"source":${JSON.stringify(r.source)},` +
          `"target":${JSON.stringify(r.target)},"props":${JSON.stringify(this.relationProps(r))},"confidence":${JSON.stringify(r.confidence)},"evidence":[`);
        let n = 0;
        this.pool.each(r.evidence, (art, start, end, sid) => {
          openSpan(n++ === 0, art, start, end);
          out.writeBytes(SENTENCE);
          out.writeBytes(sentence(sid));
          out.writeByte(0x7d);
        });
        out.write(']}');
      });
      out.write('\n]}\n');
      out.commit();
      return { articles: this.articleIds.length, entities: ents.length, relations: rels.length };
    } finally {
      this.close();
    }
  }

  /** Frees the temporary files; a graph.json begun and not committed is removed. */
  close(): void {
    this.out?.abort();
    this.articleRecords.close();
    this.sentences.close();
  }
}
