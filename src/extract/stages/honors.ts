// Stage: honors — a named award or designation given to someone (荣获/获评/被评为 X (称号)); RECEIVED from the sentence's
// subject (the nearest organisation, place or person before the verb).
import type { Doc, Span } from '../doc.ts';
import { HONOR_CUES, HONOR_VERBS } from '../lexicon/programs.ts';

const VERB_RE = new RegExp(`(?:${[...HONOR_VERBS].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
const QUOTED_HONOR = /((?:\d{4}年(?:度)?)?(?:全国|国家级|省级|市级|县级|全省|全市|[一-龥]{2,3}省|[一-龥]{2,3}市)?(?:第[一二三四五六七八九十]+批)?(?:\d{4}年(?:度)?)?)“([^”]{2,20})”((?:[一-龥]{0,10}?)(?:先进集体|先进个人|示范点|示范社区|示范区|示范校|示范单位|标兵|模范|称号)?)/gu;

export function honorsStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(VERB_RE)) {
    const vEnd = m.index! + m[0].length;
    let end = vEnd;
    while (end < norm.length && end - vEnd < 40 && !/[，,。；;！？\n、]/u.test(norm[end])) end++;
    let text = norm.slice(vEnd, end);
    if (!HONOR_CUES.test(text)) continue;
    // Cut trailing verbs or clauses: 称号/荣誉称号 end it.
    const cut = text.match(/^(.*?)(?:荣誉称号|称号|荣誉|表彰|奖励)/u);
    if (cut) text = cut[1];
    text = text.replace(/^(?:了|为|的)/u, '').replace(/[“”"]/gu, '');
    if (text.length < 5 || text.length > 40 || /^[奖等]/u.test(text)) continue;
    if (/(?:万元|资金|支持|补助|认可|好评|一致|提升|发展|增长)/u.test(text)) continue;
    let hs = vEnd + (norm.slice(vEnd).search(/[^了为的]/u));
    // 荣获省委教育工委百名…优秀微视频: the body that gives the honor is not part of its name.
    const giver = doc.spans.filter((x) => x.type === 'Organization' && x.start === hs && x.end < end).sort((a, b) => b.end - a.end)[0];
    if (giver) { text = text.slice(giver.end - hs); hs = giver.end; }
    const { name, aliases } = honorName(text);
    if (name.length < 4) continue;
    const span = doc.add({ type: 'Honor', start: hs, end: hs + Math.min(text.length + 2, end - hs), name, aliases, props: {}, key: `Honor:${name}` });
    // 医院选树青年岗位能手: the subject of 选树 names the honor for others, it does not receive it.
    if (m[0] !== '选树') receiver(doc, span, m.index!);
  }
  honorLists(doc);
  designations(doc);
  dropBodiesInsideHonors(doc);
  // Quoted honors with a level: 全国“最美退役军人”.
  for (const m of (norm.includes('“') ? norm : '').matchAll(QUOTED_HONOR)) {
    const level = m[1] ?? '';
    const tail = m[3] ?? '';
    if (!level && !tail) continue;
    if (!/最美|先进|示范|模范|标兵|优秀|好人|能手|之星/u.test(m[2] + tail)) continue;
    const { name, aliases } = honorName(`${level}${m[2]}${tail}`);
    if (doc.spans.some((s) => s.type === 'Honor' && s.name === name)) continue;
    const span = doc.add({ type: 'Honor', start: m.index!, end: m.index! + m[0].length, name, aliases, props: {}, key: `Honor:${name}` });
    // A name right after: 全国“最美退役军人”张俊平.
    const person = doc.spansOf('Person').find((p) => p.start === span.end || p.start === span.end + 1);
    if (person) {
      const [s, e] = doc.sentenceAt(span.start);
      doc.relate({ type: 'RECEIVED', source: person.key, target: span.key, props: {}, confidence: 0.75, start: s, end: e });
    }
  }
}

/**
 * 确定为省级高水平中等职业学校建设单位: a kind of body inside an honor's name (中等职业学校) is no body of its own, unless
 * it is also named outside an honor or something already relates to it.
 */
function dropBodiesInsideHonors(doc: Doc): void {
  const honors = doc.spansOf('Honor');
  if (!honors.length) return;
  const inside = (x: Span) => honors.some((h) => h.start <= x.start && h.end >= x.end);
  const drop = new Set(doc.spans.filter((x) => x.type === 'Organization' && inside(x)).map((x) => x.key));
  for (const x of doc.spans) if (x.type === 'Organization' && !inside(x)) drop.delete(x.key);
  for (const r of doc.relations) { drop.delete(r.source); drop.delete(r.target); }
  if (drop.size) doc.spans = doc.spans.filter((x) => !(x.type === 'Organization' && drop.has(x.key)));
}

/** 汝城“中国温泉之乡”, 平遥“中华推光漆器之乡”基地: a quoted designation of a place (…之乡, …之都) is an honor the place
 * written right before it holds. */
function designations(doc: Doc): void {
  for (const m of doc.norm.matchAll(/“([\u4e00-\u9fff]{2,12}(?:之乡|之都))”/gu)) {
    const name = m[1];
    if (doc.spans.some((s) => s.type === 'Honor' && s.name === name)) continue;
    const span = doc.add({ type: 'Honor', start: m.index!, end: m.index! + m[0].length, name, props: {}, key: `Honor:${name}` });
    const place = doc.spans.find((x) => x.type === 'Place' && x.end === m.index! && !x.implicit);
    if (!place) continue;
    const [s, e] = doc.sentenceAt(span.start);
    doc.relate({ type: 'RECEIVED', source: place.key, target: span.key, props: {}, confidence: 0.7, start: s, end: e });
  }
}

function receiver(doc: Doc, honor: Span, verbPos: number): void {
  const [s, e] = doc.sentenceAt(verbPos);
  // 山城区被教育部确定为…: the body after 被 gives the honor; the receiver stands before 被.
  const bei = doc.norm.lastIndexOf('被', verbPos);
  const giverEnd = bei >= s && /^[\u4e00-\u9fff]{2,30}$/u.test(doc.norm.slice(bei + 1, verbPos)) ? bei : verbPos;
  const cands = doc.spans.filter((x) => (x.type === 'Organization' || x.type === 'Person' || x.type === 'Place') && x.start >= s && x.end <= giverEnd && !x.implicit);
  if (!cands.length) return;
  // The nearest candidate before the verb, preferring organisations (a place inside an org's name is not the subject).
  const last = cands.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.start < a.start) ? b : a));
  doc.relate({ type: 'RECEIVED', source: last.key, target: honor.key, props: {}, confidence: 0.7, start: s, end: e });
}

// Titles given in a commendation list: what they end in says they are honors, not people or programs.
const HONOR_TITLE = /(?:红旗手|红旗集体|文明岗|文明户|文明家庭|标兵|能手|带头人|先进集体|先进个人|先进单位|先进工作者|劳动模范|道德模范|优秀[\u4e00-\u9fff]{2,8}|最美[\u4e00-\u9fff]{2,6}|好人)$/u;

/**
 * 表彰奖励了12名三八红旗手和6个三八红旗集体, 表彰了2018年“五好家庭”、“科技致富”女能手: a commendation lists the
 * honors it gives, each with a count or year before it; each item that ends like an honor title is one.
 */
function honorLists(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(/(?:表彰奖励|表彰|授予|评选出|命名)了?/gu)) {
    const from = m.index! + m[0].length;
    const to = norm.slice(from, from + 160).search(/[。；;！？\n]/u);
    const clause = norm.slice(from, to < 0 ? from + 160 : from + to);
    let pos = from;
    for (const raw of clause.split(/(、|和|及|，|,)/u)) {
      const at = pos;
      pos += raw.length;
      if (/^(?:、|和|及|，|,)$/u.test(raw)) continue;
      // The mention starts after the count (12名, 6个); the name drops the quotes and a trailing 等, and keeps a year
      // written before it (2021年全国“扫黄打非”先进集体), the bare title being an alias.
      const year = raw.match(/^(\d{4}年度?)/u)?.[1] ?? '';
      const written = raw.slice(year.length).replace(/^(?:\d+|[一二三四五六七八九十百]+)(?:名|个|位|家|所|户|人)/u, '').replace(/等.*$/u, '');
      const item = written.replace(/[“”"]/gu, '');
      if (item.length > 16 || !HONOR_TITLE.test(item) || !/^[\u4e00-\u9fff]+$/u.test(item)) continue;
      // 先进个人 alone names no particular honor.
      if (item.length - (item.match(HONOR_TITLE)?.[0].length ?? 0) < 2 && !/^(?:优秀|最美)/u.test(item)) continue;
      const name = year ? `${year}${item}` : item;
      if (doc.spans.some((x) => x.type === 'Honor' && (x.name === name || x.name === item))) continue;
      // The mention takes in a year written right before the title (2018年“五好家庭”), not a count.
      const offset = raw.indexOf(written);
      const start = at + (year && offset === year.length ? 0 : offset);
      doc.add({ type: 'Honor', start, end: at + offset + written.length, name, aliases: year ? [item] : [], props: {}, key: `Honor:${name}` });
    }
  }
}

/** 第五批国家级充分就业示范社区 is the 国家级充分就业示范社区 honor, given in its fifth round; the full form stays an alias. */
function honorName(text: string): { name: string; aliases: string[] } {
  const bare = text.replace(/^第[一二三四五六七八九十百0-9]+(?:批|届|次)/u, '');
  return bare !== text && bare.length >= 4 ? { name: bare, aliases: [text] } : { name: text, aliases: [] };
}
