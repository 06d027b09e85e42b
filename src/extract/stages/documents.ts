// Stage: documents in 《》 whose title ends in a document type (方案, 意见, 办法…); songs, plays and periodicals in 《》
// are left out. An organisation that 印发/出台/制定 it in the same sentence ISSUED it.
import type { Doc } from '../doc.ts';
import { DOC_TYPES, ISSUE_VERBS } from '../lexicon/programs.ts';

const TYPES_BY_LENGTH = [...DOC_TYPES].sort((a, b) => b.length - a.length);

export function documentsStage(doc: Doc): void {
  const norm = doc.norm;
  const re = /《([^《》\n]{2,80})》/gu;
  for (const m of norm.matchAll(re)) {
    const inner = m[1].trim();
    const docType = TYPES_BY_LENGTH.find((t) => inner.endsWith(t));
    if (!docType || inner === docType) continue;
    const start = m.index!;
    // 《…宣言》(以下简称《宣言》): the short name is an alias, not another document.
    if (/简称$/u.test(norm.slice(Math.max(0, start - 4), start))) continue;
    doc.add({ type: 'Document', start, end: start + m[0].length, name: inner, props: { docType }, key: `Document:${inner}` });
  }
}

export function issuedStage(doc: Doc): void {
  const norm = doc.norm;
  const orgs = doc.spansOf('Organization');
  for (const d of doc.spansOf('Document')) {
    const [s, e] = doc.sentenceAt(d.start);
    const sentence = norm.slice(s, e);
    const verb = ISSUE_VERBS.find((v) => sentence.includes(v));
    if (!verb) continue;
    const vpos = s + sentence.indexOf(verb);
    // Issuers: the organisations written before the verb in the same sentence (由A、B联合印发 / A印发).
    const issuers = orgs.filter((o) => o.start >= s && o.end <= vpos && !o.implicit);
    for (const o of issuers) {
      doc.relate({ type: 'ISSUED', source: o.key, target: d.key, props: { verb }, confidence: 0.75, start: s, end: e });
    }
  }
}
