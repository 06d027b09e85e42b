// The extraction pipeline for one source file: its articles go through the stages in order, each stage adding spans or
// relations to the article's Doc; the result is plain data (ArticleFacts) with offsets into the source file.
import { hash } from 'node:crypto';
import type { Article, Evidence, Mention, Props, RelationType, EntityType } from '../graph/types.ts';
import { Doc } from './doc.ts';
import { toMatchText } from './simplify.ts';
import { placesStage, placeProps, namedAreasStage, placeHierarchyStage, relativePlacesStage, unlistedTownshipsStage, townshipShortListsStage, townshipShortFormsStage, wordNamedDistrictsStage, locatedAtStage } from './stages/places.ts';
import { peopleStage } from './stages/people.ts';
import { organizationsStage, namesPlace } from './stages/organizations.ts';
import { postsStage } from './stages/posts.ts';
import { programsStage, programPhrasesStage, programListsStage } from './stages/programs.ts';
import { documentsStage, unquotedDocumentsStage, issuedStage } from './stages/documents.ts';
import { eventsStage, attendedStage } from './stages/events.ts';
import { honorsStage } from './stages/honors.ts';
import { runsStage, placesOfThingsStage } from './stages/runs.ts';
import { outletsStage } from './stages/outlets.ts';
import { chooseHome, relativeLevels, scopeLevels, placeForLevel } from '../resolve/home-place.ts';
import { placeByCode } from './gazetteer.ts';
import { TITLES } from './lexicon/titles.ts';

export type { Credit } from '../corpus/bylines.ts';
import type { Credit } from '../corpus/bylines.ts';

/** One article as the corpus reader gives it, with its working text and a map back to the source file. */
export type ArticleInput = Pick<Article, 'id' | 'source' | 'title' | 'byline' | 'date' | 'dateInferred' | 'start' | 'end' | 'url'> & {
  /** working text: the title line, then the body */
  text: string;
  /** source offset of text index i (i may equal text.length for end positions) */
  toSource: (i: number) => number;
  credits: Credit[];
  kind?: string;
};

export interface LocalEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  props: Props;
  mentions: Mention[];
}

export interface LocalRelation {
  type: RelationType;
  source: string;
  /** an entity key, or the article id for AUTHORED */
  target: string;
  props: Props;
  confidence: number;
  evidence: Evidence;
}

export interface ArticleFacts {
  article: Article;
  home: string | null;
  /** hash of the article's normalised text: republished copies share it */
  textHash: string;
  entities: LocalEntity[];
  relations: LocalRelation[];
}

const EDITOR_ROLES = /^(?:编辑|责任编辑|责编|审核|一审|二审|三审|校对|终审|审校|值班编辑|美编)$/u;

function hashText(text: string): string {
  return hash('sha1', text.replace(/\s+/gu, '')).slice(0, 16);
}

/** What is known of a file from outside it (a manifest): the code of the place it comes from. */
export interface PageContext { place?: string | null }

// How much a manifest's place weighs: as much as a few mentions on the page, and as two mentions in each article, so an
// article that names its own county (or says 我市 on a county's site) can still overrule it.
const HINT_PAGE_WEIGHT = 4;
const HINT_ARTICLE_WEIGHT = 2;

/** Runs the pipeline over the articles of one file. */
export function extractFileArticles(articles: ArticleInput[], page: PageContext = {}): ArticleFacts[] {
  const docs = articles.map((a) => new Doc({ articleId: a.id, text: a.text, title: a.title, date: a.date, credits: a.credits }, toMatchText(a.text)));
  // Pass 1: places of every article, to know the page's places before naming anything.
  const pageWeights = new Map<string, number>();
  for (const d of docs) {
    const probe = new Doc({ articleId: d.articleId, text: d.text, title: d.title, date: d.date }, d.norm);
    for (const [c, w] of placesStage(probe).weights) pageWeights.set(c, (pageWeights.get(c) ?? 0) + w);
  }
  const hint = page.place && placeByCode(page.place) ? page.place : null;
  if (hint) pageWeights.set(hint, (pageWeights.get(hint) ?? 0) + HINT_PAGE_WEIGHT);
  const pageContext = new Set<string>();
  const ranked = [...pageWeights].sort((a, b) => b[1] - a[1]);
  for (const [code] of ranked.slice(0, 3)) {
    pageContext.add(code);
    for (const a of placeByCode(code)?.ancestors ?? []) pageContext.add(a);
  }
  const pageText = docs.map((d) => d.norm).join('\n');
  const pageHome = pageHomeOf(pageWeights, relativeLevels(pageText), scopeLevels(pageText));
  const pagePlaces = new Set(pageWeights.keys());
  // 我省 on the page names the province of the page's home.
  const province = placeForLevel(pageHome, '省');
  if (province && docs.some((d) => /(?:我|全|本)省|省内/u.test(d.norm))) pagePlaces.add(province.code);
  const out: ArticleFacts[] = [];
  docs.forEach((doc, i) => {
    doc.pageHome = pageHome;
    const { weights } = placesStage(doc, pageContext, pageWeights);
    const own = [...weights.values()].reduce((a, b) => a + b, 0);
    const levels = relativeLevels(doc.norm);
    const homeWeights = hint ? new Map(weights).set(hint, (weights.get(hint) ?? 0) + HINT_ARTICLE_WEIGHT) : weights;
    doc.home = own >= 2 ? chooseHome(homeWeights, pageWeights, levels, scopeLevels(doc.norm)) : pageHome;
    // 我省调整…措施: an article that speaks of its province (and names nothing below it) is the province's.
    const lower = [...weights.keys()].some((c) => placeByCode(c)?.level !== 'province');
    if (levels[0] === '省' && !lower) doc.home = placeForLevel(doc.home ?? pageHome, '省')?.code ?? doc.home;
    // 市长杨立到介休市、榆次区、灵石县调研: an article that goes through three counties of one prefecture is that prefecture's.
    const prefecture = commonPrefecture(weights);
    if (prefecture && doc.home && placeByCode(doc.home)?.parent === prefecture) doc.home = prefecture;
    relativePlacesStage(doc);
    wordNamedDistrictsStage(doc);
    peopleStage(doc);
    organizationsStage(doc);
    outletsStage(doc);
    unlistedTownshipsStage(doc);
    townshipShortListsStage(doc);
    townshipShortFormsStage(doc);
    namedAreasStage(doc);
    postsStage(doc);
    programsStage(doc);
    documentsStage(doc);
    unquotedDocumentsStage(doc);
    eventsStage(doc);
    programPhrasesStage(doc);
    programListsStage(doc);
    honorsStage(doc);
    issuedStage(doc);
    runsStage(doc);
    attendedStage(doc);
    placesOfThingsStage(doc);
    placeHierarchyStage(doc, pagePlaces);
    locatedAtStage(doc);
    out.push(toFacts(doc, articles[i]));
  });
  return out;
}

/**
 * The page's home place: a page that reports on three or more counties of one prefecture is that prefecture's paper
 * (四平日报 with news from 伊通, 双辽, 梨树, 铁东), whichever county it names most.
 */
function pageHomeOf(pageWeights: Map<string, number>, levels: string[], scope: string[]): string | null {
  const home = chooseHome(new Map(), pageWeights, levels, scope);
  const prefecture = commonPrefecture(pageWeights);
  if (prefecture && home && placeByCode(home)?.parent === prefecture) return prefecture;
  return home;
}

/** The prefecture three or more of whose counties are named, if any. */
function commonPrefecture(weights: Map<string, number>): string | null {
  const counties = new Map<string, number>();
  for (const code of weights.keys()) {
    const rec = placeByCode(code);
    if (rec?.level === 'county' && rec.parent) counties.set(rec.parent, (counties.get(rec.parent) ?? 0) + 1);
  }
  for (const [p, n] of counties) if (n >= 3) return p;
  return null;
}

function toFacts(doc: Doc, a: ArticleInput): ArticleFacts {
  const src = (i: number) => a.toSource(i);
  // End offsets: one past the source position of the last character (a joined line break may lie between).
  const srcEnd = (i: number) => (i > 0 ? a.toSource(i - 1) + 1 : a.toSource(0));
  const entities = new Map<string, LocalEntity>();
  for (const s of doc.spans) {
    if (s.type === 'Title') continue;
    let e = entities.get(s.key);
    if (!e) {
      e = { key: s.key, type: s.type, name: s.name, aliases: [], props: { ...s.props }, mentions: [] };
      entities.set(s.key, e);
    }
    // A body mentioned only by a title (副县长 → 平遥县人民政府) is not also called by it.
    const surface = s.unmentioned || (s.type === 'Organization' && TITLES.has(s.surface)) ? '' : s.surface;
    for (const al of [surface, ...(s.aliases ?? [])]) if (al && !e.aliases.includes(al)) e.aliases.push(al);
    // The most specific place any mention gives wins (汾东南路社区 then 小店区汾东南路社区 → 小店区).
    const np = s.props.place;
    if (typeof np === 'string' && typeof e.props.place === 'string' && np !== e.props.place && placeByCode(np.slice(2))?.ancestors.includes(e.props.place.slice(2))) e.props.place = np;
    if (!s.unmentioned) e.mentions.push({ article: a.id, start: src(s.start), end: srcEnd(s.end), text: s.surface });
  }
  for (const e of entities.values()) {
    delete e.props.cue;
    if (e.type === 'Organization' && namesPlace(e.name)) e.props.namedPlace = true;
  }
  // Credits: people in the byline (before relations, so a post read from 作者系… finds its person).
  for (const c of a.credits) {
    const key = `Person:${c.name}`;
    let e = entities.get(key);
    if (!e) { e = { key, type: 'Person', name: c.name, aliases: [c.name], props: {}, mentions: [] }; entities.set(key, e); }
    e.mentions.push({ article: a.id, start: c.start, end: c.end, text: c.name });
  }
  const relations: LocalRelation[] = [];
  const evidence = (start: number, end: number): Evidence => ({
    article: a.id, start: src(start), end: srcEnd(end), sentence: doc.text.slice(start, end).trim(),
  });
  for (const r of doc.relations) {
    if (!entities.has(r.source)) continue;
    if (!entities.has(r.target)) {
      // The home place may be known from the page without a mention here: add it as an entity without mentions.
      if (r.target.startsWith('Place:') && !r.target.startsWith('Place:area:')) {
        const rec = placeByCode(r.target.slice(6));
        if (!rec) continue;
        entities.set(r.target, { key: r.target, type: 'Place', name: rec.name, aliases: [rec.name], props: placeProps(rec), mentions: [] });
      } else continue;
    }
    relations.push({ type: r.type, source: r.source, target: r.target, props: r.props, confidence: r.confidence, evidence: evidence(r.start, r.end) });
  }
  for (const c of a.credits) {
    if (EDITOR_ROLES.test(c.role)) continue;
    relations.push({
      type: 'AUTHORED', source: `Person:${c.name}`, target: a.id, props: { role: c.role }, confidence: 0.9,
      evidence: { article: a.id, start: c.start, end: c.end, sentence: a.byline ?? c.name },
    });
  }
  const article: Article = {
    id: a.id, source: a.source, title: a.title, byline: a.byline, date: a.date, dateInferred: a.dateInferred, start: a.start, end: a.end,
    text: a.text,
  };
  if (doc.home) article.place = `p:${doc.home}`;
  if (a.url) article.url = a.url;
  return { article, home: doc.home, textHash: hashText(doc.text), entities: [...entities.values()], relations };
}

/** Runs the pipeline on a short text as one article whose offsets are its own (tests, quick checks). */
export function extractSnippet(text: string, opts: { title?: string; date?: string | null; source?: string } = {}): ArticleFacts {
  const title = opts.title ?? '';
  const full = title ? `${title}\n${text}` : text;
  const input: ArticleInput = {
    id: `a:${(opts.source ?? 'snippet').replace(/\.[^.]+$/u, '')}#0`, source: opts.source ?? 'snippet.txt', title, byline: null,
    date: opts.date ?? null, dateInferred: false, start: 0, end: full.length, text: full, toSource: (i) => i, credits: [],
  };
  return extractFileArticles([input])[0];
}
