// Stage: programs (campaigns, policies, reforms). Mostly a quoted core followed by a generic noun (“双减”政策); several
// quotes may share one noun (“护苗”“秋风”“净网”等五大专项行动); a few well-known programs appear unquoted.
import type { Doc } from '../doc.ts';
import { Trie } from '../trie.ts';
import { PROGRAM_NOUNS, SLOGAN, KNOWN_PROGRAMS, PROGRAM_PHRASE_END, PROGRAM_OPENERS, GENERIC_PROGRAM } from '../lexicon/programs.ts';

const nounTrie = new Trie<[string, string]>();
for (const [w, k] of PROGRAM_NOUNS) nounTrie.add(w, [w, k]);
const knownTrie = new Trie<[string, string]>();
for (const [w, k] of KNOWN_PROGRAMS) knownTrie.add(w, [w, k]);

// A quote followed by these words is a quotation or a role, not a program name (“第一责任人”责任, “…”的理念).
const QUOTATION_AFTER = /^(?:的|责任|理念|思路|要求|目标|导向|问题|乱象|精神|重要|讲话|指示|论述|理论|原则|称号|荣誉|之|式|型|化|般|一词|二字|字)/u;
function group_has_noun(norm: string, after: number): boolean {
  const m = norm.slice(after, after + 8).match(/^(?:等|和|与|及)?(?:[一二三四五六七八九十两0-9]+(?:大|项|个))?/u);
  return nounTrie.longestAt(norm, after + (m ? m[0].length : 0)) !== null;
}

/** A quoted name that ends in a program word is one by itself (“国培计划”, “未成年人保护在行动”). */
const OWN_SUFFIX = /(?:计划|工程|行动|改革|机制|制度|活动|月|年|周|课堂|课|校园)$/u;

/** A program noun within a few characters after a quote, before any punctuation: its kind, or null. */
function nounNear(norm: string, from: number): string | null {
  for (let i = from; i < Math.min(norm.length, from + 8); i++) {
    if (/[，,。；;：:、！？“”《》（）()\n]/u.test(norm[i])) return null;
    const m = nounTrie.longestAt(norm, i);
    if (m && m.values[0][0].length >= 2 && (m.end >= norm.length || /[，,。；;、！？\n]/u.test(norm[m.end]))) return m.values[0][1];
  }
  return null;
}

/** A five-year plan's period: 十四五. */
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/u;

/** Campaigns named after a motto: without their noun the words are the motto. */
const MOTTO_CAMPAIGNS = new Set(['不忘初心、牢记使命', '两学一做']);

/** Nouns after a quote that belong to the program's name rather than being its generic kind. */
const KEPT_NOUNS = new Set(['管理']);

// Quotation marks as codes: indexing a string allocates a one-character string for every CJK character scanned.
const OPEN = new Set([...'“"「『'].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([...'”"」』'].map((c) => c.charCodeAt(0)));
const STRAIGHT = 0x22; // "
const NEWLINE = 0x0a;
const FULL_STOP = 0x3002; // 。
const ACTION_BEFORE = /(?:开展|实施|推进|推动|启动|落实|深化|聚焦|围绕|践行|参与|参加|组织|举办|打造|创建|推行|坚持|持续|深入|扎实|全面|积极|大力|以)了?$/u;

interface Quote { start: number; end: number; inner: string }

function quotes(norm: string): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (!OPEN.has(norm.charCodeAt(i))) continue;
    for (let j = i + 1; j < Math.min(norm.length, i + 40); j++) {
      const c = norm.charCodeAt(j);
      if (CLOSE.has(c) && (c !== STRAIGHT || j > i + 1)) { out.push({ start: i, end: j + 1, inner: norm.slice(i + 1, j) }); i = j; break; }
      if (c === NEWLINE || c === FULL_STOP) break;
    }
  }
  // Single quotes nest inside double ones (“争当‘五星支部’排头兵”): each pair is a quote of its own too.
  let nested = false;
  for (let i = norm.indexOf('‘'); i >= 0; i = norm.indexOf('‘', i + 1)) {
    const j = norm.indexOf('’', i + 1);
    if (j < 0 || j > i + 30 || /[。\n]/u.test(norm.slice(i, j))) continue;
    out.push({ start: i, end: j + 1, inner: norm.slice(i + 1, j) });
    nested = true;
  }
  return nested ? out.sort((a, b) => a.start - b.start) : out;
}

/** Is position `at` inside a program, organisation or document named already? (A function of its own: a closure in a
 * per-character loop that captured the loop variable would allocate a context for every character scanned.) */
function insideName(doc: Doc, at: number): boolean {
  return doc.spans.some((s) => (s.type === 'Program' || s.type === 'Organization' || s.type === 'Document') && s.start <= at && s.end > at && !s.implicit);
}

export function programsStage(doc: Doc): void {
  const norm = doc.norm;
  const qs = quotes(norm);
  for (let qi = 0; qi < qs.length; qi++) {
    const q = qs[qi];
    const inner = q.inner.trim();
    if (inner.length < 2 || inner.length > 30 || SLOGAN.test(inner)) continue;
    // A quoted sentence is not a name — unless a program noun follows it (“弘扬传统文化,传承民族艺术”文化交流活动).
    if (/[。！？?!]/u.test(inner) || (/[，,]/u.test(inner) && (inner.length > 16 || !nounNear(norm, qs[qi].end)))) continue;
    // The run of adjacent quotes sharing one noun: “护苗”“秋风”“净网”等五大专项行动.
    let k = qi;
    while (k + 1 < qs.length && qs[k + 1].start === qs[k].end) k++;
    // “情暖空巢老人”、“书香润童心”等系列活动: quotes joined by 、 share the noun that follows them all.
    let joined = k;
    while (joined + 1 < qs.length && (qs[joined + 1].start === qs[joined].end || (qs[joined + 1].start === qs[joined].end + 1 && norm[qs[joined].end] === '、'))) joined++;
    if (joined > k && /^等/u.test(norm.slice(qs[joined].end, qs[joined].end + 1)) && group_has_noun(norm, qs[joined].end)) k = joined;
    let after = qs[k].end;
    const rest = norm.slice(after, after + 8);
    const m = rest.match(/^(?:等|和|与|及)?(?:[一二三四五六七八九十两0-9]+(?:大|项|个))?/u);
    const skip = m ? m[0].length : 0;
    const noun = nounTrie.longestAt(norm, after + skip);
    // Honors and titles in quotes are the honors stage's.
    const before = norm.slice(Math.max(0, q.start - 6), q.start);
    const following = norm.slice(after, after + 8);
    if (/(?:全国|全省|全市|省级|市级|县级|国家级)$/u.test(before) && /最美|先进|示范|模范|标兵|优秀|称号|荣誉|奖|能手|之星/u.test(inner + following.slice(0, 4))) continue;
    if (/^(?:称号|荣誉|先进|示范|奖|标兵)/u.test(following)) continue;
    // 聚焦“人才引进难”这一最突出的问题: a problem named in quotes is no program.
    if (/^(?:这一|这个|这些|等)[^，,。；;]{0,10}?(?:问题|难题|困难|短板|瓶颈|痛点|堵点|难点)/u.test(norm.slice(qs[k].end, qs[k].end + 16))) { qi = k; continue; }
    // 安全生产知识的“普及月”: a figure of speech after 的, unless a program noun follows it.
    if (norm[q.start - 1] === '的' && !nounTrie.longestAt(norm, after + skip)) continue;
    let kind: string | null = null;
    let aliasNoun = '';
    const group0 = qs.slice(qi, k + 1);
    // A generic noun a few words on (“家风家训”德育品牌项目, “锦绣太原中国年”网络宣传活动) also marks a program.
    const near = !noun && nounNear(norm, after + skip);
    if (noun && KEPT_NOUNS.has(noun.values[0][0]) && k === qi) {
      // “五项”管理, “五色”管理: the noun is part of the name.
      const name = inner + noun.values[0][0];
      doc.add({ type: 'Program', start: q.start, end: noun.end, name, aliases: [norm.slice(q.start, noun.end)], props: { kind: noun.values[0][1] }, key: `Program:${name}` });
      continue;
    }
    if (noun) { kind = noun.values[0][1]; aliasNoun = noun.values[0][0]; after = noun.end; }
    else if (near) kind = near;
    else if (group0.some((g) => OWN_SUFFIX.test(g.inner))) kind = 'campaign';
    else if (ACTION_BEFORE.test(norm.slice(Math.max(0, q.start - 4), q.start))) kind = 'campaign';
    // “十四五”开局: a five-year plan named by its period.
    else if (FIVE_YEAR_PLAN.test(inner)) { kind = 'plan'; aliasNoun = '规划'; }
    // 我县“菜篮子直通车”: a place's own scheme, written as its own.
    else if (/(?:我|全|本)[省市县区镇乡旗]$/u.test(before) && inner.length <= 10 && !QUOTATION_AFTER.test(following) && !/[的了是，,]/u.test(inner)) kind = 'campaign';
    else if (QUOTATION_AFTER.test(following) || inner.length > 14 || /[的了是]|者$|人$/u.test(inner)) kind = null;
    // “14+5”, “点对点”-like numbered schemes stand alone; “三甲”医院, “三类”残疾儿童 qualify the noun after them.
    else if (/^[一二三四五六七八九十两双百千万]/u.test(inner) && inner.length <= 8 && !/^[一二三四五六七八九十两双]+$/u.test(inner)
      && (/^(?:[，,。；;、！？]|等|和|与|及|扎实|全面|深入|持续|稳步|有序|推进|实施|落实|开展|落地)/u.test(norm.slice(qs[k].end, qs[k].end + 2)) || ACTION_BEFORE.test(norm.slice(Math.max(0, q.start - 4), q.start)))) kind = 'other';
    else if (k > qi && group_has_noun(norm, qs[k].end)) kind = 'campaign';
    if (!kind) continue;
    const group = qs.slice(qi, k + 1);
    // “建言二十大”“我看建党百年新成就”专题座谈会: quoted names of meetings are events, not programs.
    const meeting = norm.slice(qs[k].end, qs[k].end + 8).match(/^(?:专题|主题)?(?:座谈会|研讨会|报告会|宣讲会|交流会|分享会|论坛|调研会)/u);
    if (meeting) {
      for (const g of group) {
        const name = g.inner.trim();
        if (name.length >= 2) doc.add({ type: 'Event', start: g.start, end: g.end, name, aliases: [], props: doc.date ? { date: doc.date } : {}, key: `Event:${name}` });
      }
      qi = k;
      continue;
    }
    // 以“喜迎二十大、奋进新征程”为主题: the theme of something else.
    if (norm[q.start - 1] === '以' && /^为(?:主题|主线)/u.test(norm.slice(qs[k].end, qs[k].end + 3))) { qi = k; continue; }
    for (const g of group) {
      const name = g.inner.trim().replace(/等$/u, '');
      if (name.length < 2 || SLOGAN.test(name) || GENERIC_PROGRAM.test(name)) continue;
      const aliases = aliasNoun && group.length === 1 ? [name + aliasNoun] : [];
      doc.add({ type: 'Program', start: g.start, end: group.length === 1 ? after : g.end, name, aliases, props: { kind }, key: `Program:${name}` });
    }
    qi = k;
  }
  // Unquoted, well-known programs.
  for (let i = 0; i < norm.length; i++) {
    const m = knownTrie.longestAt(norm, i);
    if (!m) continue;
    if (insideName(doc, i)) { i = m.end - 1; continue; }
    const [name, kind] = m.values[0];
    const noun = nounTrie.longestAt(norm, m.end);
    // 不忘初心、牢记使命 is also a motto: the campaign only with its noun (主题教育) after it.
    if (MOTTO_CAMPAIGNS.has(name) && !noun) { i = m.end - 1; continue; }
    doc.add({ type: 'Program', start: i, end: noun ? noun.end : m.end, name, aliases: noun ? [name + noun.values[0][0]] : [], props: { kind, known: true }, key: `Program:${name}` });
    i = m.end - 1;
  }
}

const openerRe = new RegExp(`(?:${[...PROGRAM_OPENERS].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

/** Unquoted program phrases opened by a verb and closed by a program word: 实施第四期学前教育行动计划. */
export function programPhrasesStage(doc: Doc): void {
  const norm = doc.norm;
  for (const m of norm.matchAll(openerRe)) {
    const from = m.index! + m[0].length;
    // The phrase runs to the clause end; take the longest prefix that ends in a program word.
    let to = from;
    while (to < norm.length && to - from < 24 && !/[，,。；;：:！？“”（）()《》\n]/u.test(norm[to])) to++;
    if (to - from < 4) continue;
    let phrase = norm.slice(from, to);
    let end = to;
    while (phrase.length >= 4 && !PROGRAM_PHRASE_END.test(phrase)) { phrase = phrase.slice(0, -1); end--; }
    if (phrase.length < 4) continue;
    let start = from;
    // 落实各项就业扶持政策, 开展一系列活动: collective mentions of many programs, none named.
    if (/^(?:各项|各类|一系列|一批|相关|有关|多项|系列)/u.test(phrase)) continue;
    const lead = phrase.match(new RegExp(`^(?:好|了|起|年|全市|全县|全区|全省|我市|我县|我区|全面|持续|深入|进一步|各类|各项|一批|一系列|${PROGRAM_OPENERS.join('|')})+`, 'u'));
    if (lead) { phrase = phrase.slice(lead[0].length); start += lead[0].length; }
    if (phrase.length < 4 || GENERIC_PROGRAM.test(phrase) || SLOGAN.test(phrase)) continue;
    // A list may share one program word (名校培育、特色创建工程), but a long list is several things.
    if (phrase.startsWith('、') || (phrase.includes('、') && (phrase.length > 16 || phrase.split('、').length > 3))) continue;
    if (/[了着过把被给]|提供|为了|等$/u.test(phrase)) continue;
    if (/[0-9０-９]|的|(?:编制|体制|建制|学制|机制体制)$/u.test(phrase)) continue;
    if (doc.spans.some((s) => (s.type === 'Program' || s.type === 'Event' || s.type === 'Organization' || s.type === 'Document') && s.start < end && s.end > start)) continue;
    if (/《[^》]*$/u.test(norm.slice(Math.max(0, start - 40), start))) continue;
    let name = phrase;
    const aliases: string[] = [];
    // 实施课后服务政策, 实施名校培育、特色创建工程: the generic noun goes to an alias, as with quoted names.
    if (/(?:活动|政策|工程)$/u.test(name) && name.length > 5) { aliases.push(name); name = name.slice(0, -2); }
    // …建设年系列活动: 系列 belongs to the generic noun too.
    if (/系列$/u.test(name) && name.length > 6) name = name.slice(0, -2);
    // 开展艺术插花、婚恋交友等活动: examples of a kind of activity, none a program of its own.
    if (/\s/u.test(name) || /等$/u.test(name)) continue;
    const kind = /改革$/u.test(name) ? 'reform' : /(?:机制|制度|制)$/u.test(name) ? 'mechanism' : /(?:计划|工程|平台|试点|示范区)$/u.test(name) ? 'project' : 'campaign';
    doc.add({ type: 'Program', start, end, name, aliases, props: { kind, opener: m[0] }, key: `Program:${name}` });
  }
}

/**
 * Unquoted lists of programs after a verb: 实施推普攻坚、推普助力乡村振兴、国家通用语言文字高质量普及“三大行动”
 * (a numbered summary in quotes follows) or 开展教育创安、科技创安、文化创安 (the items share their last words).
 */
export function programListsStage(doc: Doc): void {
  const norm = doc.norm;
  const re = /(?:实施|开展|推进|推动|深化|打好|启动)([\u4e00-\u9fff]{2,16}(?:、[\u4e00-\u9fff]{2,16}){1,5})(“[一二三四五六七八九十]+(?:大|项|个)[\u4e00-\u9fff]{1,4}”)?/gu;
  for (const m of norm.matchAll(re)) {
    const items = m[1].split('、');
    // 开展教育创安、科技创安、文化创安等一系列活动: the list ends at 等.
    const last = items[items.length - 1];
    const etc = last.search(/等(?:[一二三四五六七八九十两多]+[项个大类]|一系列|系列)?[\u4e00-\u9fff]{0,6}$/u);
    if (etc > 0) items[items.length - 1] = last.slice(0, etc);
    const tail2 = items.map((x) => x.slice(-2));
    const shared = tail2.every((x) => x === tail2[0]) && items.length >= 3;
    if (!m[2] && !shared) continue;
    let pos = m.index! + m[0].indexOf(m[1]);
    for (const item of items) {
      const start = pos;
      pos += item.length + 1;
      if (item.length < 3 || GENERIC_PROGRAM.test(item) || /[的了着]/u.test(item)) continue;
      if (doc.spans.some((x) => x.start < start + item.length && x.end > start && (x.type === 'Program' || x.type === 'Organization' || x.type === 'Event'))) continue;
      doc.add({ type: 'Program', start, end: start + item.length, name: item, props: { kind: 'campaign', opener: m[0].slice(0, 2) }, key: `Program:${item}` });
    }
  }
}
