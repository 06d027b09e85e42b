// Stage: organisation mentions. A name ends in a known suffix (局, 中心, 委员会, 学校…) and grows leftwards until a
// break (punctuation, a verb or preposition of the genre, a title); relative forms (市委, 县教育局) are made explicit
// from the home place, and nested names (中共汾阳市委宣传部) give PART_OF links.
import type { Doc, Span } from '../doc.ts';
import { Trie, longestEndingAt, shortestEndingAt } from '../trie.ts';
import { gazetteer, placeByCode, type PlaceRecord } from '../gazetteer.ts';
import { placeForLevel } from '../../resolve/home-place.ts';
import { placeProps, townshipsNamed } from './places.ts';
import {
  ORG_SUFFIXES, WEAK_SUFFIX_MIN_CORE, NOT_ORG_ENDINGS, ORG_BREAKS, ORG_INNER_WORDS, RELATIVE_ORGS, PARTY_DEPARTMENTS, ABBREVIATIONS,
  NATIONAL_ORGS, BAD_CONTINUATIONS, GENERIC_CORES, BUREAU_FIELDS, type OrgKind,
} from '../lexicon/organizations.ts';
import { TITLES } from '../lexicon/titles.ts';
import { tag } from '../segmenter.ts';

const MAX_LEN = 26;
// Bureau short forms and their full names, in the lexicon's order (the first that ends a name wins).
const ABBREVIATION_LIST = Object.entries(ABBREVIATIONS).filter(([abbr, full]) => abbr !== full);
const suffixRev = Trie.reversed<[string, OrgKind]>(ORG_SUFFIXES.map(([w, k]) => [w, [w, k]]));
const notOrgRev = Trie.reversed<string>(NOT_ORG_ENDINGS.map((w) => [w, w]));
const breakRev = Trie.reversed<string>(ORG_BREAKS.map((w) => [w, w]));
const innerRev = Trie.reversed<string>(ORG_INNER_WORDS.map((w) => [w, w]));
// Titles that end a name when growing leftwards; common nouns that are also titles (教师, 医生) occur inside names.
const titleRev = Trie.reversed<string>([...TITLES.values()]
  .filter((t) => t.title.length >= 2 && (t.head || t.title.includes('副') || ['常委', '委员', '党组成员', '党委委员', '成员'].includes(t.title)))
  .map((t) => [t.title, t.title]));
const titleTrie = new Trie<string>();
for (const t of TITLES.keys()) titleTrie.add(t, t);
const badCont = new Map<string, string[]>();
for (const [end, next] of BAD_CONTINUATIONS) { const l = badCont.get(end) ?? []; l.push(next); badCont.set(end, l); }
const suffixTrie = new Trie<string>();
for (const [w] of ORG_SUFFIXES) suffixTrie.add(w, w);

/** Does the suffix ending at `e` run on into another word (科学, 社会, 部门)? */
function runsOn(norm: string, suffix: string, e: number): boolean {
  for (let k = Math.min(2, suffix.length); k >= 1; k--) {
    const nexts = badCont.get(suffix.slice(-k));
    if (nexts && nexts.some((n) => norm.startsWith(n, e))) return true;
  }
  return false;
}

const nationalByName = new Map<string, string>();
for (const [full, shorts] of Object.entries(NATIONAL_ORGS)) {
  nationalByName.set(full, full);
  for (const s of shorts) nationalByName.set(s.replace(/[“”]/gu, ''), full);
}

const LEVEL_CHARS = new Set(['市', '县', '区', '省', '州', '旗', '镇', '乡', '盟']);
const RELATIVE_ONLY = new Set(['市委', '县委', '区委', '省委', '州委', '旗委', '盟委', '政协', '人大', '党委', '党组', '团委', '纪委', '监委',
  '纪委监委', '政法委', '宣传部', '组织部', '统战部', '妇联', '残联', '科协', '文联', '侨联', '工商联', '总工会', '卫健委', '发改委', '教委',
  '教体局', '文旅局', '人社局', '住建局', '医保局', '安委会', '团市委', '团县委', '团区委', '团省委', '融媒体中心', '人民政府', '党校']);

function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isCjk(c: string | undefined): boolean {
  return !!c && isCjkCode(c.charCodeAt(0));
}

function anyEndingAt(rev: Trie<string>, text: string, end: number, minStart: number): number | null {
  const m = longestEndingAt(rev, text, end, minStart);
  return m ? m.start : null;
}


export interface OrgCandidate { start: number; end: number; suffix: string; kind: OrgKind }

/** Raw organisation name candidates in `norm` (before canonical naming). */
export function findOrgCandidates(norm: string, personSpans: Array<[number, number]> = [], placeSpans: Array<[number, number]> = []): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const personEnds = new Set(personSpans.map(([, e]) => e));
  /** per position, the start of a place mention that holds it (太原 over 原), or -1 */
  const placeOver = new Int32Array(norm.length + 1).fill(-1);
  for (const [s0, e0] of placeSpans) for (let i = s0; i < e0; i++) if (placeOver[i] < 0 || s0 < placeOver[i]) placeOver[i] = s0;
  for (let e = 1; e <= norm.length; e++) {
    // By code: indexing the string would allocate a one-character string for every character scanned.
    if (!isCjkCode(norm.charCodeAt(e - 1))) continue;
    const m = longestEndingAt(suffixRev, norm, e, Math.max(0, e - 8));
    if (!m) continue;
    const [suffix, kind] = m.values[0];
    const ss = m.start;
    if (runsOn(norm, suffix, e)) continue;
    // 致公党河北省委会: a democratic party's committee (委会), not the CPC's 省委.
    if (suffix.endsWith('委') && norm[e] === '会' && norm[e + 1] !== '议') continue;
    if (suffix === '委会' && !/[省市县区州]/u.test(norm[ss - 1] ?? '')) continue;
    // A longer suffix starting at the same place (社 → 社区) is found at its own end.
    const longer = suffixTrie.longestAt(norm, ss);
    if (longer && longer.end > e) continue;
    // 局长, 院长, 所长: a single-character suffix that starts a title is the title.
    const t = titleTrie.longestAt(norm, ss);
    if (t && t.end > e && suffix.length === 1) continue;
    // The name must not run on into a longer suffix word (教育局党组 is found at its own end).
    if (shortestEndingAt(notOrgRev, norm, e, Math.max(0, e - 6)) !== null) {
      const ns = shortestEndingAt(notOrgRev, norm, e, Math.max(0, e - 6))!;
      if (ns <= ss) continue;
    }
    // Grow leftwards.
    let j = ss;
    while (j > 0 && e - j < MAX_LEN) {
      const c = norm[j - 1];
      if (c === '”') {
        // A quoted core inside a name: 太原市“扫黄打非”领导小组办公室.
        const open = norm.lastIndexOf('“', j - 1);
        if (open >= 0 && j - 1 - open <= 12 && !/[，,。；]/u.test(norm.slice(open, j))) { j = open; continue; }
        break;
      }
      if (c === ')' || c === '）') {
        // A bracketed region inside a name: 山西省现代特色农业示范区(晋中)建设领导小组.
        const open = Math.max(norm.lastIndexOf('(', j - 1), norm.lastIndexOf('（', j - 1));
        const inside = open >= 0 ? norm.slice(open + 1, j - 1) : '';
        if (open >= 0 && /^[\u4e00-\u9fff]{2,4}$/u.test(inside) && inside !== '扩大' && isCjk(norm[open - 1])) { j = open; continue; }
        break;
      }
      if (!isCjk(c) && c !== '“') break;
      if (c === '“') break;
      if (personEnds.has(j)) break;
      const inner = longestEndingAt(innerRev, norm, j, Math.max(0, j - 10));
      // 代表 belongs to a name only in 代表大会; before anything else it is the verb (高君宇代表少年中国学会).
      if (inner && norm.slice(inner.start, j) === '代表' && !norm.startsWith('大会', j)) break;
      // ,指导乡镇卫生院…: a verb-like inner word opening its clause is the clause's verb.
      if (inner && VERBAL_INNER.has(norm.slice(inner.start, j)) && (inner.start === 0 || /[，,。；;：:、\n]/u.test(norm[inner.start - 1]))) break;
      // 认真学习市委…: before a bare relative form (市委, 县政府) only a place or 中共 belongs to the name.
      if (inner && RELATIVE_ONLY.has(norm.slice(j, e)) && !/^(?:中共|共青)$/u.test(norm.slice(inner.start, j))) break;
      if (inner) { j = inner.start; continue; }
      // 市纪委监委派驻市教育局纪检监察组: a stationed discipline team is named after the body that sends it.
      if (/^(?:纪检监察组|纪检组)$/u.test(suffix) && norm.slice(j - 2, j) === '派驻') { j -= 2; continue; }
      if (anyEndingAt(breakRev, norm, j, Math.max(0, j - 4)) !== null) {
        // 太原师范学院, 平原县委, 原平市教育局: a place name that holds a break word (原) still belongs to the name.
        const place = placeOver[j - 1];
        if (place < 0 || place >= j) break;
        j = place;
        continue;
      }
      // A title word ends the name leftwards, unless it is the head of a suffix (常委|会, 委员|会).
      const tEnd = anyEndingAt(titleRev, norm, j, Math.max(0, j - 6));
      if (tEnd !== null && !suffixTrie.has(norm.slice(tEnd, j + 1))) break;
      j--;
    }
    // A full place name inside the name starts it (作者系山西省…中心 → 山西省…中心; 贾永祥代表汾阳市委 → 汾阳市委).
    j = cutAtInnerPlace(norm, j, ss);
    if (j >= ss && !RELATIVE_ONLY.has(suffix) && !GENERIC_INSTITUTION.test(suffix)) continue;
    // A number and classifier before the name (三所学校, 一所中心) are not part of it.
    while (j < ss && /[所个家名座支批类]/u.test(norm[j]) && /[0-9０-９一二三四五六七八九十百千万两多余几]/u.test(norm[j - 1] ?? '')) j++;
    if (GENERIC_CORES.has(norm.slice(j, ss))) continue;
    if (nationalByName.has(norm.slice(j, e))) { out.push({ start: j, end: e, suffix, kind }); continue; }
    const anchored = isAnchored(norm, j);
    if (GENERIC_TYPE_SUFFIX.test(suffix) && (!anchored || /^(?:学校|小学|中学|幼儿园|医院|社区)$/u.test(suffix))) {
      const core = stripPlace(norm.slice(j, ss));
      if (!INSTITUTION_CORE.test(core) && isGenericCore(core)) continue;
    }
    // 东泉、南岭派出所: a short proper name as an item of a list keeps every character.
    const listItem = norm[j - 1] === '、' && ss - j === 2 && /^(?:派出所|中学|小学|幼儿园|卫生院|社区|村委会|居委会)$/u.test(suffix);
    if (!anchored && j < ss && !GENERIC_INSTITUTION.test(norm.slice(j, e)) && !listItem) {
      const trimmed = trimUnanchored(norm.slice(j, ss));
      if (trimmed === null) continue;
      j = ss - trimmed.length;
      if (j >= ss) continue;
    }
    // 政府 needs its place: 汾阳市政府, 市政府; 患者政府 is not a government.
    if ((suffix === '政府' || suffix === '人民政府') && !(LEVEL_CHARS.has(norm[ss - 1]) || ss === j)) continue;
    const core = ss - j;
    const minCore = WEAK_SUFFIX_MIN_CORE[suffix] ?? 1;
    if (core < minCore && !RELATIVE_ONLY.has(norm.slice(j, e)) && !GENERIC_INSTITUTION.test(norm.slice(j, e)) && !(core >= 1 && LEVEL_CHARS.has(norm[j]) && RELATIVE_ONLY.has(norm.slice(j + 1, e)))) {
      continue;
    }
    // 县委县政府, 市委市政府: the committee and the government written together.
    const pair = norm.slice(j, e).match(/^(.*?([市县区旗州]))委\2(?:人民)?政府$/u);
    if (pair) {
      const mid = j + pair[1].length + 1;
      out.push({ start: j, end: mid, suffix: '委', kind: 'party' }, { start: mid, end: e, suffix, kind });
      continue;
    }
    out.push({ start: j, end: e, suffix, kind });
  }
  return out;
}

const NAME_PREFIXES = ['中共', '中国', '中华', '全国', '国家', '共青团'];
/** Inner words of names that are also the verbs opening a clause (指导乡镇卫生院规范化管理). */
const VERBAL_INNER = new Set(['指导', '组织', '服务', '建设', '管理', '检查', '培训', '支持', '保障', '监督', '推进', '促进', '发展', '学习', '研究', '宣传']);

function cutAtInnerPlace(norm: string, start: number, suffixStart: number): number {
  const { trie } = gazetteer();
  if (NAME_PREFIXES.some((p) => norm.startsWith(p, start))) return start;
  // The places the name starts with (山西省汾阳市…) are its own; a full place name after other words starts a new name
  // (平遥县人民医院组织山西省儿童医院 → 山西省儿童医院).
  let lead = start;
  for (let k = 0; k < 3; k++) {
    const m = trie.longestAt(norm, lead);
    if (!m) break;
    lead = m.end;
  }
  if (norm.startsWith('中国共产党', start)) lead = Math.max(lead, start + 5);
  else if (norm.startsWith('中共', start)) lead = Math.max(lead, start + 2);
  for (let p = Math.max(start + 1, lead); p < suffixStart; p++) {
    const m = trie.longestAt(norm, p);
    if (m && m.values.some((v) => !v.short) && m.end <= suffixStart + 2) {
      if (p === lead) { lead = m.end; p = m.end - 1; continue; }
      // 民革山西省委: a democratic party's name stays before its committee's place.
      if (/^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$/u.test(norm.slice(start, p))) return start;
      return p;
    }
  }
  return start;
}

const GENERIC_INSTITUTION = /^(?:中医院|中医医院|人民医院|中心医院|妇幼保健院|妇幼保健计划生育服务中心|疾病预防控制中心|疾控中心|第[一二三四五六七八九十]+(?:人民医院|中学|小学|高级中学|初级中学|幼儿园)|实验(?:小学|中学|幼儿园)|(?:第[一二三四五六七八九十]+)?职业(?:中学|高级中学|技术学校)|人民法院|人民检察院|公安局|融媒体中心|图书馆|博物馆|文化馆|体育馆|档案馆|党校|职业中专|特殊教育学校|教师进修学校|进修学校|教研室|教学研究室|教研中心|卫生学校|师范学校|技工学校|职业技术学院|职业学校|中等职业学校)$/u;

/** Does the name start with a place, a level word (市…), a national marker (中共, 全国) or a known national body? */
function isAnchored(norm: string, start: number): boolean {
  if (LEVEL_CHARS.has(norm[start])) return true;
  if (NAME_PREFIXES.some((p) => norm.startsWith(p, start))) return true;
  const m = gazetteer().trie.longestAt(norm, start);
  return m !== null;
}

/** A leading numeral and classifier (一所学校, 三家医院) is a count, not part of a name. */
const COUNTED = /^[一二三四五六七八九十百千万两几多0-9０-９]+[所个家名座支批类]/u;

const LEADING_FUNCTION_TAGS = new Set(['v', 'vd', 'c', 'r', 'd', 'p', 'u', 'ul', 'uj', 'ud', 'ug', 'uz', 'uv', 'f', 'q', 'y', 'zg']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'x', 'eng', 'm']);

/**
 * Judges the core of a name that has no place in front (诚德堂医院, 推进中小学校): drops leading verbs and function words,
 * and rejects a core that is one common word (清廉学校, 公办学校). Returns the kept core or null.
 */
function trimUnanchored(core: string): string | null {
  core = core.replace(COUNTED, '');
  // 一线学校, 各类学校, 式教育集团 (after a quote): a count, a quantifier or a suffix of a phrase, not a name.
  if (!core || /^[一每各全该本此式型化性]/u.test(core)) return null;
  // 紧密型教育集团, 贯通式教育集团, 普惠性幼儿园: a kind of institution, described.
  if (/[\u4e00-\u9fff][型式性]/u.test(core)) return null;
  let toks = tag(core);
  // A verb inside the core (力办优质学校, 推进中小学校) ends a phrase before the name: keep what follows the last one.
  const lastVerb = toks.map((t) => t.tag).lastIndexOf('v');
  // …but a one-character "verb" before a one-character rest is the name's own first character (育英中学, not 英中学).
  const nameChar = lastVerb >= 0 && toks[lastVerb].word.length === 1 && toks.slice(lastVerb + 1).map((t) => t.word).join('').length === 1;
  if (lastVerb >= 0 && lastVerb < toks.length - 1) toks = toks.slice(nameChar ? lastVerb : lastVerb + 1);
  else if (lastVerb === toks.length - 1 && toks.length > 0) return null;
  while (!nameChar && toks.length > 1 && LEADING_FUNCTION_TAGS.has(toks[0].tag)) toks = toks.slice(1);
  if (toks.length === 1 && LEADING_FUNCTION_TAGS.has(toks[0].tag)) return null;
  const kept = toks.map((t) => t.word).join('');
  if (GENERIC_CORES.has(kept)) return null;
  // 教育局|党组: a core that is a body of its own is a name.
  if (toks.length === 1 && !PROPER_TAGS.has(toks[0].tag) && toks[0].word.length >= 2 && !longestEndingAt(suffixRev, kept, kept.length, 1)) return null;
  return kept;
}

const GENERIC_TYPE_SUFFIX = /^(?:学校|小学|中学|大学|学院|幼儿园|医院|卫生院|社区|集团|工作室|工作坊|党支部|支部|中心|职业中学|高级中学|初级中学|实验学校)$/u;
const INSTITUTION_CORE = /^(?:实验|师范|职业|职业技术|卫生|特殊教育|中心|人民|中医|中西医结合|儿童|妇女儿童|妇产|肿瘤|口腔|眼科|骨科|精神|传染病|康复|老年|妇幼保健|教师进修|机关|直属机关|第[一二三四五六七八九十]+|进修|技工|体育|艺术|外国语|民族|附属|高级|初级|完全)$/u;
const GENERIC_TAGS = /^(?:n|a|vn|v|b|j|an|d|ad|l|i|k|f|s|t|vd|r|c|p|u[a-z]?|y)$/u;
const GENERIC_SINGLE = new Set(['新', '老', '大', '小', '好', '各', '该', '本', '此', '强', '弱', '名', '优', '多', '全', '总', '分', '校', '院', '镇', '村']);

/** The place words at the start of a core, removed (吕梁市中小学 → 中小学). */
function stripPlace(core: string): string {
  let c = core.replace(/^(?:中共|中国共产党)/u, '');
  for (let k = 0; k < 3; k++) {
    const m = gazetteer().trie.longestAt(c, 0);
    if (m) { c = c.slice(m.end); continue; }
    if (LEVEL_CHARS.has(c[0])) { c = c.slice(1); continue; }
    break;
  }
  return c;
}

/** A core made only of common words (中小, 普惠性, 义务教育阶段, 清廉) names a kind of institution, not one. */
function isGenericCore(core: string): boolean {
  if (!core) return false;
  if (/[第0-9０-９一二三四五六七八九十]/u.test(core)) return false;
  const toks = tag(core);
  return toks.every((t) => (t.word.length >= 2 && GENERIC_TAGS.test(t.tag)) || GENERIC_SINGLE.has(t.word));
}

/** The one township (镇, 乡) an article names, listed in the division data and inside its home county; else null. */
/** The county a city's article is about visiting, as its title says (市民政局局长一行调研平遥县养老项目), if one. */
function visitedPlace(doc: Doc): string | null {
  const home = doc.home ? placeByCode(doc.home) : undefined;
  if (!home || home.level !== 'prefecture' || !doc.title) return null;
  const titleEnd = doc.text.indexOf(doc.title) + doc.title.length;
  const visited = doc.spans.filter((x) => x.type === 'Place' && x.end <= titleEnd && typeof x.props.code === 'string'
    && /(?:调研|视察|考察|检查|督导|走访|深入|来到|到|赴)$/u.test(doc.norm.slice(Math.max(0, x.start - 2), x.start)));
  const codes = [...new Set(visited.map((x) => String(x.props.code)))].filter((c) => { const r = placeByCode(c); return r?.level === 'county' && r.parent === home.code; });
  return codes.length === 1 ? codes[0] : null;
}

function soleTownship(doc: Doc): PlaceRecord | null {
  const named = townshipsNamed(doc);
  const rec = named.length === 1 ? placeByCode(String(named[0].props.code)) : undefined;
  if (!rec || rec.level !== 'township' || !/[镇乡]$/u.test(rec.name)) return null;
  return !doc.home || rec.ancestors.includes(doc.home) ? rec : null;
}

/** Does the name itself say where the organisation is (汾阳市教育局)? Then the name alone identifies it. */
export function namesPlace(name: string): boolean {
  const m = gazetteer().trie.longestAt(name.replace(/^(?:中共|中国共产党|政协|共青团)/u, ''), 0);
  return m !== null && m.values.some((v) => !v.short);
}

interface Canonical { name: string; aliases: string[]; place: PlaceRecord | null; kind: OrgKind; national: boolean }

/** Makes an organisation name explicit: 市委 → 中共汾阳市委, 县教育局 → X县教育局, 医保局 → …医疗保障局 (alias kept). */
const PARTY_UNIT = /^(.{2,}?(?<!干)[局委院校所部站队馆中心办会府协大])(党组|党委|党总支|党支部|团委|工会|纪检监察组)$/u;

/** The place-explicit form of a short name that starts with a level word: 市教育局 → 吕梁市教育局 (else unchanged). */
function withPlace(s: string, home: string | null): string {
  if (!LEVEL_CHARS.has(s[0]) || gazetteer().trie.longestAt(s, 0)) return s;
  const p = placeForLevel(home, s[0]);
  return p ? p.name + s.slice(1) : s;
}

/** China's eight democratic parties, by the short names the news uses. */
const DEMOCRATIC_PARTIES: Record<string, string> = {
  民革: '中国国民党革命委员会', 民盟: '中国民主同盟', 民建: '中国民主建国会', 民进: '中国民主促进会', 农工党: '中国农工民主党',
  致公党: '中国致公党', 九三学社: '九三学社', 台盟: '台湾民主自治同盟',
};
const DEMOCRATIC_PARTY = Object.keys(DEMOCRATIC_PARTIES).join('|');
const DEMOCRATIC_PARTY_NAME = new RegExp(DEMOCRATIC_PARTY, 'gu');
const STARTS_WITH_PARTY = new RegExp(`^(?:中国|${DEMOCRATIC_PARTY})`, 'u');

/**
 * The full name of a place's body written by its relative form (政协, 县委, 区政府), with the other names it goes by. A
 * district's bodies are also written with their city (中共鹤壁市山城区委员会); a district's CPPCC is officially named so
 * (中国人民政治协商会议太原市小店区委员会).
 */
function relativeBodyName(rest: string, rel: { full: string; aliases: string[] }, place: PlaceRecord): { name: string; aliases: string[] } {
  let name = rel.full.replace('@', place.name);
  const aliases = rel.aliases.map((a) => a.replace('@', place.name));
  const city = place.level === 'county' && place.name.endsWith('区') && place.parent ? placeByCode(place.parent) : undefined;
  if (city) {
    const inCity = city.name + place.name;
    for (const a of [rel.full, ...rel.aliases]) aliases.push(a.replace('@', inCity));
    if (rest === '政协') { aliases.push(name); name = rel.full.replace('@', inCity); }
  }
  return { name, aliases };
}

export function canonicalOrg(surface: string, kind: OrgKind, home: string | null): Canonical | null {
  // 民革山西省委, 致公党河北省委会: a democratic party's committee of a place.
  const dem = surface.match(/^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(.*?)([省市县区])?委(?:员会|会)?$/u);
  if (dem) {
    const inner = dem[2] ? gazetteer().trie.longestAt(dem[2], 0) : null;
    const named = inner && inner.end === dem[2].length ? placeByCode(inner.values.find((v) => !v.short)?.code ?? inner.values[0].code) ?? null : null;
    const p = named ?? (dem[3] ? placeForLevel(home, dem[3]) : null);
    if (p) {
      const name = `${DEMOCRATIC_PARTIES[dem[1]]}${p.name}委员会`;
      return { name, aliases: [...new Set([surface, `${dem[1]}${p.name}委`])].filter((a) => a !== name), place: p, kind: 'mass', national: false };
    }
  }
  // 市纪委监委派驻市教育局纪检监察组 → 吕梁市纪委监委派驻吕梁市教育局纪检监察组 (both bodies made explicit).
  const stationed = surface.match(/^(.+?)派驻(.+)$/u);
  if (stationed) {
    const sender = canonicalOrg(stationed[1], 'party', home);
    const name = `${withPlace(stationed[1], home)}派驻${withPlace(stationed[2], home)}`;
    return { name, aliases: name === surface ? [] : [surface], place: sender?.place ?? null, kind: 'party', national: false };
  }
  // 教育局党组: the party unit of a body named without its place is the unit of that body made explicit.
  // 市卫健委党组 → 鹤壁市卫生健康委员会党组: a party unit is named after its host's full name.
  const unit = surface.match(PARTY_UNIT);
  if (unit && !/^(?:中共|中国共产党)/u.test(surface) && !RELATIVE_ONLY.has(unit[1])) {
    const host = canonicalOrg(unit[1], kind === 'party' ? 'department' : kind, home);
    if (host && (host.place || host.national)) {
      const aliases = [...new Set([surface, ...host.aliases.map((a) => a + unit[2])])].filter((a) => a !== host.name + unit[2]);
      // The unit of an institution (a hospital's 团委) is part of that institution's own business.
      const unitKind: OrgKind = /^(?:institution|school|hospital|enterprise|community)$/u.test(host.kind) ? host.kind : /团委|工会/u.test(unit[2]) ? 'mass' : 'party';
      return { name: host.name + unit[2], aliases, place: host.place, kind: unitKind, national: host.national };
    }
  }
  let s = surface;
  const aliases: string[] = [];
  const national = nationalByName.get(s);
  if (national) return { name: national, aliases: [s], place: null, kind, national: true };
  // 全国…, 国家…, 中国…(but not 中国共产党 + a place): bodies of the whole country, located nowhere in particular.
  // A company called 中国… (中国宝武太钢集团) has its seat somewhere: it is placed like any other.
  if (/^(?:全国|国家|中华全国|中国(?!共产党))/u.test(s) && kind !== 'enterprise') return { name: s, aliases: [], place: null, kind, national: true };
  const youth = s.match(/^团([市县区省州旗])委$/u);
  if (youth) {
    const p = placeForLevel(home, youth[1]);
    if (!p) return null;
    return { name: `共青团${p.name}委`, aliases: [s, `团${p.name}委`], place: p, kind: 'mass', national: false };
  }
  let party = false;
  if (s.startsWith('中国共产党')) { party = true; s = s.slice(5); } else if (s.startsWith('中共')) { party = true; s = s.slice(2); }
  let place: PlaceRecord | null = null;
  let rest = s;
  let explicit = false;
  const g = gazetteer();
  const numbered = s.match(/^(.+?)([一二三四五六七八九十]{1,3})(中|小)$/u);
  if (numbered) {
    const pm = g.trie.longestAt(numbered[1], 0);
    const p = pm && pm.end === numbered[1].length ? placeByCode(pm.values[0].code) ?? null
      : LEVEL_CHARS.has(numbered[1]) ? placeForLevel(home, numbered[1]) : null;
    if (p) return { name: `${p.name}第${numbered[2]}${numbered[3] === '中' ? '中学' : '小学'}`, aliases: [s], place: p, kind: 'school', national: false };
  }
  let m = g.trie.longestAt(s, 0);
  if (m && m.values.every((v) => v.short) && !m.values.some((v) => { const r = placeByCode(v.code)!; return r.level === 'province' || r.level === 'prefecture' || v.code === home || (home !== null && placeByCode(home)!.ancestors.includes(v.code)) || (home !== null && r.parent === placeByCode(home)!.parent); })) m = null;
  if (m && m.end < s.length) {
    const full = m.values.filter((v) => !v.short);
    const pick = (full.length ? full : m.values);
    // Prefer the candidate inside the home place's area.
    let code = pick[0].code;
    if (home && pick.length > 1) {
      const homeRec = placeByCode(home);
      const near = pick.find((v) => { const r = placeByCode(v.code)!; return v.code === home || r.ancestors.includes(home) || (homeRec?.ancestors.includes(v.code) ?? false) || r.parent === homeRec?.parent; });
      if (near) code = near.code;
    }
    const isShort = !full.length;
    place = placeByCode(code) ?? null;
    if (place && !isShort) {
      rest = s.slice(m.end);
      explicit = true;
      // 山西省汾阳市教学研究中心: the innermost named place is the one that counts; the longer form stays an alias.
      const inner = g.trie.longestAt(rest, 0);
      if (inner && inner.end < rest.length && inner.values.some((v) => !v.short && placeByCode(v.code)!.ancestors.includes(place!.code))) {
        const v = inner.values.find((x) => !x.short && placeByCode(x.code)!.ancestors.includes(place!.code))!;
        aliases.push((party ? '中共' : '') + s);
        place = placeByCode(v.code)!;
        rest = rest.slice(inner.end);
      }
    }
    else if (place && isShort && innerFullPlace(s.slice(m.end), place.code)) {
      // 山西祁县县委: a province's short form before a full county name is the county's address.
      const inner = innerFullPlace(s.slice(m.end), place.code)!;
      aliases.push((party ? '中共' : '') + s);
      place = inner.rec;
      rest = s.slice(m.end + inner.len);
      explicit = true;
    }
    else if (place && isShort) {
      // 汾阳中学, 山西焦煤集团: a short place form that is part of the name; keep the name as written.
      if (/^(?:委|政府|人民政府|人大|政协|纪委|教育局)/u.test(s.slice(m.end))) { rest = s.slice(m.end); explicit = true; }
      else return { name: (party ? '中共' : '') + s, aliases: [], place, kind, national: false };
    }
  } else if (LEVEL_CHARS.has(s[0]) && s.length > 1) {
    place = placeForLevel(home, s[0]);
    if (!place) return null; // a relative name with no home place cannot be named
    rest = s.slice(1);
    aliases.push(s);
  } else if (s.length >= 2 && s[0] === '全' && LEVEL_CHARS.has(s[1])) {
    return null;
  }
  let name: string;
  // 祁县县委, 沁县县委: the level word repeats after a place name that already ends in it.
  if (place && /^[市县区旗州]委/u.test(rest) && place.name.endsWith(rest[0])) rest = rest.slice(1);
  // 省政协第十二届委员会, 县人大第十八届常务委员会: one term of the body, which is the same body.
  const term = place ? rest.match(/^(政协|人大)第[一二三四五六七八九十百]+届(常务)?委员会$/u) : null;
  if (term) {
    aliases.push(place!.name + rest);
    rest = term[1] === '政协' ? '政协' : term[2] ? '人大常委会' : '人大';
  }
  const rel = RELATIVE_ORGS[rest];
  if (place && rel) {
    const named = relativeBodyName(rest, rel, place);
    name = named.name;
    aliases.push(...named.aliases);
    if (explicit && !party) aliases.push(place.name + rest);
    kind = rel.kind;
  } else if (place && place.level === 'township' && (rest === '党委' || rest === '党工委')) {
    // 千人桥镇党委 → 中共千人桥镇委员会; a 街道's 党工委 is its party working committee.
    name = `中共${place.name}${rest === '党工委' ? '工作' : ''}委员会`;
    aliases.push(place.name + rest);
    kind = 'party';
  } else if (place && rest === '委会') {
    name = place.name + rest;
  } else if (place && rest.startsWith('委') && rest.length > 1) {
    name = `中共${place.name}${rest}`;
    aliases.push(`${place.name}${rest}`);
  } else if (place) {
    name = (party ? '中共' : '') + place.name + rest;
    if (party) aliases.push(place.name + rest);
  } else if (PARTY_DEPARTMENTS.includes(rest) && home) {
    const p = placeForLevel(home, placeByCode(home)!.name.slice(-1)) ?? placeByCode(home)!;
    name = `中共${p.name}委${rest}`;
    aliases.push(`${p.name}委${rest}`);
    place = p;
  } else if (GENERIC_INSTITUTION.test(rest) && home) {
    // 中医院, 人民医院, 第一中学 without a place are the home place's own; 进修学校 is its 教师进修学校.
    place = placeByCode(home)!;
    name = place.name + (rest === '进修学校' ? '教师进修学校' : rest);
    aliases.push(rest);
    if (rest === '进修学校') aliases.push(place.name + rest);
  } else if (/^[\u4e00-\u9fff]{2,10}局$/u.test(rest) && !/分局$/u.test(rest) && home && !party && kind === 'department') {
    // A bureau written without its place (教育体育局) is the home place's.
    place = placeByCode(home)!;
    name = place.name + rest;
    aliases.push(rest);
  } else if (RELATIVE_ONLY.has(rest) && home && !party) {
    const p = placeByCode(home)!;
    const r = RELATIVE_ORGS[rest];
    if (r) { const named = relativeBodyName(rest, r, p); name = named.name; aliases.push(...named.aliases); } else name = p.name + rest;
    place = p;
  } else if (home && !party && /^(?:school|hospital)$/u.test(kind) && /(?:小学|中学|幼儿园|学校|医院|卫生院|中心校)$/u.test(rest) && rest.length >= 4) {
    // 八一街幼儿园 in a 吕梁 article is 吕梁市八一街幼儿园: a local school or hospital takes its place's name.
    place = placeByCode(home)!;
    name = place.name + rest;
    aliases.push(rest);
  } else {
    name = (party ? '中共' : '') + rest;
  }
  // Expand bureau short forms, keeping the short one as an alias.
  for (const [abbr, full] of ABBREVIATION_LIST) {
    // 检察院 → 人民检察院, but not again in X人民检察院.
    if (name.endsWith(abbr) && !name.endsWith(full)) {
      aliases.push(name);
      name = name.slice(0, -abbr.length) + full;
      break;
    }
  }
  if (party && !name.startsWith('中共')) name = '中共' + name;
  // A community or village committee is known by its own name (富力华庭社区); its district and street stay as aliases.
  if (place && kind === 'community' && rest.length >= 3 && !RELATIVE_ONLY.has(rest)) {
    aliases.push(name);
    name = rest;
  }
  const uniq = [...new Set(aliases.filter((a) => a !== name))];
  return { name, aliases: uniq, place, kind, national: false };
}

/** A full place name at the start of `text` inside the place `within`. */
function innerFullPlace(text: string, within: string): { rec: PlaceRecord; len: number } | null {
  const m = gazetteer().trie.longestAt(text, 0);
  const v = m?.values.find((x) => !x.short && placeByCode(x.code)?.ancestors.includes(within));
  return v && m!.end < text.length ? { rec: placeByCode(v.code)!, len: m!.end } : null;
}

/** Parent-unit suffixes: a name that ends in one of these, written right after another organisation, is part of it. */
const SUBUNIT = /(?:党组|党委|党工委|党总支|党支部|支部|团委|工会|纪检监察组|办公室|宣传部|组织部|统战部|派出所|分局|支队|大队|中队|科|股|处|室|中心|工作坊|工作室|附属[\u4e00-\u9fff]+)$/u;

const nationalTrie = new Trie<string>();
for (const n of nationalByName.keys()) nationalTrie.add(n, n);

/** National bodies by name (中共中央, 国务院, 中宣部), wherever no longer candidate covers them. */
/**
 * Is [start, end) inside one of the candidates? A function of its own, so that no closure in a per-character loop
 * captures the loop's variables (V8 would then allocate a context for every character scanned).
 */
function covered(taken: OrgCandidate[], start: number, end: number): boolean {
  return taken.some((c) => c.start <= start && c.end >= end);
}

function nationalCandidates(norm: string, taken: OrgCandidate[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < norm.length; i++) {
    const m = nationalTrie.longestAt(norm, i);
    if (!m) continue;
    if (!covered(taken, i, m.end)) out.push({ start: i, end: m.end, suffix: '', kind: 'government' });
    i = m.end - 1;
  }
  return out;
}

/** 吕梁三中, 县一中, 市二小: a place (or level word) and a numbered school. */
function numberedSchools(norm: string): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const re = /([一二三四五六七八九十]{1,3})(中|小)(?![学心国华文央层部断止间午期外型等])/gu;
  for (const m of norm.matchAll(re)) {
    const at = m.index!;
    const before = norm.slice(Math.max(0, at - 10), at);
    let start = -1;
    if (/[市县区]$/u.test(before)) start = at - 1;
    const { trie } = gazetteer();
    for (let k = Math.min(8, at); k >= 2 && start < 0; k--) {
      const pm = trie.longestAt(norm, at - k);
      if (pm && pm.end === at) start = at - k;
    }
    if (start < 0) continue;
    out.push({ start, end: at + m[0].length, suffix: m[2] === '中' ? '中学' : '小学', kind: 'school' });
  }
  return out;
}

export function organizationsStage(doc: Doc): void {
  const persons = doc.spansOf('Person').map((p) => [p.start, p.end] as [number, number]);
  const places = doc.spansOf('Place').map((p) => [p.start, p.end] as [number, number]);
  const found = [...findOrgCandidates(doc.norm, persons, places), ...numberedSchools(doc.norm)];
  const cands = [...found, ...nationalCandidates(doc.norm, found)].sort((a, b) => a.end - b.end || a.start - b.start);
  const spans: Array<{ c: OrgCandidate; span: Span }> = [];
  const context = textContext(doc);
  const town = soleTownship(doc);
  const field = visitedPlace(doc);
  for (const c of cands) {
    const surface = doc.norm.slice(c.start, c.end);
    if (/^[各全该本每其这那此]/u.test(surface) && !/^全国/u.test(surface)) continue;
    if (notANameHere(doc, c, surface, context)) continue;
    // A name never starts inside a quotation (”青年突击队) and 委员会 needs more than one character before it (家长委员会 is generic).
    if (/^[”’]/u.test(surface) || (/^[\u4e00-\u9fff]委员会$/u.test(surface))) continue;
    // 镇党委, 乡政府, 镇卫生院 in an article about one township are that township's.
    const canon = canonicalOrg(surface, c.kind, town && surface[0] === town.name.slice(-1) ? town.code : doc.home);
    if (!canon) continue;
    const props: Record<string, string | boolean> = { kind: canon.kind };
    // Schools, hospitals, companies and communities named after a wider area (山西焦煤集团, 山西省实验小学) are in the home place.
    let placeRec = canon.place;
    if (placeRec && doc.home && /^(?:school|hospital|enterprise|community|institution)$/u.test(canon.kind) && placeRec.code !== doc.home
      && placeByCode(doc.home)?.ancestors.includes(placeRec.code) && !/(?:研究院|科学院|教科院|研究所|中心|学院|大学|党校)$/u.test(canon.name)
      // 晋中市人民医院 in a district's article is the city's hospital.
      && !(placeRec.level === 'prefecture' && canon.name.startsWith(placeRec.name))) {
      placeRec = placeByCode(doc.home) ?? placeRec;
    }
    // 公安杏花岭分局: a county named inside the name (by its short form too) is where the body is.
    const base = placeRec ?? (!canon.national && doc.home ? placeByCode(doc.home) ?? null : null);
    if (base) {
      for (const p of doc.spans) {
        if (p.type !== 'Place' || p.start < c.start || p.end > c.end || typeof p.props.code !== 'string') continue;
        const inner = placeByCode(p.props.code);
        if (inner && inner.level === 'county' && inner.ancestors.includes(base.code)) placeRec = inner;
      }
    }
    if (placeRec) props.place = `p:${placeRec.code}`;
    // A centre or a school without a place in its name, in an article about a visit to one county (市民政局调研平遥县…),
    // is in the county visited.
    else if (field && /^(?:school|hospital|enterprise|community|institution)$/u.test(canon.kind)) props.place = `p:${field}`;
    else if (!canon.national && doc.home) props.place = `p:${doc.home}`;
    if (canon.national) props.national = true;
    const span = doc.add({ type: 'Organization', start: c.start, end: c.end, name: canon.name, aliases: canon.aliases, props, key: `Organization:${canon.name}` });
    impliedPlace(doc, c.start, surface, canon.place);
    spans.push({ c, span });
  }
  resolveBareUnits(doc, spans);
  departmentsOfCommittees(doc, spans);
  ledUnits(doc, spans);
  jointGovernments(doc);
  democraticCommittees(doc, spans);
  bureauLists(doc);
  mergeShortForms(doc, spans);
  policeUnits(doc);
  communityUnits(doc);
  standingCommittees(doc);
  // Nesting by juxtaposition: a candidate that starts where a longer one starts is the longer one's host
  // (中共汾阳市委|宣传部, 公安杏花岭分局|大东关派出所, 中国宝武太钢集团|山西太钢不锈钢股份有限公司).
  for (const { c, span } of spans) {
    let parent: { c: OrgCandidate; span: Span } | null = null;
    for (const o of spans) {
      if (o.span === span || o.span.key === span.key) continue;
      if (o.c.start === c.start && o.c.end < c.end && o.c.end >= c.end - 16 && (!parent || o.c.end > parent.c.end)) parent = o;
    }
    if (parent) {
      const rest = doc.norm.slice(parent.c.end, c.end);
      // A unit with a name of its own, starting with a place (山西太钢…公司), is known by that name.
      const own = startsWithPlace(rest) ? canonicalOrg(rest, c.kind, doc.home) : null;
      if (own && own.name !== span.name) {
        span.aliases = [...new Set([...(span.aliases ?? []), span.name, ...own.aliases])];
        span.name = own.name;
        span.key = `Organization:${own.name}`;
        if (own.place) span.props.place = `p:${own.place.code}`;
        if (!own.national) delete span.props.national;
      }
      // A unit is where its host is, unless its own name says more (公安杏花岭分局 → 杏花岭区; its 派出所 too).
      if (!parent.span.props.national) delete span.props.national;
      const hp = parent.span.props.place, sp = span.props.place;
      if (typeof hp === 'string' && (typeof sp !== 'string' || placeByCode(hp.slice(2))?.ancestors.includes(sp.slice(2)))) span.props.place = hp;
      const [s, e] = doc.sentenceAt(c.start);
      doc.relate({ type: 'PART_OF', source: span.key, target: parent.span.key, props: {}, confidence: 0.85, start: s, end: e });
    } else if (PARTY_UNIT.test(span.name) && !/^中共/u.test(span.name)) {
      // 吕梁市教育局党组 with no 吕梁市教育局 written right before it: still a unit of that body.
      const [, hostName, unitName] = span.name.match(PARTY_UNIT)!;
      const hostKey = `Organization:${hostName}`;
      if (!doc.spans.some((x) => x.key === hostKey)) {
        // The host is written inside the unit's name (市教育局|党组): that is a mention of it.
        const written = c.end - c.start > unitName.length + 1;
        doc.add({ type: 'Organization', start: c.start, end: written ? c.end - unitName.length : c.end, name: hostName, props: { kind: 'department', ...(span.props.place ? { place: span.props.place } : {}), ...(span.props.national ? { national: true } : {}) }, key: hostKey, implicit: true, unmentioned: !written });
      }
      const [s, e] = doc.sentenceAt(c.start);
      doc.relate({ type: 'PART_OF', source: span.key, target: hostKey, props: {}, confidence: 0.8, start: s, end: e });
    } else if (/^中共.*?(?:委|中央).+(?:部|室|办|办公室|委员会|局|中心|党校|宣讲团)$/u.test(span.name)) {
      // A department of a party committee (宣传部, 党史研究室, 网信办) belongs to the committee, named or not.
      const committee = span.name.match(/^(中共.*?(?:[市县区省州旗盟]委|中央))/u)?.[1] ?? '';
      if (committee && committee !== span.name) {
        const [s, e] = doc.sentenceAt(c.start);
        const parentKey = `Organization:${committee}`;
        if (!doc.spans.some((x) => x.key === parentKey)) {
          doc.add({ type: 'Organization', start: c.start, end: c.start + (c.end - c.start), name: committee, aliases: [committee.replace(/^中共/u, '')], props: { kind: 'party', ...(span.props.place ? { place: span.props.place } : {}), ...(span.props.national || committee === '中共中央' ? { national: true } : {}) }, key: parentKey, implicit: true, unmentioned: true });
        }
        doc.relate({ type: 'PART_OF', source: span.key, target: parentKey, props: {}, confidence: 0.8, start: s, end: e });
      }
    }
  }
}

/** A congress's standing committee (X人大常委会) is part of the congress (X人民代表大会) when the article names both. */
function standingCommittees(doc: Doc): void {
  const orgs = doc.spansOf('Organization');
  const done = new Set<string>();
  for (const o of orgs) {
    const m = o.name.match(/^(.+?)(?:人大常委会|人民代表大会常务委员会)$/u);
    const congress = m && orgs.find((x) => x.name === `${m[1]}人民代表大会`);
    if (!congress || done.has(o.key)) continue;
    done.add(o.key);
    const [s, e] = doc.sentenceAt(o.start);
    doc.relate({ type: 'PART_OF', source: o.key, target: congress.key, props: {}, confidence: 0.8, start: s, end: e });
  }
}

/**
 * 市委, 省委, 县教育局: a relative name points to a place the article does not write out; that is a mention of the place
 * (as 我市 is), so the place the article relies on is in the graph with the words that name it.
 */
export function impliedPlace(doc: Doc, at: number, surface: string, place: PlaceRecord | null): void {
  if (!place) return;
  const s = surface.replace(/^(?:中共|中国共产党|团)/u, '');
  if (!LEVEL_CHARS.has(s[0]) || gazetteer().trie.longestAt(s, 0)) return;
  const pos = at + surface.indexOf(s[0]);
  if (doc.spans.some((x) => x.type === 'Place' && x.start <= pos && x.end > pos)) return;
  doc.add({ type: 'Place', start: pos, end: pos + 1, name: place.name, props: placeProps(place), key: `Place:${place.code}`, implicit: true });
}

/** Does the text start with a province or prefecture name (full or short) or any full division name? */
function startsWithPlace(text: string): boolean {
  const m = gazetteer().trie.longestAt(text, 0);
  if (!m || m.end >= text.length - 1) return false;
  return m.values.some((v) => !v.short || /^(?:province|prefecture)$/u.test(placeByCode(v.code)?.level ?? ''));
}

interface TextContext {
  /** [start, end) of the text inside each 《…》 */
  titles: Array<[number, number]>;
  /** [open, close] positions of each short quotation (a label such as “党员名师工作室”) */
  labels: Array<[number, number]>;
  /** the issuing bodies written at the head of a title */
  issuers: Array<[number, number]>;
}

function textContext(doc: Doc): TextContext {
  const titles: Array<[number, number]> = [];
  for (const m of doc.norm.matchAll(/《([^《》\n]{1,80})》/gu)) titles.push([m.index! + 1, m.index! + 1 + m[1].length]);
  const labels: Array<[number, number]> = [];
  for (const m of doc.norm.matchAll(/“([^“”\n，,。；;！？]{1,20})”/gu)) labels.push([m.index!, m.index! + m[0].length - 1]);
  // The issuer at the head of a title (《中共平遥县委教育工作领导小组办公室关于…》): everything up to 关于 or 印发.
  const issuers: Array<[number, number]> = [];
  for (const [s, e] of titles) {
    const m = doc.norm.slice(s, e).match(/^(.{2,40}?)(?:关于|印发)/u);
    if (m) issuers.push([s, s + m[1].length]);
  }
  return { titles, labels, issuers };
}

/**
 * Mentions that have an organisation's shape but name none here: words inside a document title (unless they are its
 * issuer: 《中共中央 国务院关于…》), fragments that start inside a quoted label (“党员名师工作室”), collective mentions
 * (全县离退休干部党支部, 各党委), designations (省级劳动教育试点学校), roles (政协委员), kinds (“三甲”医院) and names that
 * run on into a place (光社|街道).
 */
function notANameHere(doc: Doc, c: OrgCandidate, surface: string, ctx: TextContext): boolean {
  const norm = doc.norm;
  // Words of a document's title (《山城区“十四五”期间城乡学校布局调整专项规划》) name the document's subject, not a body
  // the article speaks of; only the issuer at its head counts.
  const title = ctx.titles.find(([s, e]) => c.start >= s && c.end <= e);
  if (title && !ctx.issuers.some(([s, e]) => c.start >= s && c.end <= e)) return true;
  if (ctx.labels.some(([o, cl]) => c.start > o && c.start < cl)) return true;
  const before = norm.slice(Math.max(0, c.start - 4), c.start);
  if (/各[^，,。；;]{0,3}$/u.test(before)) return true;
  if (/[全无非]$/u.test(before) && (LEVEL_CHARS.has(surface[0]) || /^(?:党|团)/u.test(surface) || !isAnchored(norm, c.start))) return true;
  if (/^(?:[\u4e00-\u9fff]{0,4}?)(?:省|市|县|区|乡|镇|村|国家)级/u.test(surface)) return true;
  if (/^(?:政协|人大)$/u.test(surface) && /^(?:委员(?!会)|代表)/u.test(norm.slice(c.end, c.end + 3))) return true;
  if (surface.startsWith('“') && GENERIC_TYPE_SUFFIX.test(c.suffix) && !isAnchored(norm, c.start)) return true;
  if (doc.spans.some((p) => p.type === 'Place' && p.start < c.end && p.end > c.end && p.start >= c.start)) return true;
  return false;
}

/**
 * 省委常委、统战部长…, 市委常委、宣传部部长…: a bare party department in a chain of posts after a committee's post is that
 * committee's department, whatever the home place.
 */
function departmentsOfCommittees(doc: Doc, spans: Array<{ c: OrgCandidate; span: Span }>): void {
  const norm = doc.norm;
  for (const item of spans) {
    const surface = norm.slice(item.c.start, item.c.end);
    if (!PARTY_DEPARTMENTS.includes(surface)) continue;
    const committee = spans.filter((o) => o.c.end <= item.c.start && item.c.start - o.c.end <= 12 && /^中共.+[省市县区州旗盟]委$/u.test(o.span.name))
      .sort((a, b) => b.c.end - a.c.end)[0];
    if (!committee) continue;
    // Only titles and 、 between: 省委常委、|统战部.
    const between = norm.slice(committee.c.end, item.c.start);
    if (!/^[\u4e00-\u9fff]{0,6}、$/u.test(between) || !TITLES.has(between.slice(0, -1))) continue;
    const name = committee.span.name + (ABBREVIATIONS[surface] ?? surface);
    if (name === item.span.name) continue;
    item.span.name = name;
    item.span.key = `Organization:${name}`;
    item.span.aliases = [surface];
    item.span.props = { ...item.span.props, ...(committee.span.props.place ? { place: committee.span.props.place } : {}) };
  }
}

/**
 * 民进山西省委会常委、太原市委会主委: 委会 is how a democratic party names its committees (the Communist Party says 委 or
 * 委员会), so a bare X市委会 after a party's name in the sentence is that party's committee of X.
 */
function democraticCommittees(doc: Doc, spans: Array<{ c: OrgCandidate; span: Span }>): void {
  const norm = doc.norm;
  for (const { c, span } of spans) {
    const surface = norm.slice(c.start, c.end);
    if (!/[省市县区]委会$/u.test(surface) || !/^.{2,}[省市县区]委会$/u.test(span.name) || STARTS_WITH_PARTY.test(span.name)) continue;
    const [s0] = doc.sentenceAt(c.start);
    const party = [...norm.slice(s0, c.start).matchAll(DEMOCRATIC_PARTY_NAME)].pop()?.[0];
    const place = typeof span.props.place === 'string' ? placeByCode(span.props.place.slice(2)) : undefined;
    if (!party || !place) continue;
    const name = `${DEMOCRATIC_PARTIES[party]}${place.name}委员会`;
    span.aliases = [...new Set([...(span.aliases ?? []), surface])].filter((a) => a !== name);
    span.name = name;
    span.key = `Organization:${name}`;
    span.props = { ...span.props, kind: 'mass' };
  }
}

/** 东泉镇党委、政府; 县委、政府: a bare 政府 right after a party committee is the government of the committee's place. */
function jointGovernments(doc: Doc): void {
  const norm = doc.norm;
  for (let at = norm.indexOf('政府'); at >= 0; at = norm.indexOf('政府', at + 2)) {
    const joint = norm[at - 1] === '、' ? at - 1 : at;
    const committee = doc.spans.find((x) => x.type === 'Organization' && x.end === joint && /^中共.+(?:委员会|委)$/u.test(x.name) && /(?:党委|委)$/u.test(norm.slice(x.start, x.end)));
    const code = typeof committee?.props.place === 'string' ? committee.props.place.slice(2) : null;
    const place = code ? placeByCode(code) : undefined;
    if (!place || (place.level !== 'township' && place.level !== 'county' && place.level !== 'prefecture')) continue;
    if (doc.spans.some((x) => x.type === 'Organization' && x.start <= at && x.end >= at + 2)) continue;
    const name = `${place.name}人民政府`;
    doc.add({ type: 'Organization', start: at, end: at + 2, name, aliases: [], props: { kind: 'government', place: `p:${place.code}` }, key: `Organization:${name}` });
  }
}

/**
 * 省民政厅厅长周敏率厅办公室王刚主任、社会事务处李红处长等: the units a leader brings along are that leader's body's
 * own (河北省民政厅办公室, 河北省民政厅社会事务处), named short after 率.
 */
function ledUnits(doc: Doc, spans: Array<{ c: OrgCandidate; span: Span }>): void {
  const norm = doc.norm;
  for (let at = norm.indexOf('率'); at >= 0; at = norm.indexOf('率', at + 1)) {
    // The leader: a body, a title and a name right before 率.
    const leader = doc.spans.find((x) => x.type === 'Person' && x.end === at);
    if (!leader) continue;
    const body = spans.filter((o) => o.c.end <= leader.start && leader.start - o.c.end <= 6 && TITLES.has(norm.slice(o.c.end, leader.start)))[0];
    if (!body || body.span.props.national) continue;
    const clause = norm.slice(at + 1, at + 80).match(/^[^，,。；;：:]*?(?=等|一行|到|赴|前往|深入|来到|[，,。；;：:]|$)/u)?.[0] ?? '';
    let pos = at + 1;
    for (const item of clause.split('、')) {
      const start = pos;
      pos += item.length + 1;
      const m = item.match(/^([委厅局办])?(办公室|[\u4e00-\u9fff]{1,5}?[处科])(?=[\u4e00-\u9fff])/u);
      if (!m) continue;
      // The unit is followed by its member: a name (王刚主任) or a title and a name (处长李红).
      const after = start + m[0].length;
      if (!doc.spans.some((x) => x.type === 'Person' && x.start === after) && !titleTrie.longestAt(norm, after)) continue;
      const name = body.span.name + m[2];
      const existing = spans.find((o) => o.c.start >= start && o.c.end === after);
      const props = { kind: 'department', ...(body.span.props.place ? { place: body.span.props.place } : {}) };
      const span = existing?.span ?? doc.add({ type: 'Organization', start, end: after, name, aliases: [m[0]], props, key: `Organization:${name}` });
      if (existing) {
        existing.span.name = name;
        existing.span.key = `Organization:${name}`;
        existing.span.aliases = [m[0]];
        existing.span.props = props;
      }
      const [s0, e0] = doc.sentenceAt(start);
      doc.relate({ type: 'PART_OF', source: span.key, target: body.span.key, props: {}, confidence: 0.8, start: s0, end: e0 });
    }
  }
}

/** 县财政、教育、交通、卫健、应急、信访局等部门: each field names its bureau of that place. */
function bureauLists(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(/([市县区旗])((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,5})等(?:有关|相关)?(?:部门|单位)/gu)) {
    const place = placeForLevel(doc.home, m[1]);
    if (!place) continue;
    let pos = m.index! + 1;
    const items = m[2].split('、');
    // All items must be fields of government: one unknown word and it is some other list.
    if (!items.every((x) => BUREAU_FIELDS[x] || /(?:局|委|办|部|院|队|站|所|中心)$/u.test(x))) { continue; }
    for (const item of items) {
      const start = pos;
      pos += item.length + 1;
      if (doc.spans.some((x) => x.type === 'Organization' && x.start <= start && x.end >= start + item.length)) continue;
      const full = BUREAU_FIELDS[item] ?? ABBREVIATIONS[item] ?? item;
      const name = place.name + full;
      doc.add({ type: 'Organization', start, end: start + item.length, name, aliases: [item], props: { kind: 'department', place: `p:${place.code}`, namedPlace: true }, key: `Organization:${name}` });
    }
  }
}

// Police branches (治安、特警派出所 are no station names) and quantifiers.
const POLICE_BRANCHES = /^(?:治安|特警|交警|刑警|巡警|经侦|禁毒|网安|户政|各个|所有)$/u;
const POLICE_UNIT = /^[\u4e00-\u9fff]{1,8}?(?:派出所|(?:特巡警|交警|刑警|刑侦|治安|特警|巡警|禁毒|经侦|交通警察)大队)$/u;
const BARE_BRIGADE = /(?:特巡警|交警|刑警|刑侦|治安|特警|巡警|禁毒|经侦)大队/gu;

/**
 * 城东派出所, 交警大队 (and 东泉、南岭派出所, sharing the noun) in an article that names one public security bureau
 * are that bureau's units, officially named after it: 平遥县公安局东泉派出所.
 */
function policeUnits(doc: Doc): void {
  const bureaus = [...new Map(doc.spansOf('Organization').filter((o) => !o.implicit && /公安(?:分)?局$/u.test(o.name)).map((o) => [o.key, o])).values()];
  if (bureaus.length !== 1) return;
  const bureau = bureaus[0];
  const norm = doc.norm;
  // Two-character items of a 、-list that end where a 派出所 begins share its noun: 东泉、南岭派出所 (not 治安、特警).
  for (const unit of doc.spansOf('Organization').filter((o) => /派出所$/u.test(o.name) && POLICE_UNIT.test(o.name))) {
    let end = unit.start - 1;
    while (norm[end] === '、' && end >= 2) {
      const start = end - 2;
      const item = norm.slice(start, end);
      const opensList = !/[\u4e00-\u9fff]/u.test(norm[start - 1] ?? '');
      if (!/^[\u4e00-\u9fff]{2}$/u.test(item) || POLICE_BRANCHES.test(item) || !opensList || doc.spans.some((x) => x.start < end && x.end > start)) break;
      doc.add({ type: 'Organization', start, end, name: `${item}派出所`, aliases: [], props: { ...unit.props }, key: `Organization:${item}派出所` });
      end = start - 1;
    }
  }
  // 交警大队、城东派出所: a brigade written bare is one of the bureau's too.
  for (const m of norm.matchAll(BARE_BRIGADE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (doc.spans.some((x) => x.start < end && x.end > start) || /[\u4e00-\u9fff]/u.test(norm[start - 1] ?? '') && !/[、和及与]/u.test(norm[start - 1])) continue;
    doc.add({ type: 'Organization', start, end, name: m[0], aliases: [], props: { kind: 'police' }, key: `Organization:${m[0]}` });
  }
  for (const unit of doc.spansOf('Organization')) {
    if (!POLICE_UNIT.test(unit.name) || unit.name.includes('公安')) continue;
    const name = bureau.name + unit.name;
    unit.aliases = [...new Set([...(unit.aliases ?? []), unit.name])];
    unit.name = name;
    unit.key = `Organization:${name}`;
    if (bureau.props.place) unit.props = { ...unit.props, place: bureau.props.place };
    const [s, e] = doc.sentenceAt(unit.start);
    doc.relate({ type: 'PART_OF', source: unit.key, target: bureau.key, props: {}, confidence: 0.75, start: s, end: e });
  }
}

/** 社区党委, 社区居委会 written bare in an article about one community: that community's own. */
function communityUnits(doc: Doc): void {
  const communities = [...new Map(doc.spansOf('Organization').filter((o) => /社区$/u.test(o.name) && o.name.length > 3).map((o) => [o.key, o])).values()];
  if (communities.length !== 1) return;
  const community = communities[0];
  for (const m of doc.norm.matchAll(/社区(党委|党总支|居委会|居民委员会)/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Bare: not the end of a longer name (莲花社区党委 is found as a name of its own).
    if ((/[\u4e00-\u9fff]/u.test(doc.norm[start - 1] ?? '') && !/[、和及与的]/u.test(doc.norm[start - 1])) || doc.spans.some((x) => x.type === 'Organization' && x.start < end && x.end > start)) continue;
    const residents = m[1] === '居委会' || m[1] === '居民委员会';
    const name = community.name + (residents ? '居民委员会' : m[1]);
    const span = doc.add({ type: 'Organization', start, end, name, aliases: residents ? [community.name + '居委会'] : [], props: { kind: residents ? 'community' : 'party', ...(community.props.place ? { place: community.props.place } : {}) }, key: `Organization:${name}` });
    const [s0, e0] = doc.sentenceAt(start);
    doc.relate({ type: 'PART_OF', source: span.key, target: community.key, props: {}, confidence: 0.7, start: s0, end: e0 });
  }
}

const UNIT = /^((?:[院局校所委部站队馆]|中心|社区|村)*)(党委|党组|团委|党支部|团支部|党总支|工会|纪检监察组)$/u;

/**
 * 院党委, 局党组, 党委 written alone: the unit of the organisation named just before (鹤壁市妇幼保健院党委). Without one
 * in the last few sentences the mention is dropped.
 */
function resolveBareUnits(doc: Doc, spans: Array<{ c: OrgCandidate; span: Span }>): void {
  for (const item of spans) {
    const surface = doc.norm.slice(item.c.start, item.c.end);
    const m = surface.match(UNIT);
    if (!m) continue;
    const hostChar = m[1];
    // An organisation has many branches: a bare 团支部 or 党支部 is one of them, unnamed.
    if (!hostChar && /支部|党总支/u.test(m[2])) { item.span.type = 'Title'; continue; }
    const before = spans.filter((o) => o.c.end <= item.c.start && item.c.start - o.c.end < 400 && !UNIT.test(doc.norm.slice(o.c.start, o.c.end))
      && !/(?:党委|党组|团委|支部|党总支|工会|突击队|小组)$/u.test(o.span.name) && !o.span.props.national && (!hostChar || o.span.name.endsWith(hostChar)));
    const host = before[before.length - 1];
    if (!host) { item.span.type = 'Title'; continue; } // nothing to attach to: not an entity
    // 东泉镇党委副书记、党委委员: the 党委 of a party committee is that committee.
    if (!hostChar && m[2] === '党委' && /^中共.+(?:委员会|委)$/u.test(host.span.name)) {
      Object.assign(item.span, { name: host.span.name, key: host.span.key, aliases: [], props: { ...host.span.props } });
      continue;
    }
    const name = host.span.name + m[2];
    item.span.name = name;
    item.span.key = `Organization:${name}`;
    item.span.aliases = [];
    item.span.props = { kind: 'party', ...(host.span.props.place ? { place: host.span.props.place } : {}) };
    const [s, e] = doc.sentenceAt(item.c.start);
    doc.relate({ type: 'PART_OF', source: item.span.key, target: host.span.key, props: {}, confidence: 0.75, start: s, end: e });
  }
  doc.spans = doc.spans.filter((x) => x.type !== 'Title');
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i].span.type === 'Title') spans.splice(i, 1);
}

/** A later short mention (大东关派出所) of an organisation named in full before (公安杏花岭分局大东关派出所) is the same one. */
function mergeShortForms(doc: Doc, spans: Array<{ c: OrgCandidate; span: Span }>): void {
  const names = [...new Set(spans.map((x) => x.span.name))];
  // 平遥县医院 is the 平遥县人民医院 when the article names that one too.
  for (const item of spans) {
    const full = names.find((o) => o !== item.span.name && o.replace(/人民医院$/u, '医院') === item.span.name);
    // Names change as the loop renames spans: the one found by name may have gone.
    const target = full ? spans.find((x) => x.span.name === full)?.span : undefined;
    if (!target) continue;
    item.span.aliases = [...new Set([...(item.span.aliases ?? []), item.span.name])];
    item.span.name = target.name; item.span.key = target.key; item.span.props = { ...target.props };
  }
  // 太原市“扫黄打非”办公室 is the office of 太原市“扫黄打非”领导小组, named short.
  for (const item of spans) {
    const full = names.find((o) => o !== item.span.name && o.replace(/(?:工作)?领导小组(?=办公室$)/u, '') === item.span.name);
    // Names change as the loop renames spans: the one found by name may have gone.
    const target = full ? spans.find((x) => x.span.name === full)?.span : undefined;
    if (!target) continue;
    item.span.aliases = [...new Set([...(item.span.aliases ?? []), item.span.name])];
    item.span.name = target.name;
    item.span.key = target.key;
    item.span.props = { ...target.props };
  }
  for (const item of spans) {
    const n = item.span.name;
    if (n.length < 4) continue;
    const longer = names.filter((o) => o !== n && o.endsWith(n) && o.length - n.length <= 12).sort((a, b) => a.length - b.length);
    // Several longer forms that end the same way are one name with stray characters in front: take the shortest.
    if (!longer.length || !longer.every((o) => o.endsWith(longer[0]))) continue;
    // Only when the short one carries no place of its own (大东关 is not 大东区).
    if (startsWithPlace(n)) continue;
    const target = spans.find((x) => x.span.name === longer[0])?.span;
    if (!target) continue;
    item.span.aliases = [...(item.span.aliases ?? []), n];
    item.span.name = target.name;
    item.span.key = target.key;
    item.span.props = { ...target.props };
  }
}
