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
  // 出台中小学教师“县管校聘”管理改革指导意见, 制定X县贯彻落实意见举措清单: a paper named without 《》 after the verb that
  // issues it, ending in a paper's type where its clause ends.
  for (const m of norm.matchAll(ISSUED_UNQUOTED)) {
    const raw = m[1];
    const start = m.index! + m[0].length - raw.length;
    if (GENERIC_PAPER.test(raw) || doc.spans.some((x) => x.start < start + raw.length && x.end > start && (x.type === 'Document' || x.type === 'Organization'))) continue;
    addUnquoted(doc, start, raw);
  }
  // 以市委、市政府“促进…32条行动方案”为指引: a quoted paper's title.
  for (const m of norm.matchAll(/“([^“”《》\n]{4,40}?(?:行动方案|实施方案|工作方案|方案|实施意见|指导意见|意见|办法|细则|规划|纲要|清单))”/gu)) {
    const start = m.index! + 1;
    if (GENERIC_PAPER.test(m[1]) || doc.spans.some((x) => x.start < start + m[1].length && x.end > start && (x.type === 'Document' || x.type === 'Program'))) continue;
    addUnquoted(doc, start, m[1]);
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

const PAPER_END = '(?:行动方案|实施方案|工作方案|方案|实施意见|指导意见|意见|管理办法|实施办法|办法|实施细则|细则|规划|纲要|清单)';
const ISSUED_UNQUOTED = new RegExp(`(?:出台|制定|印发|下发|编制)了?([^，,。；;、：:\\n《》()（）]{4,36}?${PAPER_END})(?=[，,。；;\\n]|$)`, 'gu');
/** Papers named only by their kind (工作方案, 一系列政策措施, 相关意见): no title of their own. */
const GENERIC_PAPER = /^(?:了|一系列|一批|一份|一套|系列|相关|有关|多项|各项|多个|若干|具体|详细|工作|实施|专项|应急|配套|年度|这一|该|此)?(?:工作|实施|专项|应急|配套|具体)?(?:方案|意见|办法|细则|规划|清单)$|^(?:一系列|一批|相关|有关|多项|各项|配套|具体)/u;

function addUnquoted(doc: Doc, start: number, raw: string): void {
  const name = raw.replace(/[“”]/gu, '');
  const docType = TYPES_BY_LENGTH.find((t) => name.endsWith(t)) ?? '';
  doc.add({ type: 'Document', start, end: start + raw.length, name, aliases: name === raw ? [] : [raw], props: { docType, unquoted: true }, key: `Document:${name}` });
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
    // 市委、市政府“…行动方案”: the bodies written right before a quoted paper's title are its authors.
    if (d.props.unquoted && norm[d.start - 1] === '“') {
      let at = d.start - 1;
      for (let o = orgs.find((x) => x.end === at && !x.implicit); o; o = orgs.find((x) => x.end === at && !x.implicit)) {
        doc.relate({ type: 'ISSUED', source: o.key, target: d.key, props: { verb: '发布' }, confidence: 0.7, start: s, end: e });
        at = /[、和及与]/u.test(norm[o.start - 1] ?? '') ? o.start - 1 : -1;
      }
    }
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
