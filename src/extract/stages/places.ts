// Stage: place mentions from the administrative-division gazetteer, with ambiguous names resolved from the other places
// in the article and page.
import type { Doc, Span } from '../doc.ts';
import { gazetteer, placeByCode, townshipBase, divisionsWithWordName, NAMES_LIKE_WORDS, type PlaceRecord } from '../gazetteer.ts';
import { placeForLevel, relativeLevels } from '../../resolve/home-place.ts';
import { tag } from '../segmenter.ts';

interface Candidate { start: number; end: number; codes: string[]; short: boolean }

const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4, area: 5 };

/** Finds place mentions (longest match, left to right). */
function scan(norm: string): Candidate[] {
  const { trie } = gazetteer();
  const out: Candidate[] = [];
  for (let i = 0; i < norm.length; ) {
    const code = norm.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) { i++; continue; }
    const m = trie.longestAt(norm, i);
    if (!m) { i++; continue; }
    const full = m.values.filter((v) => !v.short);
    const use = full.length ? full : m.values;
    out.push({ start: i, end: m.end, codes: [...new Set(use.map((v) => v.code))], short: full.length === 0 });
    i = m.end;
  }
  return out;
}

// Words that contain a place short form but are not places (大同 in 世界大同 is rare; these are common in the genre).
const SHORT_STOP = new Set(['中华', '中国', '和平', '平安', '新华', '长安', '永和', '安定', '文明', '和谐', '城区', '郊区', '矿区', '新区', '开发',
  '东方', '南方', '北方', '西方', '宁安', '安全', '富民', '光明', '振兴', '红旗', '团结', '胜利', '前进', '新城', '向阳', '东风', '建设', '人民',
  '平原', '高平', '大方', '通道', '长子', '安乡', '江山', '平和', '华容', '武功', '吉利', '龙泉', '永安', '兴安', '西安', '延长', '和田', '三明',
  '白城', '三门', '长春', '宜居', '福山', '青山', '白山', '五莲', '东海', '南海', '北海', '上海', '海南', '海北', '河南', '河北', '山东', '山西',
  '合作', '共和', '民和', '乐都', '和县', '文化', '太和', '丰台', '正定', '定安', '泰安', '吉安', '清河', '清新', '新民', '开原', '凤凰', '康乐',
  '铁力', '宝山', '金山', '普陀', '静安', '长宁', '东城', '西城', '朝阳', '海淀', '通州', '顺义', '大兴', '平谷', '密云', '延庆', '昌平']);
// Province short forms that are also ordinary words must still count: keep them out of the stop list above when safe.
const ALWAYS_OK_SHORT = new Set(['山西', '山东', '河南', '河北', '海南', '上海', '西安', '长春', '三明', '白山', '白城', '朝阳', '通州', '海淀', '东城',
  '西城', '丰台', '昌平', '顺义', '大兴', '平谷', '密云', '延庆', '宝山', '金山', '普陀', '静安', '长宁', '北海', '泰安', '吉安']);

const FEATURE_AFTER = /^(?:水库|灌区|干渠|大堤|堤坝|垸|广场|公园|大道|大街|大桥|小区|花园|路(?![线径])|机场|车站|宾馆|饭店|酒店|村(?![级民庄务干镇委])|社区)/u;

export interface PlaceStageResult {
  /** codes mentioned with their weight (title mentions count more) */
  weights: Map<string, number>;
}

/** Picks one code for an ambiguous mention: the candidate closest to the unambiguous places around it. */
function choose(codes: string[], context: Set<string>, pageHome: string | null): string | null {
  if (codes.length === 1) return codes[0];
  let best: string | null = null;
  let bestScore = 0;
  for (const c of codes) {
    const rec = placeByCode(c)!;
    let score = 0;
    for (const a of [c, ...rec.ancestors]) if (context.has(a)) score += a === c ? 1 : 2;
    for (const ctx of context) if (placeByCode(ctx)?.ancestors.includes(c)) score += 2;
    if (pageHome) {
      const home = placeByCode(pageHome);
      if (home && (rec.ancestors.includes(pageHome) || home.ancestors.includes(c) || home.parent === rec.parent)) score += 3;
    }
    if (score > bestScore) { best = c; bestScore = score; }
    else if (score === bestScore && best && rec.level !== placeByCode(best)!.level) {
      // Prefer the higher level when nothing decides (a prefecture over a county of the same name).
      if (LEVEL_RANK[rec.level] < LEVEL_RANK[placeByCode(best)!.level]) best = c;
    }
  }
  return bestScore > 0 ? best : null;
}

const scanCache = new Map<string, Candidate[]>();

/** Scans once per text: the page pass and the article pass read the same text. */
function scanCached(norm: string): Candidate[] {
  let c = scanCache.get(norm);
  if (!c) {
    c = scan(norm);
    if (scanCache.size > 64) scanCache.clear();
    scanCache.set(norm, c);
  }
  return c;
}

export function placesStage(doc: Doc, pageContext: Set<string> = new Set(), pageCounts: Map<string, number> = new Map()): PlaceStageResult {
  // Is `a` on the page only because of `code` itself (the page context holds a place and its ancestors)?
  const selfOnly = (a: string, code: string) => pageContext.has(code) && !pageCounts.has(a) && [...pageCounts.keys()].every((k) => k === code || !placeByCode(k)?.ancestors.includes(a));
  const cands = scanCached(doc.norm);
  // Unambiguous full-name mentions at county level or above anchor everything else.
  const context = new Set<string>(pageContext);
  // For each code, the distinct places among the article's own unambiguous mentions that are it or lie inside it.
  const vouchers = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.short && c.codes.length === 1 && placeByCode(c.codes[0])!.level !== 'township') {
      const rec = placeByCode(c.codes[0])!;
      context.add(rec.code);
      for (const a of [rec.code, ...rec.ancestors]) { context.add(a); (vouchers.get(a) ?? vouchers.set(a, new Set()).get(a)!).add(rec.code); }
    }
  }
  // Named by a mention other than `self` (a place does not vouch for itself, however often it is written).
  const ownOthers = (a: string, self: string) => [...(vouchers.get(a) ?? [])].some((x) => x !== self);
  const weights = new Map<string, number>();
  const titleLen = doc.title.length;
  for (const c of cands) {
    const surface = doc.norm.slice(c.start, c.end);
    let codes = c.codes;
    if (c.short) {
      if (SHORT_STOP.has(surface) && !ALWAYS_OK_SHORT.has(surface)) continue;
      // 清徐水库, 汾阳路, 大同村: a short form that names a reservoir, a road, a square or a village is part of that name.
      if (FEATURE_AFTER.test(doc.norm.slice(c.end, c.end + 2))) continue;
      // A county's short form counts only where its area is already in view (its full name, or its prefecture) — or
      // when it is the only county of that name and the article speaks as one (平遥 in an article about 县委, 全县).
      const inView = codes.filter((code) => {
        const rec = placeByCode(code)!;
        if (rec.level === 'province' || rec.level === 'prefecture') return true;
        return context.has(code) || (rec.parent !== null && context.has(rec.parent));
      });
      const counties = codes.filter((code) => placeByCode(code)!.level === 'county');
      // The short form must stand as a place word: after 在/到/赴… or a clause break, and not run into a suffix (公安局).
      // A dateline (云上平遥讯) names the place too.
      const standsAlone = (/^(?:[在到赴于至回返]|[，,。；：“\n]|)$/u.test(doc.norm.slice(Math.max(0, c.start - 1), c.start))
        && /^(?:[，,。；：！？”\n的是落开召举推实成发建有要把将]|$)/u.test(doc.norm[c.end] ?? '')) || doc.norm[c.end] === '讯';
      // 三化四平台, 十堰…: a short form that opens with a numeral, inside a run of words, is a count (四 + 平台), not a place.
      if (/^[一二三四五六七八九十百千万两]/u.test(surface) && !standsAlone && /[\u4e00-\u9fff]/u.test(doc.norm[c.start - 1] ?? '')
        && !/[在到赴于至和与及、自从来往]/u.test(doc.norm[c.start - 1])) continue;
      codes = inView.length || counties.length !== 1 || codes.length !== 1 || !standsAlone ? inView
        : relativeLevels(doc.norm).includes(placeByCode(counties[0])!.name.slice(-1)) ? counties : [];
      if (!codes.length) continue;
      // A short form directly followed by a level word was not a short form (汾阳 + 市 is handled by the full name).
    }
    // A county name right after another character of a word (高|新城区) is part of that word unless its area is in view.
    if (!c.short && surface.length > 2 && /[\u4e00-\u9fff]/u.test(doc.norm[c.start - 1] ?? '') && !/[在到赴于至和与及、的是为省市县区州盟]/u.test(doc.norm[c.start - 1])
      && !/^(?:p|c|v|u|ud|uj|d|r|f|m|q|vn)$/u.test(tag(doc.norm[c.start - 1])[0]?.tag ?? '')) {
      // In view means named by another mention of the article (its own mentions do not vouch for themselves).
      codes = codes.filter((code) => { const rec = placeByCode(code)!; return rec.level !== 'county' || rec.ancestors.some((a) => ownOthers(a, code)); });
      if (!codes.length) continue;
    }
    // Two-character county names (代县, 古县, 和县) hide inside words: only with their prefecture in view.
    if (!c.short && surface.length === 2) {
      // In view by another mention: the prefecture named in the article itself, or on the page by a place other than this.
      codes = codes.filter((code) => { const rec = placeByCode(code)!; return rec.level !== 'county' || rec.ancestors.some((a) => placeByCode(a)!.level === 'prefecture' && (ownOthers(a, code) || (context.has(a) && !selfOnly(a, code)))); });
      if (!codes.length) continue;
    }
    let code: string | null;
    const levelsPresent = new Set(codes.map((x) => placeByCode(x)!.level));
    if (levelsPresent.has('township')) {
      // Township names repeat across the country: require their county or prefecture in view.
      const inView = codes.filter((x) => { const r = placeByCode(x)!; return r.ancestors.some((a) => context.has(a)); });
      code = choose(inView.length ? inView : [], context, doc.pageHome);
      if (!code && inView.length === 1) code = inView[0];
      // A township name found once in the whole country (贾家庄镇) needs no county in view.
      if (!code && !inView.length && !c.short && codes.length === 1 && surface.length >= 4 && (gazetteer().byName.get(surface)?.length ?? 0) === 1) code = codes[0];
      // Otherwise a township written in full (东泉镇, 北关街道) is still a place: kept by its name, without a code that
      // could be another county's.
      if (!code && !c.short && levelsPresent.size === 1 && /^[\u4e00-\u9fff]{2,}(?:镇|乡|街道)$/u.test(surface)) {
        doc.add({ type: 'Place', start: c.start, end: c.end, name: surface, props: { level: 'township' }, key: `Place:area:${surface}` });
        continue;
      }
    } else {
      code = choose(codes, context, doc.pageHome);
      if (!code && codes.length > 1) {
        // Still ambiguous: keep the first only when all candidates are the same level and nothing else is known.
        code = null;
      }
    }
    if (!code) continue;
    const rec = placeByCode(code)!;
    doc.add({ type: 'Place', start: c.start, end: c.end, name: rec.name, props: placeProps(rec), key: `Place:${code}` });
    const w = (c.start < titleLen ? 3 : 1) * (c.short ? 1 : 2);
    weights.set(code, (weights.get(code) ?? 0) + w);
  }
  return { weights };
}

/** The townships (镇, 乡, 街道; listed or not) an article names, one span each, in order of first mention. */
export function townshipsNamed(doc: Doc): Span[] {
  const level = (x: Span) => String(x.props.level ?? placeByCode(String(x.props.code))?.level ?? '');
  return [...new Map(doc.spans.filter((x) => x.type === 'Place' && !x.implicit && level(x) === 'township').map((x) => [x.key, x])).values()];
}

export function placeProps(rec: PlaceRecord): Record<string, string> {
  const props: Record<string, string> = { level: rec.level, code: rec.code };
  if (rec.parent) props.parent = `p:${rec.parent}`;
  return props;
}

const AREA_SUFFIX = /(?:会议中心|会展中心|体育中心|文化广场|广场|风景名胜区|风景区|景区|高速口|收费站|古县城|古城|山庄|水库|湿地公园|主题公园|公园|湿地|开发区|高新区|工业园区|产业园区|园区|小区)/u;
const AREA_CUE = /(?:在|于|到|来到|走进|前往|位于|赴|经过|途经|进入|(?:检查|察看|查看|视察|考察|巡查)了?)$/u;

/**
 * Named areas below the division level (汾阳市文化广场, 蒙山景区, 杨家峪高速口): a name ending in an area word that starts
 * with a known place or follows a location word (在, 来到, 位于). They are places located in the place they start with,
 * or else in the home place.
 */
/** A named area (a square, a venue, a park) and the place it lies in. */
function addArea(doc: Doc, start: number, end: number, name: string, aliases: string[], props: Record<string, string>, parentKey: string | null): void {
  doc.add({ type: 'Place', start, end, name, aliases, props, key: `Place:area:${name}` });
  if (!parentKey) return;
  const [ss, se] = doc.sentenceAt(start);
  doc.relate({ type: 'LOCATED_IN', source: `Place:area:${name}`, target: parentKey, props: {}, confidence: 0.7, start: ss, end: se });
}

export function namedAreasStage(doc: Doc): void {
  const norm = doc.norm;
  const re = new RegExp(AREA_SUFFIX.source, 'gu');
  for (const m of norm.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (/^[舞站路街区]/u.test(norm[end] ?? '')) continue;
    // A development zone that is itself a division (邯郸经济技术开发区) is already a place.
    if (doc.spans.some((x) => x.type === 'Place' && x.end === end)) continue;
    // Grow left over up to 8 characters of name.
    let s = m.index!;
    while (s > 0 && m.index! - s < 8 && /[\u4e00-\u9fff]/u.test(norm[s - 1]) && !AREA_CUE.test(norm.slice(Math.max(0, s - 3), s))) s--;
    const placeAt = doc.spans.find((x) => x.type === 'Place' && x.start >= s && x.start < m.index! && x.end <= m.index!);
    if (placeAt) s = placeAt.start;
    else if (!AREA_CUE.test(norm.slice(Math.max(0, s - 3), s))) continue;
    // 在县会议中心: a level word before the venue makes it the home place's own (平遥县会议中心).
    const owner = m.index! - s === 1 && !placeAt ? placeForLevel(doc.home, norm[s]) : null;
    if (owner) {
      addArea(doc, s, end, owner.name + m[0], [norm.slice(s, end)], { level: 'area', parent: `p:${owner.code}` }, `Place:${owner.code}`);
      continue;
    }
    if (m.index! - s < 2) continue;
    const name = norm.slice(s, end);
    if (doc.spans.some((x) => (x.type === 'Organization' || x.type === 'Event' || x.type === 'Program') && x.start <= s && x.end >= end)) continue;
    // The most specific place the name starts with (山门镇 of 山门镇二郎山庄, listed or not), else the home place.
    const inner = doc.spans.filter((x) => x.type === 'Place' && x.start >= s && x.end <= m.index!).sort((a, b) => b.end - a.end)[0] ?? placeAt;
    const parentKey = inner ? inner.key : doc.home ? `Place:${doc.home}` : null;
    const props: Record<string, string> = { level: 'area' };
    if (inner && typeof inner.props.code === 'string') props.parent = `p:${inner.props.code}`;
    else if (!inner && doc.home) props.parent = `p:${doc.home}`;
    else if (inner && typeof inner.props.parent === 'string') props.parent = inner.props.parent;
    // An area inside an unlisted township is known by its own name (二郎山庄), the township's stays an alias.
    const own = inner && !inner.props.code && inner.end < end ? norm.slice(inner.end, end) : name;
    addArea(doc, s, end, own, own !== name ? [name] : [], props, parentKey);
  }
  // Later mentions of an area found once (杨家峪高速口位于…) are mentions too.
  for (const a of doc.spans.filter((x) => x.key.startsWith('Place:area:') && x.props.level === 'area')) {
    const surface = norm.slice(a.start, a.end);
    for (let at = norm.indexOf(surface); at >= 0; at = norm.indexOf(surface, at + surface.length)) {
      if (doc.spans.some((x) => x.start < at + surface.length && x.end > at)) continue;
      doc.add({ type: 'Place', start: at, end: at + surface.length, name: a.name, aliases: a.aliases, props: { ...a.props }, key: a.key });
    }
  }
}

/**
 * Place → Place LOCATED_IN, as far as the text makes it clear: a place written right after its ancestor (山西省汾阳市),
 * and the chain of the article's home place (its ancestors and the places inside it) up to the nearest ancestor the
 * page names. Other places in passing (大同市 in a 太原 article) are not tied to the national hierarchy.
 */
export function placeHierarchyStage(doc: Doc, pagePlaces: Set<string>): void {
  const home = doc.home ?? doc.pageHome;
  const homeRec = home ? placeByCode(home) : undefined;
  // Places known only from a body (市委统战部 → 四平市) are on the home chain too.
  const named = doc.spans.filter((s) => s.type === 'Place' && !s.key.startsWith('Place:area:'));
  const places = named.filter((s) => !s.implicit);
  const inDoc = new Set(doc.spans.filter((s) => s.type === 'Place').map((p) => String(p.props.code)));
  const done = new Set<string>();
  for (const p of [...places, ...named.filter((s) => s.implicit)]) {
    const code = String(p.props.code);
    const rec = placeByCode(code);
    if (!rec || done.has(code)) continue;
    const before = p.implicit ? undefined : places.find((a) => a.end === p.start && rec.ancestors.includes(String(a.props.code)));
    let anc: string | undefined;
    if (before) {
      // 山西祁县 says 祁县 is in 山西; its prefecture, when the article or page names it too, is the nearer parent.
      const far = String(before.props.code);
      anc = rec.ancestors.slice(0, rec.ancestors.indexOf(far)).find((a) => inDoc.has(a) || pagePlaces.has(a)) ?? far;
    }
    else if (homeRec && (code === homeRec.code || homeRec.ancestors.includes(code) || rec.ancestors.includes(homeRec.code)
      // 槐荫区、市中区两地 in a district's article: the other district of the same city.
      || (rec.level === 'county' && homeRec.level === 'county' && rec.parent === homeRec.parent))) {
      anc = rec.ancestors.find((a) => inDoc.has(a) || pagePlaces.has(a));
    }
    if (!anc) continue;
    done.add(code);
    const [s, e] = doc.sentenceAt(p.start);
    doc.relate({ type: 'LOCATED_IN', source: p.key, target: `Place:${anc}`, props: {}, confidence: before ? 0.95 : 0.85, start: s, end: e });
  }
}

/** 我省, 全市, 本县: the home place (or its province) named relatively; a mention of that place. */
export function relativePlacesStage(doc: Doc): void {
  const home = doc.home ?? doc.pageHome;
  if (!home) return;
  for (const m of doc.norm.matchAll(/(?:我|全|本)([省市县区旗州])|([省市县区])内(?=[^部])/gu)) {
    const at = m.index!;
    // 全市 inside a longer word (安全市场) is not the city; 本市 after 日 or 年 neither.
    if (m[0][0] === '全' && /[安完健齐]/u.test(doc.norm[at - 1] ?? '')) continue;
    const rec = placeForLevel(home, m[1] ?? m[2]);
    if (!rec) continue;
    if (doc.spans.some((x) => x.start < at + m[0].length && x.end > at)) continue;
    doc.add({ type: 'Place', start: at, end: at + m[0].length, name: rec.name, props: placeProps(rec), key: `Place:${rec.code}`, implicit: true });
  }
}

const townshipsByCounty = new Map<string, PlaceRecord[]>();
function townshipsOf(county: string): PlaceRecord[] {
  if (!townshipsByCounty.size) {
    for (const recs of gazetteer().byName.values()) for (const r of recs) {
      if (r.level !== 'township' || !r.parent) continue;
      const list = townshipsByCounty.get(r.parent) ?? [];
      if (!list.length) townshipsByCounty.set(r.parent, list);
      list.push(r);
    }
  }
  return townshipsByCounty.get(county) ?? [];
}

/**
 * 白岩、东泉、石槽沟等乡镇: townships of the home county written by their short forms in a list that says what they are.
 * An item is the short form of exactly one township of that county.
 */
export function townshipShortListsStage(doc: Doc): void {
  const home = doc.home ? placeByCode(doc.home) : undefined;
  if (!home || home.level !== 'county') return;
  for (const m of doc.norm.matchAll(/((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等(?:乡镇|镇|乡|街道|镇街|乡镇街道)/gu)) {
    const items = m[1].split('、');
    // The first item may carry the words before it (前往白岩): only the last two or three characters can be a name.
    const found: Array<{ start: number; end: number; rec: PlaceRecord }> = [];
    let pos = m.index!;
    for (const [i, item] of items.entries()) {
      const start = pos;
      pos += item.length + 1;
      const forms = i === 0 ? [item, item.slice(-2)] : [item];
      for (const form of forms) {
        const recs = townshipsOf(home.code).filter((r) => townshipBase(r.name) === form);
        if (recs.length !== 1) continue;
        const s0 = start + item.length - form.length;
        found.push({ start: s0, end: s0 + form.length, rec: recs[0] });
        break;
      }
    }
    // Most items must be townships of the county, or the list is of something else; an item the division data does not
    // know (renamed, merged) cannot be told 镇 from 乡 and is left out.
    if (found.length * 2 < items.length) continue;
    for (const f of found) {
      if (doc.spans.some((x) => x.start < f.end && x.end > f.start)) continue;
      doc.add({ type: 'Place', start: f.start, end: f.end, name: f.rec.name, props: placeProps(f.rec), key: `Place:${f.rec.code}` });
    }
  }
}

/**
 * 槐荫区、市中区两地: a district whose name is also a word (市中区, 城关区) is read as the district of a city the article
 * is about, when it stands as a name: after 在, 和, 、 or a clause's start, and not as the start of a longer word (市中区域).
 */
export function wordNamedDistrictsStage(doc: Doc): void {
  const cities = new Set<string>();
  for (const code of [doc.home, doc.pageHome]) {
    const rec = code ? placeByCode(code) : undefined;
    if (rec?.level === 'prefecture') cities.add(rec.code);
    else if (rec?.level === 'county' && rec.parent) cities.add(rec.parent);
  }
  for (const x of doc.spansOf('Place')) {
    const rec = typeof x.props.code === 'string' ? placeByCode(x.props.code) : undefined;
    if (rec?.level === 'county' && rec.parent) cities.add(rec.parent);
  }
  if (!cities.size) return;
  const norm = doc.norm;
  for (const name of NAMES_LIKE_WORDS) {
    const recs = divisionsWithWordName(name).filter((r) => r.parent && cities.has(r.parent));
    if (recs.length !== 1) continue;
    for (let i = norm.indexOf(name); i >= 0; i = norm.indexOf(name, i + name.length)) {
      if (!/^(?:|[在和与及、，,：:\n\s（(])$/u.test(norm[i - 1] ?? '') || /[域内外划]/u.test(norm[i + name.length] ?? '')) continue;
      if (doc.spans.some((x) => x.start < i + name.length && x.end > i)) continue;
      doc.add({ type: 'Place', start: i, end: i + name.length, name, props: placeProps(recs[0]), key: `Place:${recs[0].code}` });
    }
  }
}

/** Is the text, whole, the name or short form of a division above the townships (阳城 for 阳城县)? */
function namesOtherDivision(text: string): boolean {
  const m = gazetteer().trie.longestAt(text, 0);
  return !!m && m.end === text.length && m.values.some((v) => placeByCode(v.code)?.level !== 'township');
}

const shortFormsByCounty = new Map<string, Array<{ rec: PlaceRecord; base: string }>>();
const shortFormUsable = new Map<string, boolean>();

/** A county's townships with a short form (贾家庄 for 贾家庄镇) that no other township of the county shares. */
function shortFormsOfCounty(county: string): Array<{ rec: PlaceRecord; base: string }> {
  let forms = shortFormsByCounty.get(county);
  if (forms) return forms;
  const townships = townshipsOf(county);
  const bases = townships.map((r) => townshipBase(r.name));
  forms = townships.map((rec, i) => ({ rec, base: bases[i] }))
    .filter(({ rec, base }) => base.length >= 2 && base !== rec.name && bases.filter((b) => b === base).length === 1);
  shortFormsByCounty.set(county, forms);
  return forms;
}

/**
 * Whether a short form may stand for its township: jieba knows it as a place name, and it is no direction (西南, 城东)
 * and no other division's name (阳城 is a county as well). Decided once, when first met: it runs jieba.
 */
function usableShortForm(base: string): boolean {
  let ok = shortFormUsable.get(base);
  if (ok === undefined) {
    const toks = /^[东南西北中]+$/u.test(base) || namesOtherDivision(base) ? [] : tag(base);
    ok = toks.length === 1 && toks[0].tag === 'ns';
    shortFormUsable.set(base, ok);
  }
  return ok;
}

/**
 * 汾阳杏花村, 来杏花村调研…: a township of the home county (or of a county named) called by its short form, which jieba
 * knows as a place name, at least once right after its county or a word of going (来, 到, 赴, 走进, 深入), and then
 * wherever the article repeats it.
 */
export function townshipShortFormsStage(doc: Doc): void {
  const counties = new Map<string, PlaceRecord>();
  const home = doc.home ? placeByCode(doc.home) : undefined;
  if (home?.level === 'county') counties.set(home.code, home);
  for (const x of doc.spansOf('Place')) {
    const rec = typeof x.props.code === 'string' ? placeByCode(x.props.code) : undefined;
    if (rec?.level === 'county') counties.set(rec.code, rec);
  }
  for (const county of counties.values()) shortFormsOf(doc, county);
}

function shortFormsOf(doc: Doc, county: PlaceRecord): void {
  const norm = doc.norm;
  const countyForms = [county.name, townshipBase(county.name), county.name.slice(0, -1)].filter((f) => f.length >= 2);
  for (const { rec: t, base } of shortFormsOfCounty(county.code)) {
    if (norm.indexOf(base) < 0 || !usableShortForm(base)) continue;
    const at: number[] = [];
    let cued = false;
    for (let i = norm.indexOf(base); i >= 0; i = norm.indexOf(base, i + base.length)) {
      // Part of a longer name (杏花村镇, 杏花村村委) or of another place: that name is read by the other stages.
      if (doc.spans.some((x) => x.start < i + base.length && x.end > i)) continue;
      if (/[镇乡村街区县市路街社]/u.test(norm[i + base.length] ?? '') || /^(?:地区|片区|方向)/u.test(norm.slice(i + base.length, i + base.length + 2))) continue;
      at.push(i);
      const before = norm.slice(Math.max(0, i - 4), i);
      if (countyForms.some((f) => before.endsWith(f)) || /(?:来|到|赴|走进|深入|前往)$/u.test(before)) cued = true;
    }
    if (!cued) continue;
    for (const i of at) doc.add({ type: 'Place', start: i, end: i + base.length, name: t.name, props: placeProps(t), key: `Place:${t.code}` });
  }
}

/**
 * Townships and villages the division data does not list (renamed or merged since; villages are not loaded): a name ending
 * in 镇, 乡 or 街道 written right after its county (杏花岭区杨家峪乡), or in 村, 嘎查 or 屯 right after its township
 * (石槽乡柳沟村), or after a location word (在山门镇…, 到柳沟村…) in a county's article. They are places inside that
 * county or township, without a code.
 */
export function unlistedTownshipsStage(doc: Doc): void {
  const norm = doc.norm;
  const homeRec = doc.home ? placeByCode(doc.home) : undefined;
  const levelOf = (x: Span): string => String(x.props.level ?? placeByCode(String(x.props.code))?.level ?? '');
  // The one township an article is about holds the villages it names (东泉镇 … 东泉村、柳树村).
  const townships = townshipsNamed(doc).map((x) => x.key);
  // Twice: a name listed before the sibling that vouches for it (红星村、向阳村) is taken on the second pass.
  for (let pass = 0; pass < 2; pass++) for (const m of norm.matchAll(/(?:镇|乡|街道|村|嘎查|屯)(?![政党人府长委民庄镇])/gu)) {
    const village = /^(?:村|嘎查|屯)$/u.test(m[0]);
    const end = m.index! + m[0].length;
    let start = -1;
    let parent: Span | undefined;
    let parentCode: string | undefined;
    // Mongolian village names are longer (宝力根陶海嘎查).
    for (const len of m[0] === '嘎查' ? [6, 5, 4, 3, 2] : [3, 2]) {
      const s0 = m.index! - len;
      // A township kept by its name alone (no code) may find its county here: it is no obstacle.
      if (s0 < 0 || doc.spans.some((x) => (x.type === 'Place' || x.type === 'Person') && x.start < end && x.end > s0 && !(x.start === s0 && x.end === end && isUnplaced(x)))) continue;
      const core = norm.slice(s0, m.index!);
      // A village right after its township (石槽乡新庄村, 东泉镇三岔村), or a hamlet right after its village (新庄村后沟屯).
      const before = doc.spans.find((x) => x.type === 'Place' && x.end === s0
        && (village ? levelOf(x) === 'township' || (m[0] === '屯' && levelOf(x) === 'village') : levelOf(x) === 'county'));
      const cue = /(?:在|到|赴|于|位于|来到|走进|前往|深入|走访|慰问)$/u.test(norm.slice(Math.max(0, s0 - 2), s0));
      // 在石槽乡,…先后到新庄村、后沟村: villages named after the township their sentence opens with are in it.
      const [ss0] = doc.sentenceAt(s0);
      const inSentence = village && !before && (cue || /[、，,：:]/u.test(norm[s0 - 1] ?? ''))
        ? doc.spans.filter((x) => x.type === 'Place' && levelOf(x) === 'township' && x.start >= ss0 && x.end <= s0).pop() : undefined;
      // The name must be a proper name, not a common word (城乡, 全镇, 乡镇, 农村, 驻村); after its township a name may
      // open with a number or 新/老 (三岔村, 新庄村), but a number alone counts villages (镇两村).
      if (!/^[\u4e00-\u9fff]+$/u.test(core) || /[的了在是和与等个所]/u.test(core)
        || (village && (before || inSentence) ? /^[全各本该城乡镇村农驻进入到每]|^[一二三四五六七八九十百千万多两几]+$/u : /^[全各本该城乡镇村农驻进入到每新老一二三四五六七八九十百千万多两]/u).test(core)) continue;
      const toks = tag(core);
      // A numeral word (五里) names a village right after its township (五里村); elsewhere it counts or measures.
      if (toks.length === 1 && /^(?:v|vn|a|ad|d|p|c|r|m|q|t|f)$/u.test(toks[0].tag) && !(village && (before || inSentence) && toks[0].tag === 'm')) continue;
      // A verb opening the name is the sentence going on after a township (石桥镇召开乡村振兴…: no 召开乡村), and a
      // level word inside it makes a common word (乡村).
      if ((toks[0].tag === 'v' && toks[0].word.length >= 2) || /[乡镇]/u.test(core)) continue;
      // Listed beside a known place of the same level (深入石槽乡、马家屯乡): a sibling of it.
      const sibling = doc.spans.find((x) => x.type === 'Place' && !x.implicit && levelOf(x) === (village ? 'village' : 'township')
        && ((x.start === end + 1 && /[、和及与]/u.test(norm[end])) || (x.end === s0 - 1 && /[、和及与]/u.test(norm[s0 - 1]))));
      // A common noun (重点村) is a name only right after the township it belongs to, or listed beside a named sibling.
      const vouched = !!before || !!sibling || (cue && !village) || !!inSentence;
      if (!vouched && toks.length === 1 && /^(?:n|vn|nz)$/u.test(toks[0].tag)) continue;
      if (!vouched && (/[村乡镇屯]/u.test(core) || (toks[0].word.length >= 2 && /^(?:n|a|vn|d|b)$/u.test(toks[0].tag)))) continue;
      if (before) { parent = before; parentCode = codeOrParent(before); }
      else if (inSentence) { parent = inSentence; parentCode = codeOrParent(inSentence); }
      else if (sibling?.props.parent) { parentCode = String(sibling.props.parent).replace(/^p:/u, ''); }
      else if (cue && homeRec?.level === 'county') parentCode = homeRec.code;
      else if (village && townships.length === 1 && (s0 === 0 || /[，,。；;：:、“”"（(\s]/u.test(norm[s0 - 1]))) {
        parent = doc.spans.find((x) => x.key === townships[0]);
        parentCode = parent && codeOrParent(parent);
      }
      if (parent || parentCode) { start = s0; break; }
    }
    // A village of a township known only by its name (no code) lies in that township all the same.
    if (start < 0 || (!parentCode && !(village && parent))) continue;
    const name = norm.slice(start, end);
    const props: Record<string, string> = { level: village ? 'village' : 'township' };
    if (parentCode) props.parent = `p:${parentCode}`;
    const unplaced = doc.spans.find((x) => x.start === start && x.end === end && isUnplaced(x));
    if (unplaced) unplaced.props = props;
    else doc.add({ type: 'Place', start, end, name, props, key: `Place:area:${name}` });
    const [ss, se] = doc.sentenceAt(start);
    doc.relate({ type: 'LOCATED_IN', source: `Place:area:${name}`, target: parent?.key ?? `Place:${parentCode}`, props: {}, confidence: 0.7, start: ss, end: se });
  }
}

/** A place's own code, or for one the division data does not list (a village), its parent's; undefined if neither. */
function codeOrParent(x: Span): string | undefined {
  return typeof x.props.code === 'string' ? x.props.code : String(x.props.parent ?? '').replace(/^p:/u, '') || undefined;
}

/** A township known by its name alone: no code, no parent. */
export const isUnplaced = (x: Span): boolean => x.type === 'Place' && x.key.startsWith('Place:area:') && x.props.level === 'township' && !x.props.code && !x.props.parent;

/** X位于Y: an explicit location (杨家峪高速口位于杏花岭区杨家峪乡) — X is in the most specific place written. */
export function locatedAtStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(/位于/gu)) {
    const at = m.index!;
    const subject = doc.spans.filter((x) => (x.type === 'Place' || x.type === 'Organization') && x.end === at && !x.implicit).sort((a, b) => a.start - b.start)[0];
    if (!subject) continue;
    let pos = at + 2;
    let target: typeof subject | undefined;
    for (let p = doc.spans.find((x) => x.type === 'Place' && x.start === pos); p; p = doc.spans.find((x) => x.type === 'Place' && x.start === pos)) { target = p; pos = p.end; }
    if (!target || target.key === subject.key) continue;
    const [ss, se] = doc.sentenceAt(at);
    doc.relate({ type: 'LOCATED_IN', source: subject.key, target: target.key, props: {}, confidence: 0.85, start: ss, end: se });
  }
}
