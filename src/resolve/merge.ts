// Entity resolution across articles and files: local keys become stable global ids, the same entity's mentions and
// aliases merge, and the same relation seen twice keeps one record with all its evidence.
import { createHash } from 'node:crypto';
import type { Article, Entity, Evidence, GraphJson, Mention, Props, Relation } from '../graph/types.ts';
import { FileStringStore, MemoryStringStore, type StringStore } from './string-store.ts';
import { LineWriter } from '../util/line-writer.ts';
import { RecordPool, emptyList, type RecordList } from './record-pool.ts';
import type { ArticleFacts, LocalEntity } from '../extract/pipeline.ts';

/** The global id of a local entity in an article whose home place is `home`. */
export function globalId(e: Pick<LocalEntity, 'key' | 'type' | 'name' | 'props'>, home: string | null): string {
  const at = home ?? 'x';
  switch (e.type) {
    // Named areas (广场, 景区) have no code: their name and their parent place identify them.
    case 'Place': return e.key.startsWith('Place:area:') ? `p:${e.name}@${String(e.props.parent ?? at).replace(/^p:/u, '')}` : `p:${e.key.slice('Place:'.length)}`;
    case 'Person': return `per:${e.name}@${at}`;
    case 'Organization': return e.props.namedPlace || e.props.national ? `org:${e.name}` : `org:${e.name}@${at}`;
    case 'Program': return `prog:${e.name}`;
    case 'Document': return `doc:${e.name}`;
    case 'Event': return `evt:${e.name}@${at}`;
    case 'Honor': return `hon:${e.name}`;
  }
}

/** One relation per type and ends; a post is also told apart by its title (one person, two posts in one body). */
function relationId(r: { type: string; source: string; target: string; props: Record<string, unknown> }): string {
  const key = [r.type, r.source, r.target, String(r.props.title ?? '')].join('|');
  return `r:${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

/** An entity while merging: its mentions wait in the merger's pool (article index, start, end, text index). */
type EntityState = Omit<Entity, 'mentions'> & { mentions: RecordList };

/** A relation while merging: evidence in the pool (article index, start, end, sentence index), and the number of
 * distinct article texts behind it (republished copies count once). */
type RelationState = Omit<Relation, 'evidence'> & { evidence: RecordList; textCount: number };

export interface MergerOptions {
  /**
   * Stream the graph to this graph.json (large corpora): article records are written as they are added, evidence
   * sentences wait in a temporary file, and commit() writes the rest. Without it, finish() returns the graph.
   */
  out?: string;
}

export interface WrittenGraph { articles: number; entities: number; relations: number }

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merges per-article facts into one graph, one article at a time. What grows with the corpus is kept compact: mentions
 * and evidence as records in one typed array, mention texts interned, article records and evidence sentences in a string store
 * (a temporary file when spilling), so a large corpus never has to be held as objects.
 * Facts must be added in a fixed order (file order) for the output to be the same on every run.
 */
export class GraphMerger {
  private articleIds: string[] = [];
  private articleIndex = new Map<string, number>();
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

  get counts(): WrittenGraph {
    return { articles: this.articleIds.length, entities: this.entities.size, relations: this.relations.size };
  }

  private textId(t: string): number {
    let i = this.textIndex.get(t);
    if (i === undefined) { i = this.texts.length; this.texts.push(t); this.textIndex.set(t, i); }
    return i;
  }

  add(f: ArticleFacts): void {
    const art: Article = { ...f.article };
    const original = this.firstByHash.get(f.textHash);
    if (original && f.article.end - f.article.start > 80) art.duplicateOf = original;
    else this.firstByHash.set(f.textHash, f.article.id);
    const articleIndex = this.articleIds.length;
    this.articleIndex.set(art.id, articleIndex);
    this.articleIds.push(art.id);
    let textNo = this.textNumbers.get(f.textHash);
    const textSeenBefore = textNo !== undefined;
    if (textNo === undefined) { textNo = this.textNumbers.size; this.textNumbers.set(f.textHash, textNo); }
    this.articleText.push(textNo);
    if (this.out) this.out.write(`${articleIndex ? ',\n' : ''}${JSON.stringify(art)}`);
    else this.articleRecords.add(JSON.stringify(art));
    const articleNo = (id: string) => this.articleIndex.get(id) ?? this.articleIndex.get(art.id)!;
    const ids = new Map<string, string>();
    for (const le of f.entities) {
      const id = globalId(le, f.home);
      let e = this.entities.get(id);
      if (!e) {
        e = { id, type: le.type, name: le.name, aliases: [], props: { ...le.props }, mentions: emptyList() };
        this.entities.set(id, e);
      } else {
        for (const [k, v] of Object.entries(le.props)) if (!(k in e.props)) e.props[k] = v;
      }
      // Relations hold the entity's own id string: one copy of each id, however many relations name it.
      ids.set(le.key, e.id);
      for (const a of [le.name, ...le.aliases]) if (!e.aliases.includes(a)) e.aliases.push(a);
      for (const m of le.mentions) this.pool.append(e.mentions, articleNo(m.article), m.start, m.end, this.textId(m.text));
    }
    // One stored copy of each evidence sentence of this article, however many relations it proves.
    const sentenceIds = new Map<string, number>();
    // Evidence already added from this article (relation id, start), and relations already counted for its text:
    // looked up here instead of walking a relation's whole evidence list, which grows with the corpus.
    const evidenceSeen = new Set<string>();
    const counted = new Set<string>();
    for (const lr of f.relations) {
      const source = ids.get(lr.source);
      const target = lr.type === 'AUTHORED' ? lr.target : ids.get(lr.target);
      if (!source || !target || source === target) continue;
      const id = relationId({ type: lr.type, source, target, props: lr.props });
      let r = this.relations.get(id);
      if (!r) {
        r = { id, type: lr.type, source, target, props: { ...lr.props }, confidence: lr.confidence, evidence: emptyList(), textCount: 0 };
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
      const ev = lr.evidence;
      const evArticle = articleNo(ev.article);
      const evKey = `${id}|${evArticle}|${ev.start}`;
      let seen = evidenceSeen.has(evKey);
      if (!seen && evArticle !== articleIndex) this.pool.each(r.evidence, (art, start) => (seen = art === evArticle && start === ev.start));
      if (!seen) {
        evidenceSeen.add(evKey);
        let sid = sentenceIds.get(ev.sentence);
        // Kept as JSON text: escaped once, however many relations it proves, and copied into graph.json as it is.
        if (sid === undefined) { sid = this.sentences.add(JSON.stringify(ev.sentence)); sentenceIds.set(ev.sentence, sid); }
        this.pool.append(r.evidence, evArticle, ev.start, ev.end, sid);
      }
      if (!counted.has(id)) {
        counted.add(id);
        // Only a text seen in an earlier article (a republished copy) can already stand behind this relation.
        let before = false;
        if (textSeenBefore) this.pool.each(r.evidence, (art) => (before = art !== articleIndex && this.articleText[art] === textNo));
        if (!before) r.textCount++;
      }
    }
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
    const rels = [...this.relations.values()].sort(byId);
    const referenced = new Set<string>();
    for (const r of rels) { referenced.add(r.source); referenced.add(r.target); }
    const ents = [...this.entities.values()].filter((e) => e.mentions.count > 0 || referenced.has(e.id)).sort(byId);
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
      // texts, evidence sentences) are escaped once, and sentences are copied as the bytes they were stored as.
      const articleJson = this.articleIds.map((a) => JSON.stringify(a));
      const textJson: string[] = [];
      out.write('\n],\n"entities":[\n');
      ents.forEach((e, i) => {
        let line = `${i ? ',\n' : ''}{"id":${JSON.stringify(e.id)},"type":${JSON.stringify(e.type)},"name":${JSON.stringify(e.name)},` +
          `"aliases":${JSON.stringify(e.aliases)},"props":${JSON.stringify(e.props)},"mentions":[`;
        let n = 0;
        this.pool.each(e.mentions, (art, start, end, text) => {
          line += `${n++ ? ',' : ''}{"article":${articleJson[art]},"start":${start},"end":${end},"text":${textJson[text] ??= JSON.stringify(this.texts[text])}}`;
        });
        out.write(`${line}]}`);
      });
      out.write('\n],\n"relations":[\n');
      const sentence = this.sentences.readAllBytes();
      rels.forEach((r, i) => {
        out.write(`${i ? ',\n' : ''}{"id":${JSON.stringify(r.id)},"type":${JSON.stringify(r.type)},"source":${JSON.stringify(r.source)},` +
          `"target":${JSON.stringify(r.target)},"props":${JSON.stringify(this.relationProps(r))},"confidence":${JSON.stringify(r.confidence)},"evidence":[`);
        let n = 0;
        this.pool.each(r.evidence, (art, start, end, sid) => {
          out.write(`${n++ ? ',' : ''}{"article":${articleJson[art]},"start":${start},"end":${end},"sentence":`);
          out.writeBytes(sentence(sid));
          out.write('}');
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

/** Merges per-article facts (in input order) into one graph.json. */
export function mergeFacts(all: ArticleFacts[]): GraphJson {
  const m = new GraphMerger();
  for (const f of all) m.add(f);
  return m.finish();
}
