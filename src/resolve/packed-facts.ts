// One article's facts as the merger takes them: global ids and relation ids already computed (in the extracting
// thread), mentions and evidence as numbers, each text and sentence once. A worker thread posts these to the merging
// thread: structured cloning costs per object and per string, and the plain facts have several of each per mention.
import { hash } from 'node:crypto';
import type { Article, EntityType, Props, RelationType } from '../graph/types.ts';
import type { ArticleFacts, LocalEntity } from '../extract/pipeline.ts';
import { gazetteer, placeByCode } from '../extract/gazetteer.ts';

export interface PackedEntity { id: string; type: EntityType; name: string; aliases: string[]; props: Props }

export interface PackedRelation {
  id: string;
  type: RelationType;
  /** index of the source entity */
  source: number;
  /** index of the target entity, or the article id (AUTHORED) */
  target: number | string;
  props: Props;
  confidence: number;
}

export interface PackedFacts {
  article: Article;
  /** hash of the article's normalised text: republished copies share it */
  textHash: string;
  entities: PackedEntity[];
  /** per mention, entity by entity in order: entity index, start, end, index into `texts` */
  mentions: Int32Array<ArrayBuffer>;
  texts: string[];
  relations: PackedRelation[];
  /** per relation: start, end, index into `sentences` */
  evidence: Int32Array<ArrayBuffer>;
  /** evidence sentences as JSON string literals, escaped once here and copied into graph.json as they are */
  sentences: string[];
}

export const MENTION_WIDTH = 4;
export const EVIDENCE_WIDTH = 3;

const NAMED_MEETING = /^(?:党的[一二三四五六七八九十]+(?:大|届[一二三四五六七八九十]+中全会)|(?:中共)?中央[\u4e00-\u9fff]{2,12}会议|全国[\u4e00-\u9fff]{2,16}(?:会议|大会))$/u;

/** A name that opens with a province's, a prefecture's or a county's full name (吉林省第十二次党代会). */
function startsWithPlaceName(name: string): boolean {
  const m = gazetteer().trie.longestAt(name, 0);
  return !!m && m.end < name.length && m.values.some((v) => !v.short && placeByCode(v.code)?.level !== 'township');
}

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
    // A meeting of the whole country (党的二十大, 中央经济工作会议) or one whose name holds its place (吉林省第十二次党代会) is
    // the same meeting in every article; any other (座谈会, 全县工作会议) is one place's own.
    case 'Event': return NAMED_MEETING.test(e.name) || startsWithPlaceName(e.name) ? `evt:${e.name}` : `evt:${e.name}@${at}`;
    case 'Honor': return `hon:${e.name}`;
  }
}

/** One relation per type and ends; a post is also told apart by its title (one person, two posts in one body). */
export function relationId(type: string, source: string, target: string, props: Props): string {
  const key = [type, source, target, String(props.title ?? '')].join('|');
  return `r:${hash('sha1', key).slice(0, 16)}`;
}

/** Index of a string in a list of distinct strings, adding it when new. */
function indexIn(list: string[], index: Map<string, number>, s: string): number {
  let i = index.get(s);
  if (i === undefined) { i = list.length; list.push(s); index.set(s, i); }
  return i;
}

export function packFacts(f: ArticleFacts): PackedFacts {
  const entities: PackedEntity[] = [];
  const entityIndex = new Map<string, number>();
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  let mentionCount = 0;
  for (const le of f.entities) mentionCount += le.mentions.length;
  const mentions = new Int32Array(mentionCount * MENTION_WIDTH);
  let m = 0;
  for (const le of f.entities) {
    const k = entities.length;
    entityIndex.set(le.key, k);
    entities.push({ id: globalId(le, f.home), type: le.type, name: le.name, aliases: le.aliases, props: le.props });
    for (const x of le.mentions) {
      mentions[m++] = k; mentions[m++] = x.start; mentions[m++] = x.end; mentions[m++] = indexIn(texts, textIndex, x.text);
    }
  }
  const relations: PackedRelation[] = [];
  const evidence = new Int32Array(f.relations.length * EVIDENCE_WIDTH);
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  let n = 0;
  for (const lr of f.relations) {
    const source = entityIndex.get(lr.source);
    const target = lr.type === 'AUTHORED' ? lr.target : entityIndex.get(lr.target);
    if (source === undefined || target === undefined) continue;
    const sourceId = entities[source].id;
    const targetId = typeof target === 'number' ? entities[target].id : target;
    if (sourceId === targetId) continue;
    relations.push({ id: relationId(lr.type, sourceId, targetId, lr.props), type: lr.type, source, target, props: lr.props, confidence: lr.confidence });
    const ev = lr.evidence;
    evidence[n++] = ev.start; evidence[n++] = ev.end;
    let s = sentenceIndex.get(ev.sentence);
    if (s === undefined) { s = sentences.length; sentences.push(JSON.stringify(ev.sentence)); sentenceIndex.set(ev.sentence, s); }
    evidence[n++] = s;
  }
  // A view would carry its whole buffer across threads: copy when relations were dropped.
  return { article: f.article, textHash: f.textHash, entities, mentions, texts, relations, evidence: n < evidence.length ? evidence.slice(0, n) : evidence, sentences };
}
