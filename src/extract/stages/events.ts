// Stage: events — a specific meeting or ceremony (启动仪式, 2022年全市教育工作暨…会议) in a sentence that dates or places
// it, or that says someone convened it. Attendance roles (主持, 讲话, 宣读, 出席) come from the words after a person.
import type { Doc } from '../doc.ts';
import { Trie, longestEndingAt } from '../trie.ts';
import { EVENT_NOUNS, EVENT_VERBS, ATTEND_ROLES } from '../lexicon/programs.ts';

const nounRev = Trie.reversed<string>(EVENT_NOUNS.map((w) => [w, w]));
const STOP_LEFT = /[，,。；;：:、！？!?（）()《》\n]/u;
const LEFT_BREAK = /(?:召开|举行|举办|组织|开展|参加|出席|主持|在|于|了|的|并|和|与|及|是|为|到|从|由|对|将|把|次|上|中|后|前|时)$/u;
const DATE_CUE = /(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|近日|日前|当天|上午|下午|晚上|今天)/u;

export function eventsStage(doc: Doc): void {
  const norm = doc.norm;
  for (let e = 2; e <= norm.length; e++) {
    const m = longestEndingAt(nounRev, norm, e, Math.max(0, e - 8));
    if (!m) continue;
    // 会议室, 大会堂, 会议纪要: the noun runs on into another word.
    if (/[\u4e00-\u9fff]/u.test(norm[e] ?? '') && !/^(?:上|中|后|前|精神|要求|期间|现场|结束|召开|举行|在|于|由|并|的|时|开始|正式|隆重|顺利|圆满|主要|指出|强调)/u.test(norm.slice(e, e + 3))) continue;
    // Grow left over the event's name, through quotes, numbers and 暨.
    let s = m.start;
    while (s > 0 && e - s < 45) {
      const c = norm[s - 1];
      if (STOP_LEFT.test(c)) break;
      if (LEFT_BREAK.test(norm.slice(Math.max(0, s - 2), s)) && !/暨$/u.test(norm.slice(0, s))) break;
      s--;
    }
    while (s < m.start && /[”"]/u.test(norm[s])) s++;
    const [ss, se] = doc.sentenceAt(m.start);
    const sentence = norm.slice(ss, se);
    const dated = DATE_CUE.test(sentence);
    const convened = EVENT_VERBS.some((v) => sentence.includes(v));
    if (!dated && !convened) continue;
    const raw = norm.slice(s, e);
    const name = raw.replace(/[“”"]/gu, '');
    if (name.length < 3 && name === m.values[0] && !dated) continue;
    // A bare noun (会议, 大会) without a name is only an event when the sentence dates it.
    if (name === m.values[0] && !['启动仪式', '揭牌仪式', '签约仪式', '座谈会', '开幕式', '现场会', '推进会', '动员会'].includes(name)) continue;
    const props: Record<string, string> = {};
    if (doc.date) props.date = doc.date;
    doc.add({ type: 'Event', start: s, end: e, name, props, key: `Event:${name}` });
  }
}

/** ATTENDED: a person in the event's sentence or the sentence after it, with the role the words after the name give. */
export function attendedStage(doc: Doc): void {
  const norm = doc.norm;
  const events = doc.spansOf('Event');
  if (!events.length) return;
  for (const p of doc.spansOf('Person')) {
    if (p.props.cue === 'byline') continue;
    const [ps, pe] = doc.sentenceAt(p.start);
    // The event this sentence is about: one in the same sentence, else the last one mentioned before within 2 sentences.
    let ev = events.find((x) => x.start >= ps && x.start < pe);
    if (!ev) {
      const prev = events.filter((x) => x.start < ps && ps - x.end < 300);
      ev = prev[prev.length - 1];
      if (!ev) continue;
      // …上,X指出: only a speech in a sentence that opens with 会上/仪式上 or the like counts.
      if (!/^(?:[^，,]{0,12}(?:上|中|期间))[，,]/u.test(norm.slice(ps, pe)) && !/^[^，,]{0,4}$/u.test(norm.slice(ps, p.start))) continue;
    }
    const after = norm.slice(p.end, p.end + 10).replace(/^(?:同志|在会上|在仪式上|在活动上|在会议上|出席并|,|，)/u, '');
    let role: string | null = null;
    for (const [re, r] of ATTEND_ROLES) if (re.test(after)) { role = r; break; }
    if (!role) continue;
    doc.relate({ type: 'ATTENDED', source: p.key, target: ev.key, props: { role }, confidence: 0.7, start: ps, end: pe });
  }
}
