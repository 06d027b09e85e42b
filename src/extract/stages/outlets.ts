// Stage: news outlets named in a lead (云上平遥讯 记者李明远报道) or a source line (来源:平遥新闻网), and the posts of the
// article's reporters there.
import type { Doc, Span } from '../doc.ts';
import { gazetteer, placeByCode } from '../gazetteer.ts';

/** A lead naming its outlet: 云上平遥讯, 三晋都市报讯; the paper's own 本报讯 names none. */
const LEAD = /(?:^|\n)([\u4e00-\u9fff]{2,10}?)讯(?=[\s(（]|记者|通讯员|[0-9一二三四五六七八九十]{1,2}月)/gu;
const OWN = /^(?:本报|本台|本刊|本网|本站|简|专|快|电|通)$/u;
/** An outlet's name after 来源: 平遥新闻网, 晋中日报. */
const SOURCE_NAME = /^([\u4e00-\u9fff]{2,12}?(?:新闻网|网|在线|日报|晚报|都市报|报|电视台|广播电视台))(?=[\s|,，)）]|$)/u;
/** The words before a reporter's name in a lead that make the outlet the reporter's employer. */
const REPORTER = /(?:首席|特约|见习)?记者\s*$/u;

export function outletsStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(LEAD)) {
    const name = m[1];
    if (OWN.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    const outlet = addOutlet(doc, start, name);
    // Its reporters: those the lead names after 记者, and the article's credited 记者.
    const leadEnd = start + name.length + 40;
    const named = doc.spansOf('Person').filter((p) => p.start >= start && p.start <= leadEnd && REPORTER.test(norm.slice(Math.max(start, p.start - 6), p.start)));
    reportersAt(doc, outlet, start, named.map((p) => p.key));
  }
  // 来源:平遥县融媒体中心 (a body found like any other) or 来源:平遥新闻网.
  for (let at = norm.indexOf('来源'); at >= 0; at = norm.indexOf('来源', at + 2)) {
    const m = norm.slice(at, at + 20).match(/^来源[:：]\s*/u);
    if (!m) continue;
    const start = at + m[0].length;
    const body = doc.spans.find((x) => x.type === 'Organization' && x.start === start);
    const word = body ? null : norm.slice(start, start + 16).match(SOURCE_NAME)?.[1];
    const outlet = body ?? (word ? addOutlet(doc, start, word) : null);
    if (outlet) reportersAt(doc, outlet, start, []);
  }
}

/** The article's credited 记者 and the reporters named in its lead hold 记者 at the outlet (通讯员 write for it but are
 * not its staff). */
function reportersAt(doc: Doc, outlet: Span, at: number, named: string[]): void {
  const reporters = new Set([...doc.credits.filter((c) => c.role === '记者').map((c) => `Person:${c.name}`), ...named]);
  const [s, e] = doc.sentenceAt(at);
  for (const key of reporters) {
    const props: Record<string, string | boolean> = { title: '记者', head: false, status: 'current' };
    if (doc.date) props.asOf = doc.date;
    doc.relate({ type: 'HOLDS_POSITION', source: key, target: outlet.key, props, confidence: 0.8, start: s, end: e });
  }
}

function addOutlet(doc: Doc, start: number, name: string): Span {
  const end = start + name.length;
  const existing = doc.spans.find((x) => x.type === 'Organization' && x.start <= start && x.end >= end);
  if (existing) return existing;
  // 云上平遥 is 平遥县's; an outlet that names no place (三晋都市报) is not placed.
  const props: Record<string, string | boolean> = { kind: 'media' };
  const { trie } = gazetteer();
  for (let i = 0; i < name.length; i++) {
    const p = trie.longestAt(name, i);
    if (!p) continue;
    const recs = p.values.map((v) => placeByCode(v.code)!).filter((r) => r.level !== 'township');
    const home = doc.home;
    const rec = recs.find((r) => r.code === home || (home !== null && (placeByCode(home)?.ancestors.includes(r.code) || r.ancestors.includes(home)))) ?? (recs.length === 1 ? recs[0] : undefined);
    if (rec) { props.place = `p:${rec.code}`; break; }
  }
  return doc.add({ type: 'Organization', start, end, name, props, key: `Organization:${name}` });
}
