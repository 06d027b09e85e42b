// Stage: events — a specific meeting or ceremony (启动仪式, 2022年全市教育工作暨…会议) in a sentence that dates or places
// it, or that says someone convened it. Attendance roles (主持, 讲话, 宣读, 出席) come from the words after a person.
import type { Doc, Span } from '../doc.ts';
import { Trie, longestEndingAt } from '../trie.ts';
import { EVENT_NOUNS, EVENT_VERBS, ATTEND_ROLES, CONGRESS } from '../lexicon/programs.ts';
import { placeForLevel } from '../../resolve/home-place.ts';
import { TITLES } from '../lexicon/titles.ts';
import { canonicalOrg } from './organizations.ts';

const nounRev = Trie.reversed<string>(EVENT_NOUNS.map((w) => [w, w]));
const STOP_LEFT = /[，,。；;：:、！？!?（）()《》\n#\s]/u;
const LEFT_BREAK = /(?:召开|举行|举办|组织|开展|参加|出席|主持|参观|观看|启动|承办|主办|迎接|学习|贯彻|传达|落实|宣讲|精神|在|于|了|并|对|由|以)$/u;
const DATE_CUE = /(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|近日|日前|当天|上午|下午|晚上|今天)/u;

export function eventsStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(CONGRESS)) {
    let name = m[0];
    // 省第十二次党代会: the level word names the home place's province or city.
    const rel = norm.slice(Math.max(0, m.index! - 1), m.index!);
    let start = m.index!;
    const place = doc.spans.find((x) => x.type === 'Place' && x.end === start);
    if (/^第/u.test(name) && place) { name = place.name + name; start = place.start; }
    else if (/^第/u.test(name) && /[省市县]/u.test(rel)) {
      const p = placeForLevel(doc.home, rel);
      if (p) { name = p.name + name; start -= 1; }
    }
    doc.add({ type: 'Event', start, end: m.index! + m[0].length, name, props: {}, key: `Event:${name}` });
  }
  // 市委五届三次全会, 山西省委十一届九次全会: a committee's plenary session, run by that committee.
  for (const m of norm.matchAll(/[一二三四五六七八九十]+届[一二三四五六七八九十]+次全(?:体会议|会)/gu)) {
    const committee = doc.spans.filter((x) => x.type === 'Organization' && x.end === m.index! && /委(?:员会)?$/u.test(x.name)).sort((a, b) => a.start - b.start)[0];
    if (!committee || doc.spans.some((x) => x.type === 'Event' && x.start <= m.index! && x.end >= m.index! + m[0].length)) continue;
    const name = committee.name + m[0];
    const span = doc.add({ type: 'Event', start: committee.start, end: m.index! + m[0].length, name, aliases: [norm.slice(committee.start, m.index! + m[0].length)], props: {}, key: `Event:${name}` });
    const [ss, se] = doc.sentenceAt(m.index!);
    doc.relate({ type: 'RUNS', source: committee.key, target: span.key, props: { role: '召开' }, confidence: 0.8, start: ss, end: se });
  }
  for (let e = 2; e <= norm.length; e++) {
    const m = longestEndingAt(nounRev, norm, e, Math.max(0, e - 8));
    if (!m) continue;
    // 会议室, 大会堂, 会议纪要: the noun runs on into another word.
    if (/[\u4e00-\u9fff]/u.test(norm[e] ?? '') && !/^(?:上|中(?!心)|后|前|精神|要求|期间|现场|结束|召开|举行|在|于|由|并|的|时|开始|正式|隆重|顺利|圆满|主要|指出|强调|和|及|与)/u.test(norm.slice(e, e + 3))) continue;
    eventEndingAt(doc, m, e);
  }
  samePlacedEvents(doc);
  nearlySameEvents(doc);
  committeeSessions(doc);
}

/**
 * A meeting named after a body (县妇联十二届四次执委(扩大)会, 县教育局工作会议) is that body's own: it runs it. So is a party
 * committee's plenary session written in full (中国共产党X县第十三届委员会第五次全体会议).
 */
function committeeSessions(doc: Doc): void {
  const orgs = doc.spansOf('Organization');
  for (const ev of doc.spansOf('Event')) {
    const body = orgs.find((o) => doc.spans.some((x) => x.key === ev.key && x.start === o.start && o.end < x.end));
    if (body && !doc.relations.some((r) => r.type === 'RUNS' && r.target === ev.key)) {
      const [ss, se] = doc.sentenceAt(body.start);
      doc.relate({ type: 'RUNS', source: body.key, target: ev.key, props: { role: '召开' }, confidence: 0.7, start: ss, end: se });
    }
    const m = /^(?:中国共产党|中共)(.+?)第[一二三四五六七八九十]+届委员会第[一二三四五六七八九十]+次全体会议$/u.exec(ev.name);
    const committee = m && canonicalOrg(`中共${m[1]}委`, 'party', doc.home);
    if (!committee || !doc.spans.some((x) => x.key === `Organization:${committee.name}`)) continue;
    const [ss, se] = doc.sentenceAt(ev.start);
    doc.relate({ type: 'RUNS', source: `Organization:${committee.name}`, target: ev.key, props: { role: '召开' }, confidence: 0.75, start: ss, end: se });
  }
}

/**
 * The event whose noun `m` ends at `e`, if the text makes one of it. A function of its own: the closures below would
 * otherwise make the per-character loop allocate a context for every character scanned.
 */
function eventEndingAt(doc: Doc, m: { start: number; values: string[] }, e: number): void {
  const norm = doc.norm;
  // Grow left over the event's name, through quotes, numbers and 暨.
  let s = m.start;
  let lastComma = -1;
  while (s > 0 && e - s < 45) {
    const c = norm[s - 1];
    // 县委常委(扩大)会议: the bracketed 扩大 is part of the name.
    if (/[(（]扩大[)）]$/u.test(norm.slice(Math.max(0, s - 4), s))) { s -= 4; continue; }
    // 全县文化旅游暨非遗保护、全国…推进会, 太原市工业、建筑、交通运输企业积极分子大会: a list inside the name.
    if (c === '、' && lastComma < 0) { lastComma = s; s--; continue; }
    if (c === '、') { s--; continue; }
    if (STOP_LEFT.test(c)) break;
    // 2 月 2 日远东…: a date written right before the name is not part of it.
    if (c === '日' && /[0-9０-９一二三四五六七八九十]\s*$/u.test(norm.slice(Math.max(0, s - 4), s - 1))) break;
    // …启动暨小米开镰仪式: a name joined by 暨 goes on past the verb that ends its first part.
    if (LEFT_BREAK.test(norm.slice(Math.max(0, s - 2), s)) && norm[s] !== '暨' && !/暨$/u.test(norm.slice(0, s))) break;
    s--;
  }
  // A list is part of the name only if the name joins its parts with 暨 or starts with its place (or 全省, a year).
  if (lastComma >= 0) {
    const grown = norm.slice(s, m.start);
    // 全国水利工作会议、全市…工作会: the item before the comma is a meeting of its own, not part of this name.
    const meetingBefore = longestEndingAt(nounRev, norm, lastComma - 1, Math.max(0, lastComma - 9)) !== null;
    const joined = grown.indexOf('暨') >= 0 && grown.indexOf('暨') < grown.indexOf('、');
    const placed = doc.spans.some((x) => x.type === 'Place' && x.start === s) || /^(?:全[国省市县区]|[0-9]{4}年)/u.test(grown);
    if ((!joined && !placed) || meetingBefore) s = norm.lastIndexOf('、', m.start - 1) + 1;
  }
  while (s < m.start && /[”"]/u.test(norm[s])) s++;
  // …,以及全省全市教育工作会议: the conjunction before a list item is not part of its name.
  const conj = norm.slice(s, m.start).match(/^(?:以及|及|和(?=全[国省市县区]))/u);
  if (conj) s += conj[0].length;
  // 召开的一次重要会议: what stands before 的 describes the meeting; 一次重要会议 names none.
  const de = norm.slice(s, m.start).lastIndexOf('的');
  if (de >= 0) s += de + 1;
  const generic = norm.slice(s, m.start).match(/^(?:一次|一场|此次|这次|本次|该次|各类|各种|多次)?(?:重要|重大|专题|重要的)?/u);
  if (generic && generic[0]) s += generic[0].length;
  const [ss, se] = doc.sentenceAt(m.start);
  const sentence = norm.slice(ss, se);
  const dated = DATE_CUE.test(sentence);
  const convened = EVENT_VERBS.some((v) => sentence.includes(v));
  // 传达中央经济工作会议精神: a named meeting whose spirit is relayed is an event too.
  // So is each meeting of a list whose spirit is relayed together (贯彻…工作会议、…工作会、市第五次党代会精神).
  const after = norm.slice(e, e + 90);
  const relayed = e - s >= 6 && (/^精神/u.test(after) || (/^(?:、|和|及|与|[，,]?以及)/u.test(after) && /^[^。；;！？]*?精神/u.test(after)));
  if (!dated && !convened && !relayed) return;
  if (doc.spans.some((x) => x.type === 'Event' && x.start <= s && x.end >= e)) return;
  // Inside a document's title a meeting is the document's subject, not an event here, unless the paper is about
  // convening it (《关于召开中国共产党X县第十三届委员会第五次全体会议的几点建议》): that names a meeting to come.
  const titleOpen = /《([^》]*)$/u.exec(norm.slice(Math.max(0, s - 60), s));
  const convening = !!titleOpen && /关于召开$/u.test(titleOpen[1]) && norm[e] === '的';
  if (titleOpen && !convening) return;
  const raw = norm.slice(s, e);
  const name = raw.replace(/[“”"]/gu, '');
  if (name.length < 3 && name === m.values[0] && !dated) return;
  // A bare noun (会议, 大会) without a name is only an event when the sentence dates it.
  if (name === m.values[0] && !['启动仪式', '揭牌仪式', '签约仪式', '座谈会', '开幕式', '现场会', '推进会', '动员会'].includes(name)) return;
  const props: Record<string, string | boolean> = {};
  if (doc.date) props.date = doc.date;
  if (convening) props.inDocumentTitle = true;
  // 全国、全省、全市防汛工作会议: one name for the meetings of three levels.
  const levels = name.match(/^((?:全[国省市县区]、?){2,})(.+)$/u);
  if (levels) {
    // 全国、全省工作会议 names no meeting in particular: a topic must stand between the levels and the noun.
    if (/^(?:工作)?(?:会议|大会|会)$/u.test(levels[2])) return;
    for (const lv of levels[1].match(/全[国省市县区]/gu)!) {
      const one = lv + levels[2];
      doc.add({ type: 'Event', start: s, end: e, name: one, aliases: [name], props: { ...props }, key: `Event:${one}` });
    }
    return;
  }
  doc.add({ type: 'Event', start: s, end: e, name, props, key: `Event:${name}` });
}

/**
 * 平遥县召开秋粮…准备会 in the title and 平遥县秋粮…准备会 in the text: a meeting named with and without its place is one
 * meeting, under the longer name.
 */
function samePlacedEvents(doc: Doc): void {
  const events = doc.spansOf('Event');
  const names = new Set(events.map((x) => x.name));
  const places = new Set(doc.spans.filter((x) => x.type === 'Place').map((x) => x.name));
  for (const ev of events) {
    const full = [...places].map((p) => p + ev.name).find((n) => names.has(n));
    if (!full) continue;
    ev.aliases = [...new Set([...(ev.aliases ?? []), ev.name])];
    ev.name = full;
    ev.key = `Event:${full}`;
  }
}

/**
 * 第二届…晋中市开幕暨…仪式 in the title and 第二届…晋中分会场开幕暨…仪式 in the text: a long event name written twice with
 * a word changed is one event, under the name first written. Numbers and opposites (第一次/第二次, 上/下半年) tell
 * events apart, so a change made of them does not count.
 */
function nearlySameEvents(doc: Doc): void {
  const kept: Array<{ name: string; key: string }> = [];
  for (const ev of doc.spansOf('Event').sort((a, b) => a.start - b.start)) {
    const same = kept.find((k) => k.name !== ev.name && nearlySame(k.name, ev.name));
    if (!same) { if (!kept.some((k) => k.name === ev.name)) kept.push({ name: ev.name, key: ev.key }); continue; }
    ev.aliases = [...new Set([...(ev.aliases ?? []), ev.name])];
    ev.name = same.name;
    ev.key = same.key;
  }
}

const DISTINGUISHING = /[一二三四五六七八九十百千零〇两0-9０-９上下前后正副春夏秋冬东西南北新老大小首末]/u;

function nearlySame(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 14 || Math.abs(a.length - b.length) > 2) return false;
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const changedA = a.slice(p, a.length - s);
  const changedB = b.slice(p, b.length - s);
  return p >= 4 && s >= 2 && Math.max(changedA.length, changedB.length) <= 2 && !DISTINGUISHING.test(changedA + changedB);
}

/**
 * ATTENDED: people at an event, with the role the words after their name give (主持, 讲话, 宣读, 出席). An article about
 * an event (named in its title or opening) reports on it throughout; otherwise only the event's own sentence counts.
 */
export function attendedStage(doc: Doc): void {
  const norm = doc.norm;
  const events = doc.spansOf('Event').filter((e) => !CONGRESS_NAME.test(e.name));
  if (!events.length) return;
  const opening = doc.sentences[Math.min(3, doc.sentences.length - 1)]?.[1] ?? 0;
  const early = events.filter((e) => e.start < opening).sort((a, b) => a.start - b.start);
  const main = early.find((e) => !relayed(norm, e)) ?? early[0] ?? null;
  const seen = new Set<string>();
  for (const p of doc.spansOf('Person')) {
    if (p.props.cue === 'byline') continue;
    const [ps, pe] = doc.sentenceAt(p.start);
    // The meeting the person is at: not one whose spirit it relays (传达学习…全会精神), and the nearest after the name.
    const inSentence = events.filter((x) => x.start >= ps && x.start < pe).sort((a, b) => a.start - b.start);
    const held = inSentence.filter((x) => !relayed(norm, x));
    let ev: Span | null = held.find((x) => x.start >= p.end) ?? held[0] ?? inSentence[0] ?? null;
    if (!ev && main && p.start > main.start) ev = main;
    // 随后,…召开座谈会。在听取了…汇报后,李向东强调: who speaks in the sentence after a meeting's speaks at it.
    const previous = ev ? null : meetingJustBefore(doc, events, ps);
    if (!ev) ev = previous;
    if (!ev) continue;
    // 赵雪宏从六个方面全面总结了…, 王凤莲,就…进行安排部署: an adverbial before the verb.
    const after = norm.slice(p.end, p.end + 40).replace(TITLE_AFTER_NAME, '').replace(/^(?:同志|在会上|在仪式上|在活动上|在会议上|出席并|代表[^，,。]{2,12}(?=出席)|,|，)/u, '')
      .replace(/^(?:从[^，,。]{1,8}方面|围绕[^，,。]{1,16}|结合[^，,。]{1,12})(?:全面|深入|系统)?/u, '').replace(/^就[^，,。]{2,24}?(?=进行|作|作出)/u, '对X').replace(/^与[^，,。]{2,24}?(?=签订|签署)/u, '');
    let role: string | null = null;
    for (const [re, r] of ATTEND_ROLES) if (re.test(after)) { role = r; break; }
    // 邵振华、冯建国、田志刚等县领导出席会议; 副县长高文斌,县委副书记宋立军出席会议: a list of people shares the verb
    // that closes it, with only names, titles and bodies between.
    if (!role) {
      const rest = norm.slice(p.end, pe);
      const m = rest.match(/(?:出席|参加|列席|陪同|参会|到会指导)/u);
      // 陪同调研, 参加检查: they join a visit, not the meeting the article is about.
      const visit = !!m && /^(?:调研|考察|视察|检查|走访|慰问|督导)/u.test(rest.slice(m.index! + m[0].length)) && !(ev.start >= ps && ev.start < pe);
      if (m && !visit && m.index! <= 80 && !/[。；;：:]/u.test(rest.slice(0, m.index!)) && !/(?:主持|讲话|指出|强调|要求|宣读|介绍|召开|举行)/u.test(rest.slice(0, m.index!))
        && onlyPeopleBetween(doc, p.end, p.end + m.index!)) role = m[0] === '到会指导' ? '指导' : '出席';
    }
    // 听取了县教育局王芳局长、县卫健局李明局长等关于…的汇报 (or …情况): the people heard report at the meeting.
    if (!role && /听取(?:了)?[^。；;！？]*$/u.test(norm.slice(ps, p.start))) {
      const rest = norm.slice(p.end, Math.min(pe, p.end + 160));
      const upTo = rest.search(/关于|的(?:工作|情况)?(?:汇报|介绍)|(?:汇报|介绍)/u);
      if (upTo >= 0 && onlyPeopleBetween(doc, p.end, p.end + upTo)) role = '汇报';
    }
    if (!role || (previous && role !== '讲话' && role !== '主持')) continue;
    const k = `${p.key}|${ev.key}|${role}`;
    if (seen.has(k)) continue;
    seen.add(k);
    doc.relate({ type: 'ATTENDED', source: p.key, target: ev.key, props: { role }, confidence: 0.7, start: ps, end: pe });
  }
}

/**
 * Only names, titles, bodies and groups of attendees between two offsets: 、县委常委、组织部部长孙立新,副县长姜涛及各单位负责人.
 * A list of people shares the verb that closes it.
 */
function onlyPeopleBetween(doc: Doc, from: number, to: number): boolean {
  const between = doc.norm.slice(from, to);
  const others = doc.spans.filter((x) => (x.type === 'Person' || x.type === 'Organization' || x.type === 'Place') && x.start >= from && x.end <= to);
  // What no name covers (names may nest: 沁县 inside 沁县人大常委会).
  const covered = new Uint8Array(between.length);
  for (const o of others) covered.fill(1, o.start - from, o.end - from);
  let residue = '';
  for (let i = 0; i < between.length; i++) if (!covered[i]) residue += between[i];
  return residue.replace(ATTENDEE_GROUPS, '').replace(/[、，,和及与\s]|等|同志|分别|以及|有关|相关|领导|负责人|[市县区省镇乡]领导/gu, '')
    .replace(ANY_TITLE, '').length <= 2;
}

/** Groups closing a list of attendees: 及各单位主要负责人, 村民代表, 以及媒体记者. */
const ATTENDEE_GROUPS = /(?:以及|及|和)?(?:各|全[省市县区镇乡]|[省市县区镇乡]直|有关|相关|部分)?[\u4e00-\u9fff]{0,6}?(?:负责人|负责同志|代表|干部职工|干部|群众|嘉宾|职工|师生|人员|党员|新闻媒体|媒体记者|媒体)/gu;

/** The last meeting held (not relayed) in the sentence right before the one starting at `start`. */
function meetingJustBefore<T extends { start: number; end: number }>(doc: Doc, events: T[], start: number): T | null {
  const i = doc.sentences.findIndex(([s]) => s === start);
  if (i <= 0) return null;
  const [s0, e0] = doc.sentences[i - 1];
  const held = events.filter((x) => x.start >= s0 && x.start < e0 && !relayed(doc.norm, x));
  return held[held.length - 1] ?? null;
}

/** A meeting named only for its spirit or decisions being relayed: 传达学习…全会精神, 贯彻落实…会议部署. */
function relayed(norm: string, ev: { start: number; end: number }): boolean {
  return /^(?:[、，,和及]?[^，,。；;]{0,30}?)?(?:精神|部署|要求|决策)/u.test(norm.slice(ev.end, ev.end + 40)) && /(?:传达|学习|贯彻|落实|领会)/u.test(norm.slice(Math.max(0, ev.start - 20), ev.start));
}

const TITLE_WORDS = [...TITLES.keys()].sort((a, b) => b.length - a.length).join('|');
const ANY_TITLE = new RegExp(TITLE_WORDS, 'gu');
/** 周敏厅长高度肯定…: a title after the name, before the verb. */
const TITLE_AFTER_NAME = new RegExp(`^(?:${TITLE_WORDS})(?=[\\u4e00-\\u9fff])`, 'u');
const CONGRESS_NAME = /(?:党的[一二三四五六七八九十]+大|中全会|党代会|全国代表大会)$/u;
