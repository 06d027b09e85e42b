// Stage: who runs what, and where. RUNS: 由A、B主办,C承办 and A + verb (开展, 实施, 召开…) + program/event in one clause.
// TAKES_PLACE_IN: programs and events happen in the article's home place (or the place written as the subject).
// LOCATED_IN: organisations in their place.
import type { Doc, Span } from '../doc.ts';
import { PROGRAM_VERBS, PROGRAM_OPENERS } from '../lexicon/programs.ts';
import { TITLES } from '../lexicon/titles.ts';
import { placeByCode, gazetteer } from '../gazetteer.ts';
import { placeForLevel } from '../../resolve/home-place.ts';
import { Trie } from '../trie.ts';
import { tag } from '../segmenter.ts';
import { isUnplaced, townshipsNamed } from './places.ts';


export function runsStage(doc: Doc): void {
  const norm = doc.norm;
  const actor = mainActor(doc);
  // A program quoted inside another's name (“争当‘五星支部’排头兵”) is not what the verb before them governs.
  const named = doc.spans.filter((s) => s.type === 'Program' || s.type === 'Event');
  const targets = named.filter((t) => !named.some((x) => x !== t && x.start <= t.start && x.end >= t.end && x.end - x.start > t.end - t.start));
  // Organisations nested in a longer mention (中共汾阳市委 inside 中共汾阳市委宣传部) are not the actors.
  const all = doc.spansOf('Organization').filter((o) => !o.implicit);
  const orgs = all.filter((o) => !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start));
  const seen = new Set<string>();
  const add = (org: Span, target: Span, role: string, s: number, e: number, confidence: number) => {
    const k = `${org.key}|${target.key}`;
    if (seen.has(k)) return;
    seen.add(k);
    doc.relate({ type: 'RUNS', source: org.key, target: target.key, props: { role }, confidence, start: s, end: e });
  };
  // 此次活动由A主办: a sentence that names no program speaks of the article's main one.
  // The article's own program: the one in its title, else the first one it names.
  const titleEnd = doc.title ? doc.text.indexOf(doc.title) + doc.title.length : 0;
  const progs = targets.filter((x) => x.type === 'Program').sort((a, b) => a.start - b.start);
  const mainProgram = progs.find((p) => p.start < titleEnd) ?? progs[0];
  if (mainProgram) {
    for (const [s, e] of doc.sentences) {
      if (targets.some((x) => x.start >= s && x.start < e)) continue;
      const sentence = norm.slice(s, e);
      if (!/(?:此次|本次|这次|该)(?:活动|行动|工作)/u.test(sentence)) continue;
      organisers(doc, orgs, sentence, s, e, mainProgram, add);
    }
  }
  // 平遥县公安局“雷霆净化行动”誓师大会: a body written right before a quoted program runs it, inside an event's
  // name too.
  for (const t of named) {
    const open = norm[t.start] === '“' ? t.start : norm[t.start - 1] === '“' ? t.start - 1 : -1;
    const owner = t.type === 'Program' && open >= 0 ? orgs.find((o) => o.end === open) : undefined;
    if (!owner) continue;
    const [s, e] = doc.sentenceAt(t.start);
    add(owner, t, '开展', s, e, 0.6);
  }
  for (const t of targets) {
    const [s, e] = doc.sentenceAt(t.start);
    const sentence = norm.slice(s, e);
    organisers(doc, orgs, norm.slice(s, e), s, e, t, add);
    // A + verb + target in one clause; without a written subject, the article's main actor.
    const verb = verbBefore(norm, t, s);
    if (!verb) continue;
    if (['主办', '承办', '协办'].includes(verb.verb)) continue;
    const subj = subjectsOf(norm, orgs, s, verb.pos, all);
    if (subj.length) for (const o of subj) add(o, t, verb.verb, s, e, 0.7);
    else if (actor && !placeOpens(doc, s, verb.pos) && !heldAt(doc, actor, s, verb.pos)) add(actor, t, verb.verb, s, e, 0.55);
  }
}

/** 在城关小学举行的座谈会上: the body is written as where it happens (after 在), between the clause's start and the verb. */
function heldAt(doc: Doc, body: Span, from: number, verbPos: number): boolean {
  return doc.spans.some((x) => x.key === body.key && x.start > from && x.end <= verbPos && doc.norm[x.start - 1] === '在');
}

const titleTrie = new Trie<string>();
for (const t of TITLES.keys()) titleTrie.add(t, t);
const OPENERS = [...new Set([...PROGRAM_OPENERS, ...PROGRAM_VERBS])].sort((a, b) => b.length - a.length);
const OPENER_RE = new RegExp(`(?:${OPENERS.join('|')})`, 'gu');

/** The action verb that governs a program or event: the last one before it in its clause, at most a few characters away. */
function verbBefore(norm: string, t: Span, sentStart: number): { verb: string; pos: number } | null {
  if (typeof t.props.opener === 'string') return { verb: t.props.opener, pos: t.start - t.props.opener.length };
  let a = t.start;
  while (a > sentStart && !/[，,。；;：:]/u.test(norm[a - 1])) a--;
  const clause = norm.slice(a, t.start);
  let best: { verb: string; pos: number } | null = null;
  for (const m of clause.matchAll(OPENER_RE)) best = { verb: m[0].replace(/^(?:持续|组织|扎实|深入|全面|积极|广泛|大力|全力)(?=开展|实施|推进)/u, ''), pos: a + m.index! };
  if (!best) return null;
  // 开展好“党建示范校”“党员名师工作室”“党员示范岗”: every item of a quoted list shares the verb.
  const between = norm.slice(best.pos + best.verb.length, t.start);
  const gap = between.replace(/“[^”]{0,30}”/gu, '').replace(/[、，,和及与\s]/gu, '');
  // 实施推普攻坚、推普助力乡村振兴、国家通用语言文字高质量普及“三大行动”: the summary after a list shares its verb.
  const summary = between.includes('、') && !/[，,。；;：:]/u.test(between) && between.length <= 80
    && (/等$/u.test(between) || /^“?[一二三四五六七八九十两0-9]+[大项个]/u.test(norm.slice(t.start, t.end)));
  if (t.start - (best.pos + best.verb.length) > 14 && gap.length > 4 && !summary) return null;
  return best;
}

const LEAD_IN = /^(?:[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日(?:上午|下午|晚上|晚|早上|中午)?|近日|日前|近期|目前|今年以来|同时|此外|另外|据悉|首先|其次|再次|最后|[0-9]+年(?:以来)?|本报讯|[（(][^）)]*[)）])*[,，、\s]*/u;

/**
 * The organisations a sentence or clause opens with, when the verb follows them: 市教育局召开了…, 近日,市妇联开展…,
 * 特殊教育学校、八一街幼儿园…开展, 双辽市河长办联合双辽市水利局…开展; 该院 stands for the last 院 named before.
 */
function subjectsOf(norm: string, orgs: Span[], sentStart: number, verbPos: number, named: Span[] = orgs): Span[] {
  let c = verbPos;
  while (c > sentStart && !/[，,。；;：:]/u.test(norm[c - 1])) c--;
  for (const start of [c, sentStart]) {
    const lead = norm.slice(start, verbPos).match(LEAD_IN);
    const at = start + (lead ? lead[0].length : 0);
    // 在城关小学举行的座谈会上: a body after 在 is where it happens, not who holds it.
    let o = /[在于]/u.test(norm[at] ?? '') ? undefined : orgs.find((x) => x.start >= at && x.start <= at + 1 && x.end <= verbPos);
    let end = o?.end ?? -1;
    if (!o) {
      const pro = norm.slice(at, at + 4).match(/^该(院|局|校|中心|委|办|所|站|队|社区|公司)/u);
      if (pro) {
        o = named.filter((x) => x.end <= at && x.name.endsWith(pro[1]) && !/(?:党委|党组|团委|支部)$/u.test(x.name)).sort((a, b) => a.end - b.end).pop();
        end = at + pro[0].length;
      }
    }
    if (!o) continue;
    // The subject runs up to the verb: nothing but adverbs, 在…下, a coordinated organisation, or a short phrase between.
    const gap = norm.slice(end, verbPos);
    if (gap.length > 12 && !/^在.{0,40}下[，,]?/u.test(gap)) continue;
    const out = [o];
    for (const x of orgs) {
      if (x.start < end || x.end > verbPos || out.includes(x)) continue;
      const joint = norm.slice(out[out.length - 1].end, x.start);
      if (/^(?:、|和|与|及|联合|会同|携手|协同)$/u.test(joint)) out.push(x);
    }
    return out;
  }
  return [];
}

const ACTOR_VERBS = /^(?:[^，,。]{0,2}?)(?:召开|开展|举办|举行|组织|印发|实施|推进|启动|出台|部署|推出|表彰|公布|发布|联合|深入|持续|扎实|积极|全面|坚持|以|把|在|于|对|通过|围绕|聚焦)/u;

/** The organisation an article is about: written as the subject of its first sentences (市教育局召开了…). */
export function mainActor(doc: Doc): Span | null {
  // 梨树县推动…: an article whose subject is a place reports what happens there, not what one body does.
  const [first, second] = doc.sentences;
  if (first && second && placeOpens(doc, first[0], first[1]) && placeOpens(doc, second[0], second[1])) return null;
  const all = doc.spansOf('Organization').filter((o) => !o.implicit && !o.props.national);
  const orgs = all.filter((o) => !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start));
  const firstSentences = doc.sentences.slice(0, 5);
  const limit = Math.min(600, firstSentences.length ? firstSentences[firstSentences.length - 1][1] : 0);
  for (const o of orgs) {
    if (o.start >= limit) break;
    // The subject opens its clause (市委书记…主持召开, 近日,市妇联开展); 党中央和省委对… is an object, not a subject.
    const [cs] = doc.sentenceAt(o.start);
    let c = o.start;
    while (c > cs && !/[，,。；;：:\n]/u.test(doc.norm[c - 1])) c--;
    const lead = doc.norm.slice(c, o.start).match(LEAD_IN);
    const opens = (lead ? lead[0].length : 0) >= o.start - c;
    if (opens && ACTOR_VERBS.test(doc.norm.slice(o.end, o.end + 8))) return o;
  }
  // Otherwise the organisation the article keeps returning to.
  const counts = new Map<string, { n: number; span: Span }>();
  for (const o of orgs) {
    if (/^(?:party|government|legislature)$/u.test(String(o.props.kind))) continue;
    // Mentions inside a post (…中心主任李正奎) say who someone is, not what the article is about.
    if (titleTrie.longestAt(doc.norm, o.end)) continue;
    const c = counts.get(o.key) ?? { n: 0, span: o };
    c.n++;
    counts.set(o.key, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 3 ? best.span : null;
}

/** Does the clause at [from, to) open with a place that is not the start of an organisation's name (梨树县推动…)? */
export function placeOpens(doc: Doc, from: number, to: number): boolean {
  const lead = doc.norm.slice(from, to).match(LEAD_IN);
  const at = from + (lead ? lead[0].length : 0);
  let end = -1;
  const place = doc.spans.find((p) => p.type === 'Place' && p.start === at && p.end < to);
  if (place) {
    if (doc.spans.some((o) => o.type === 'Organization' && !o.implicit && o.start <= at && o.end > place.end)) return false;
    end = place.end;
    // 双辽市王奔镇开展…: a run of places.
    for (let q = doc.spans.find((p) => p.type === 'Place' && p.start === end); q; q = doc.spans.find((p) => p.type === 'Place' && p.start === end)) end = q.end;
  } else if (/^(?:我|全|本)[省市县区]/u.test(doc.norm.slice(at, at + 2))) end = at + 2;
  if (end < 0) return false;
  // 我区警方开展…: a noun after the place makes a body of it, the subject is that body.
  const next = tag(doc.norm.slice(end, Math.min(to, end + 4)))[0];
  return !next || !/^(?:n|nt|nz|nr|ng)$/u.test(next.tag);
}

/** A place's own mass organisations, named after it: its women's federation, trade union, youth league committee… */
const MASS_OF_PLACE = /^(?:[^院校司厂]*?)(?:妇女联合会|总工会|残疾人联合会|科学技术协会|工商业联合会|文学艺术界联合会|红十字会|共青团.+委|团[省市县区]委)$/u;

export function placesOfThingsStage(doc: Doc): void {
  // TAKES_PLACE_IN: a program or event happens in the home place when someone there runs it, when the place itself is
  // the subject (汾阳市开展…, 我市实施…), or when the article is about it. National congresses and formulas are not local.
  if (doc.home) {
    const done = new Set<string>();
    const run = new Set(doc.relations.filter((r) => r.type === 'RUNS').map((r) => r.target));
    // What an institution (a hospital's youth league, a research centre) runs is its own business, not the place's.
    // Mass organisations of a place (县妇联, 团县委, 县总工会) work for the whole place like its government does; a
    // hospital's or a school's youth league does not.
    const kindOf = (o: Span) => (o.props.kind === 'mass' && MASS_OF_PLACE.test(o.name) ? 'public-mass' : String(o.props.kind ?? ''));
    const kinds = new Map<string, string>(doc.spansOf('Organization').map((o) => [o.key, kindOf(o)]));
    const publicBody = /^(?:party|government|department|legislature|police|court|public-mass)$/u;
    const institutional = new Set<string>();
    const byTarget = new Map<string, string[]>();
    for (const r of doc.relations) if (r.type === 'RUNS') (byTarget.get(r.target) ?? byTarget.set(r.target, []).get(r.target)!).push(kinds.get(r.source) ?? '');
    for (const [t, ks] of byTarget) if (ks.length && !ks.some((k) => publicBody.test(k))) institutional.add(t);
    // An article about an institution (a hospital's youth league, a research centre) reports its own programs.
    const actor = mainActor(doc);
    const actorIsInstitution = !!actor && !publicBody.test(kindOf(actor));
    const titleEnd = doc.title ? doc.text.indexOf(doc.title) + doc.title.length : 0;
    // 活动在汾阳市文化广场设立主会场: a sentence about "the event" names where the article's own event is held.
    const mainEvent = doc.spans.find((x) => x.type === 'Event' && x.start < titleEnd) ?? doc.spans.find((x) => x.type === 'Event');
    if (mainEvent) {
      for (const [s0, e0] of doc.sentences) {
        const lead = doc.norm.slice(s0, e0).match(LEAD_IN);
        const at = s0 + (lead ? lead[0].length : 0);
        const m = doc.norm.slice(at, at + 8).match(/^(?:此次|本次|这次)?(?:活动|仪式|会议|大会)(?:在|于)/u);
        const venue = m && longestPlaceAt(doc, at + m[0].length);
        if (venue) doc.relate({ type: 'TAKES_PLACE_IN', source: mainEvent.key, target: venue.key, props: {}, confidence: 0.7, start: s0, end: e0 });
      }
    }
    const runners = new Map<string, Span[]>();
    const orgByKey = new Map(doc.spansOf('Organization').map((o) => [o.key, o]));
    for (const r of doc.relations) if (r.type === 'RUNS' && orgByKey.has(r.source)) (runners.get(r.target) ?? runners.set(r.target, []).get(r.target)!).push(orgByKey.get(r.source)!);
    for (const t of doc.spans.filter((x) => x.type === 'Program' || x.type === 'Event')) {
      if (done.has(t.key)) continue;
      // National congresses and plenums are not local; a province's or city's own congress is (吉林省第十二次党代会).
      if (/(?:党的[一二三四五六七八九十]+大|中全会)$/u.test(t.name) || (/党代会$/u.test(t.name) && !namedPlaceOf(t.name))) continue;
      // Nationwide meetings (全国安全生产工作会议, 中央经济工作会议) happen in no place of ours.
      if (t.type === 'Event' && /^(?:全国|中央|国务院)/u.test(t.name)) continue;
      const [cs] = doc.sentenceAt(t.start);
      const lead = doc.norm.slice(cs, t.start);
      const subjectPlace = placeSubjectOf(doc, cs, t.start);
      // 全县安全生产形势, 我市乡村振兴: any mention written as the home place's own.
      const homeOwn = doc.spans.some((x) => x.key === t.key && /(?:我|全|本)[市县区旗]$/u.test(doc.norm.slice(Math.max(0, x.start - 2), x.start)));
      const placeSubject = /^(?:[^，,。]{0,12}[，,])?(?:我市|我县|我区|全市|全县|全区|本市|该市|该县)/u.test(lead) || !!subjectPlace || homeOwn;
      // Well-known national policies named in passing (乡村振兴), and campaigns known only from a paper's title (《关于开展
      // 富民增收行动的实施方案》, often a higher level's paper), stay unplaced unless someone here runs them.
      if ((t.props.known || t.props.inDocumentTitle) && !run.has(t.key) && !placeSubject && t.start >= titleEnd) continue;
      if ((institutional.has(t.key) || actorIsInstitution) && !placeSubject && t.type !== 'Event') continue;
      done.add(t.key);
      const [s, e] = doc.sentenceAt(t.start);
      const where = placeOfThing(doc, t, subjectPlace, runners.get(t.key) ?? []);
      doc.relate({ type: 'TAKES_PLACE_IN', source: t.key, target: where, props: {}, confidence: 0.6, start: s, end: e });
      // A meeting held at a venue or in a township of the home place (平遥县会议中心, 石槽乡) is held in that place too.
      if (t.type === 'Event' && where !== `Place:${doc.home}` && liesInHome(doc, where)) {
        doc.relate({ type: 'TAKES_PLACE_IN', source: t.key, target: `Place:${doc.home}`, props: {}, confidence: 0.55, start: s, end: e });
      }
    }
  }
  // LOCATED_IN: organisations in their place — the most specific one any of their mentions gives.
  const done = new Set<string>();
  const orgs = doc.spansOf('Organization');
  // The one township (镇, 乡, 街道) an article names, if it names exactly one: its communities lie there.
  const townships = townshipsNamed(doc);
  const township = townships.length === 1 ? townships[0] : null;
  const townshipParent = township ? String(township.props.parent ?? '').slice(2) || placeByCode(String(township.props.code))?.parent : null;
  for (const o of orgs) {
    if (!o.props.place || o.props.national || done.has(o.key)) continue;
    done.add(o.key);
    let place = o.props.place as string;
    for (const x of orgs) {
      const p = x.key === o.key ? (x.props.place as string | undefined) : undefined;
      if (p && p !== place && placeByCode(p.slice(2))?.ancestors.includes(place.slice(2))) place = p;
    }
    const [s, e] = doc.sentenceAt(o.start);
    let target = `Place:${place.slice(2)}`;
    if (township && o.props.kind === 'community' && townshipParent === place.slice(2)) target = township.key;
    // A body named after a township the article names without its county (东泉镇党委): that township, not a
    // same-named one the division data holds elsewhere.
    const rec = placeByCode(place.slice(2));
    const unplaced = rec?.level === 'township' ? townships.find((t) => isUnplaced(t) && t.name === rec.name) : undefined;
    if (unplaced) target = unplaced.key;
    // 东泉镇卫生院, 新庄村史馆: a body named after a township or a village of its county is in that township or village.
    const local = localPlaceOf(doc, o.key, place.slice(2));
    if (local) target = local;
    doc.relate({ type: 'LOCATED_IN', source: o.key, target, props: {}, confidence: 0.8, start: s, end: e });
  }
}

/** The township or village a body's name starts with (东泉镇卫生院, 新庄村卫生所), when it lies in the body's place. */
function localPlaceOf(doc: Doc, orgKey: string, placeCode: string): string | null {
  for (const m of doc.spans) {
    if (m.key !== orgKey || m.type !== 'Organization') continue;
    let p = doc.spans.find((x) => x.type === 'Place' && x.start === m.start && x.end < m.end && !x.implicit);
    if (!p) continue;
    // 东泉镇新庄村卫生所: the village written after the township is the more specific place.
    const inner = doc.spans.find((x) => x.type === 'Place' && x.start === p!.end && x.end < m.end && x.props.level === 'village');
    if (inner) p = inner;
    const level = String(p.props.level ?? placeByCode(String(p.props.code))?.level ?? '');
    if (level !== 'township' && level !== 'village') continue;
    const code = typeof p.props.code === 'string' ? p.props.code : String(p.props.parent ?? '').replace(/^p:/u, '');
    const rec = placeByCode(code);
    // The village's township (or the township itself) must lie in the body's place.
    if (rec && (rec.code === placeCode || rec.ancestors.includes(placeCode))) return p.key;
    if (!rec && level === 'village') return p.key;
  }
  return null;
}

/** The place a name starts with (吉林省第十二次党代会, 太原市工业…大会; 全省… is the home's province). */
function namedPlaceOf(name: string, home: string | null = null): string | null {
  const whole = name.match(/^全([省市县区])/u);
  if (whole) return placeForLevel(home, whole[1])?.code ?? null;
  // A committee's own session is held at its level: 市委五届三次全会 in a county article is the prefecture's.
  const bare = name.replace(/^(?:中共|中国共产党)/u, '');
  const committee = bare.match(/^([省市县区州旗])委/u);
  if (committee) return placeForLevel(home, committee[1])?.code ?? null;
  const m = gazetteer().trie.longestAt(bare, 0);
  const v = m?.values.find((x) => !x.short);
  return v && m!.end < name.length ? v.code : null;
}

/** The most specific place written as the subject of the clause before `to` (双辽市王奔镇开展…). */
function placeSubjectOf(doc: Doc, from: number, to: number): string | null {
  let best: string | null = null;
  for (const p of doc.spans) {
    if (p.type !== 'Place' || p.implicit || p.start < from || p.start > from + 14 || p.end > to || typeof p.props.code !== 'string') continue;
    if (doc.spans.some((o) => o.type === 'Organization' && !o.implicit && o.start <= p.start && o.end > p.end)) continue;
    if (!best || placeByCode(p.props.code)?.ancestors.includes(best)) best = p.props.code;
  }
  return best;
}

/**
 * Where a program or event happens: the place its name starts with, the place the sentence is about, the place of a
 * county body that runs it in a city's article (淇滨区教育体育局 in a 鹤壁 article), else the home place.
 */
/** Whether a place lies inside the article's home place: by its code, its parent, or a name that opens with the home's. */
function liesInHome(doc: Doc, key: string): boolean {
  const home = placeByCode(doc.home!);
  if (!home) return false;
  const inside = (code: string) => code !== home.code && (placeByCode(code)?.ancestors.includes(home.code) ?? false);
  if (key.startsWith('Place:') && !key.startsWith('Place:area:')) return inside(key.slice(6));
  const span = doc.spans.find((x) => x.key === key);
  if (!span) return false;
  const parent = String(span.props.parent ?? '').replace(/^p:/u, '');
  if (parent) return parent === home.code || inside(parent);
  return span.name.startsWith(home.name) && span.name.length > home.name.length;
}

function placeOfThing(doc: Doc, t: Span, subjectPlace: string | null, runners: Span[]): string {
  const home = doc.home!;
  // 在平遥县会议中心召开…会: a meeting held at a named place is there.
  if (t.type === 'Event') {
    // Any mention may say where: the title names the meeting, the first sentence where it was held.
    for (const mention of doc.spans.filter((x) => x.key === t.key)) {
      const venue = venueOf(doc, mention);
      if (venue) return venue;
    }
  }
  const named = namedPlaceOf(t.name, home);
  if (named) return `Place:${named}`;
  if (subjectPlace && placeByCode(subjectPlace)?.level !== 'province') return `Place:${subjectPlace}`;
  // A county body in a city's article, a township's school in a county's: the runner's own place.
  const publicBody = /^(?:party|government|department|legislature|police|court)$/u;
  for (const r of runners) {
    const p = typeof r.props.place === 'string' ? r.props.place.slice(2) : null;
    const rec = p ? placeByCode(p) : undefined;
    if (rec && rec.ancestors.includes(home) && (publicBody.test(String(r.props.kind ?? '')) || rec.level === 'township')) return `Place:${p}`;
  }
  return `Place:${home}`;
}

/** The place after 在 in the clause that holds or opens an event: 在平遥县会议中心召开, 在山门镇二郎山庄拉开帷幕. */
function venueOf(doc: Doc, t: Span): string | null {
  // …活动在汾阳市文化广场举行: the place right after the event's name (or the 活动 that stands for it).
  for (const m of [doc.norm.slice(t.end).match(/^(?:活动|仪式|会议)?(?:在|于)/u)]) {
    if (!m) continue;
    const p = longestPlaceAt(doc, t.end + m[0].length);
    if (p) return p.key;
  }
  const [s] = doc.sentenceAt(t.start);
  const before = doc.norm.slice(s, t.start);
  const at = before.lastIndexOf('在');
  if (at < 0 || before.length - at > 40 || /[，,。；;]/u.test(before.slice(at))) return null;
  const pos = s + at + 1;
  let venue: Span | undefined;
  for (let p = longestPlaceAt(doc, pos); p; p = longestPlaceAt(doc, venue!.end)) venue = p;
  return venue ? venue.key : null;
}

/** The longest place mention starting at `pos` (汾阳市文化广场 rather than 汾阳市). */
function longestPlaceAt(doc: Doc, pos: number): Span | undefined {
  return doc.spans.filter((x) => x.type === 'Place' && x.start === pos).sort((a, b) => b.end - a.end)[0];
}

/** 由A、B主办,C承办: the organisers written before each role word. */
function organisers(doc: Doc, orgs: Span[], sentence: string, s: number, e: number, t: Span,
  add: (org: Span, target: Span, role: string, s: number, e: number, confidence: number) => void): void {
  let from = s;
  for (const m of sentence.matchAll(/(主办|承办|协办|指导)(?:单位)?/gu)) {
    const vpos = s + m.index!;
    const youPos = sentence.lastIndexOf('由', m.index!);
    if (youPos >= 0 && s + youPos >= from) from = s + youPos;
    for (const o of orgs) if (o.start >= from && o.end <= vpos && vpos - o.end <= 30) add(o, t, m[1], s, e, 0.85);
    from = vpos + m[0].length;
  }
  void doc;
}
