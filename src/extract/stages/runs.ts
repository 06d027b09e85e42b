// Stage: who runs what, and where. RUNS: 由A、B主办,C承办 and A + verb (开展, 实施, 召开…) + program/event in one clause.
// TAKES_PLACE_IN: programs and events happen in the article's home place (or the place written as the subject).
// LOCATED_IN: organisations in their place.
import type { Doc, Span } from '../doc.ts';
import { PROGRAM_VERBS } from '../lexicon/programs.ts';

const VERBS = [...PROGRAM_VERBS].sort((a, b) => b.length - a.length);
const VERB_RE = new RegExp(`(?:${VERBS.join('|')})`, 'gu');
const CLAUSE_BREAK = /[。；;！？!?\n]/u;

function clauseBounds(norm: string, s: number, e: number, pos: number): [number, number] {
  let a = pos;
  while (a > s && !/[，,。；;]/u.test(norm[a - 1])) a--;
  let b = pos;
  while (b < e && !/[，,。；;]/u.test(norm[b])) b++;
  return [a, b];
}

export function runsStage(doc: Doc): void {
  const norm = doc.norm;
  const targets = doc.spans.filter((s) => s.type === 'Program' || s.type === 'Event');
  const orgs = doc.spansOf('Organization').filter((o) => !o.implicit);
  const seen = new Set<string>();
  const add = (org: Span, target: Span, role: string, s: number, e: number, confidence: number) => {
    const k = `${org.key}|${target.key}|${role}`;
    if (seen.has(k)) return;
    seen.add(k);
    doc.relate({ type: 'RUNS', source: org.key, target: target.key, props: { role }, confidence, start: s, end: e });
  };
  for (const t of targets) {
    const [s, e] = doc.sentenceAt(t.start);
    const sentence = norm.slice(s, e);
    // 由A、B主办,C承办: the organisers written before each role word.
    for (const m of sentence.matchAll(/(主办|承办|协办|指导|支持)(?:单位)?/gu)) {
      const vpos = s + m.index!;
      // The organisations of this role: from the previous role word or 由 up to this one.
      let from = s;
      const prevRole = sentence.slice(0, m.index!).search(/(?:主办|承办|协办|指导)[^主承协指]*$/u);
      if (prevRole >= 0) from = s + prevRole + 2;
      const youPos = sentence.lastIndexOf('由', m.index!);
      if (youPos >= 0 && s + youPos >= from) from = s + youPos;
      const roleOrgs = orgs.filter((o) => o.start >= from && o.end <= vpos && vpos - o.end <= 30);
      for (const o of roleOrgs) add(o, t, m[1], s, e, 0.85);
    }
    // A + verb + target in one clause.
    const [cs] = clauseBounds(norm, s, e, t.start);
    const before = norm.slice(s, t.start);
    let vm: RegExpExecArray | null = null;
    for (const m of before.matchAll(VERB_RE)) vm = m as RegExpExecArray;
    if (vm) {
      const vpos = s + vm.index;
      if (t.start - (vpos + vm[0].length) > 25) continue;
      const subj = orgs.filter((o) => o.end <= vpos && o.start >= Math.min(cs, vpos) - 40 && o.start >= s);
      const o = subj[subj.length - 1];
      if (o && !['主办', '承办', '协办'].includes(vm[0])) add(o, t, vm[0].replace(/^(?:持续|组织|扎实|深入|全面|积极|广泛|大力|全力)(?=开展|实施|推进)/u, ''), s, e, 0.7);
    }
  }
}

export function placesOfThingsStage(doc: Doc): void {
  // TAKES_PLACE_IN: each program or event in the article's home place, once per article.
  if (doc.home) {
    const done = new Set<string>();
    for (const t of doc.spans.filter((x) => x.type === 'Program' || x.type === 'Event')) {
      if (done.has(t.key)) continue;
      done.add(t.key);
      const [s, e] = doc.sentenceAt(t.start);
      doc.relate({ type: 'TAKES_PLACE_IN', source: t.key, target: `Place:${doc.home}`, props: {}, confidence: 0.6, start: s, end: e });
    }
  }
  // LOCATED_IN: organisations in their place.
  const done = new Set<string>();
  for (const o of doc.spansOf('Organization')) {
    const place = o.props.place as string | undefined;
    if (!place || o.props.national || done.has(o.key)) continue;
    done.add(o.key);
    const [s, e] = doc.sentenceAt(o.start);
    doc.relate({ type: 'LOCATED_IN', source: o.key, target: `Place:${place.slice(2)}`, props: {}, confidence: 0.8, start: s, end: e });
  }
}
