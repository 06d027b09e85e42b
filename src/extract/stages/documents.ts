// Stage: documents in 《》 whose title ends in a document type (方案, 意见, 办法…); songs, plays and periodicals in 《》
// are left out. An organisation that 印发/出台/制定 it in the same sentence ISSUED it.
import type { Doc } from '../doc.ts';
import { DOC_TYPES, ISSUE_VERBS } from '../lexicon/programs.ts';
import { placeByCode } from '../gazetteer.ts';

const TYPES_BY_LENGTH = [...DOC_TYPES].sort((a, b) => b.length - a.length);

export function documentsStage(doc: Doc): void {
  const norm = doc.norm;
  const re = /《([^《》\n]{2,80})》/gu;
  for (const m of norm.matchAll(re)) {
    const inner = m[1].trim();
    // 《…意见(试行)》, 《…规划(2021—2025年)》: the bracketed tail is not the document type.
    const bare = inner.replace(/[(（][^()（）]{1,16}[)）]$/u, '');
    // 《关于…的几点建议》: a title opening with 关于 is an official paper, whatever it calls itself.
    const about = /^关于.{4,}的([\u4e00-\u9fff]{2,6})$/u.exec(bare);
    const docType = TYPES_BY_LENGTH.find((t) => bare.endsWith(t)) ?? about?.[1];
    if (!docType || inner === docType) continue;
    const start = m.index!;
    // 《…宣言》(以下简称《宣言》): the short name is an alias, not another document.
    if (/简称$/u.test(norm.slice(Math.max(0, start - 4), start))) continue;
    const { name, aliases } = lawName(inner);
    doc.add({ type: 'Document', start, end: start + m[0].length, name, aliases, props: { docType }, key: `Document:${name}` });
    programInTitle(doc, start + 1, inner);
  }
}

/** 《关于开展富民增收行动的实施方案》: the campaign a paper is about is a program, named in the title. */
function programInTitle(doc: Doc, at: number, title: string): void {
  const m = /^关于(?:开展|实施|推进|深化|深入开展|组织开展|加快推进|启动)([\u4e00-\u9fff“”]{2,16}?(?:专项行动|行动|工程|攻坚战|专项整治|计划))的/u.exec(title);
  if (!m) return;
  const name = m[1].replace(/[“”]/gu, '');
  const start = at + m[0].indexOf(m[1], 2);
  doc.add({ type: 'Program', start, end: start + m[1].length, name, props: { kind: 'campaign', inDocumentTitle: true }, key: `Program:${name}` });
}

const LAW_AFTER_VERB = /(?:遵守|落实|贯彻|学习|宣传|宣讲|依据|根据|按照|执行|实施|颁布|修订)+((?:中华人民共和国)?[\u4e00-\u9fff]{2,14}?(?:法|条例))(?=[，,。、；;”\s和及等]|$)/gu;
const REPORT = /((?:党的[一二三四五六七八九十]+大|(?:[\u4e00-\u9fff]{2,3}省)?第[一二三四五六七八九十]+次党代会|政府工作)报告)/gu;

/** 中华人民共和国安全生产法 is known as 安全生产法; the full title stays an alias. */
function lawName(title: string): { name: string; aliases: string[] } {
  const short = title.replace(/^中华人民共和国/u, '');
  return short !== title && short.length >= 3 ? { name: short, aliases: [title] } : { name: title, aliases: [] };
}

/** Laws and reports named without 《》: 遵守安全生产法, 党的二十大报告指出. */
export function unquotedDocumentsStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(LAW_AFTER_VERB)) {
    // 落实好水土保持法: the verb's complement (好, 了) is not part of the name.
    const lead = m[1].match(/^[好了着过]/u)?.[0].length ?? 0;
    const name = m[1].slice(lead);
    if (/^(?:方法|办法|做法|说法|想法|手法|执法|违法|依法|守法|普法)$/u.test(name.slice(-2)) && name.length <= 3) continue;
    const start = m.index! + m[0].length - name.length;
    if (doc.spans.some((x) => x.type === 'Document' && x.start <= start && x.end >= start + name.length)) continue;
    const law = lawName(name);
    doc.add({ type: 'Document', start, end: start + name.length, name: law.name, aliases: law.aliases, props: { docType: name.endsWith('条例') ? '条例' : '法' }, key: `Document:${law.name}` });
  }
  for (const m of norm.matchAll(REPORT)) {
    let name = m[1];
    let start = m.index!;
    // 省第十二次党代会报告: the level word names the home place's province.
    if (name.startsWith('第') && norm[start - 1] === '省' && doc.home) {
      const province = placeOfLevel(doc.home);
      if (province) { name = province + name; start -= 1; }
    }
    doc.add({ type: 'Document', start, end: m.index! + m[0].length, name, props: { docType: '报告' }, key: `Document:${name}` });
  }
}

function placeOfLevel(home: string): string | null {
  const rec = placeByCode(home);
  if (!rec) return null;
  const prov = [rec.code, ...rec.ancestors].map((c) => placeByCode(c)!).find((r) => r.level === 'province');
  return prov?.name ?? null;
}

export function issuedStage(doc: Doc): void {
  const norm = doc.norm;
  const orgs = doc.spansOf('Organization');
  for (const d of doc.spansOf('Document')) {
    const [s, e] = doc.sentenceAt(d.start);
    // 《中共平遥县委…办公室关于…的通知》: the body at the head of the title issued it.
    const head = orgs.filter((o) => o.start === d.start + 1 && !o.implicit && /^(?:关于|印发)/u.test(norm.slice(o.end, o.end + 2)));
    for (const o of head) doc.relate({ type: 'ISSUED', source: o.key, target: d.key, props: { verb: '发布' }, confidence: 0.85, start: s, end: e });
    const sentence = norm.slice(s, e);
    const verb = ISSUE_VERBS.find((v) => sentence.includes(v));
    if (!verb) continue;
    const vpos = s + sentence.indexOf(verb);
    // Issuers: the organisations written before the verb in the same sentence (由A、B联合印发 / A印发).
    const before = orgs.filter((o) => o.start >= s && o.end <= vpos && !o.implicit);
    // 县委办公室起草的: the office, not the 县委 its name begins with.
    const issuers = before.filter((o) => !before.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start));
    for (const o of issuers) {
      doc.relate({ type: 'ISSUED', source: o.key, target: d.key, props: { verb }, confidence: 0.75, start: s, end: e });
    }
  }
}
