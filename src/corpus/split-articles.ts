// A newspaper page → its articles. Headings, leads (本报讯, X月X日), bylines at either end, photo captions and boxes mark
// where items begin and end; paragraphs broken by the layout are joined, repeated paragraphs dropped; every character
// keeps its source offset.
import { OffsetMap } from './offset-map.ts';
import { textLines, htmlLines, type Line } from './lines.ts';
import type { SourceText } from './read-source.ts';
import { START_BYLINE, END_BYLINE, TRAILING_CREDIT, parseCredits, type Credit } from './bylines.ts';
import { findDate, inferYear } from './dates.ts';

export type { Credit } from './bylines.ts';

export interface Paragraph { text: string; start: number; end: number }

export interface ArticleSlice {
  index: number;
  title: string;
  titleStart: number;
  titleEnd: number;
  /** title index -> source offset (a multi-line title is joined with a space) */
  titleMap: OffsetMap;
  kicker?: string;
  kind: 'article' | 'caption' | 'box';
  byline: string | null;
  credits: Credit[];
  text: string;
  map: OffsetMap;
  start: number;
  end: number;
  date: string | null;
  dateInferred: boolean;
}

/** Opening words of a news lead: 本报讯, 6月27日, 近日… */
const LEAD = /^(?:本报讯|本台讯|讯[\s　]|[(（]?记者|[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日|近日|日前|近期|连日来|今年以来|[0-9]{4}年[0-9]{1,2}月)/u;
/** A news headline names its actor first: 双辽市王奔镇开展主题活动, “百姓名嘴”走进基层…, 梨树县推动… */
const HEADLINE = /^(?:[\u4e00-\u9fff]{1,8}(?:省|市|县|区|旗|镇|乡|村|街道|社区)|“[^”]{2,12}”)[\u4e00-\u9fff“”]{0,12}?(?:召开|开展|举行|举办|推动|推进|组织|启动|走进|进入|获评|荣获|实施|出台|发布|印发|部署|开幕|闭幕|投入使用|走访|慰问|调研|视察|签约|揭牌|成立|表彰)/u;
/** An organisation named in a credit: 中共太原市委党史研究室供稿, 来源:平遥县融媒体中心, (寿阳县新闻办 …). */
const CREDITED_BODY = /[\u4e00-\u9fff]{2,20}(?:办公室|研究室|中心|办|局|委员会|部|站|台|社|新闻网|网|在线|日报|晚报|报)(?=供稿|提供|[\s)）:：,，|]|$)/u;
/** A credit inside a news lead: 本报讯 (通讯员 邓立飞 记者 范永军)…; 云上平遥讯 记者李明远报道:…. */
const LEAD_CREDIT = /^(?:本报讯|本台讯|[\u4e00-\u9fff]{1,10}讯)\s*(?:[(（]((?:[^()（）]{0,4})(?:记者|通讯员|见习记者|特约记者)[^()（）]{2,40})[)）]|((?:本报)?(?:见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*)\s*(?:报道)?[:：,，\s])/u;
const FINAL = /(?:[。！？!?；;…]|[。！？!?…][”"’』」]|[)）])$/u;
const MAX_HEADING = 36;

type Kind = 'blank' | 'heading' | 'short' | 'startByline' | 'endByline' | 'body';

interface Classified { line: Line; kind: Kind }

function classify(l: Line): Kind {
  const t = l.text;
  if (!t) return 'blank';
  if (l.heading > 0) return 'heading';
  // 本报通讯员 王健 摄 under a paragraph credits a photo: it closes a caption, it does not open an article.
  // A site's credit line may end with the time it was posted: …消息来源 X | 2022-05-20 22:11:40.
  const credit = t.replace(/\s*[|｜]?\s*\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u, '');
  if (credit.length <= 50 && START_BYLINE.test(t) && !FINAL.test(t) && !/摄影?$/u.test(t)) return 'startByline';
  if (t.length <= 70 && END_BYLINE.test(t)) return 'endByline';
  if (t.length <= MAX_HEADING && !FINAL.test(t) && !/^[0-9]{3,4}\s*年/u.test(t) && !/[，,]$/u.test(t)) return 'short';
  return 'body';
}

interface Draft {
  titleLines: Line[];
  kicker: string[];
  bylines: Line[];
  paragraphs: Line[][];
  credits: Credit[];
  ended: boolean;
  kind: ArticleSlice['kind'];
}

function newDraft(): Draft {
  return { titleLines: [], kicker: [], bylines: [], paragraphs: [], credits: [], ended: false, kind: 'article' };
}

export function splitArticles(src: SourceText): ArticleSlice[] {
  const lines = (src.isHtml ? htmlLines(src.text) : textLines(src.text)).map((line) => ({ line, kind: classify(line) }));
  const drafts: Draft[] = [];
  let cur = newDraft();
  let blankRun = 0;
  const push = () => {
    if (cur.paragraphs.length || cur.titleLines.length) drafts.push(cur);
    cur = newDraft();
  };
  const nextContent = (i: number): Classified | null => {
    for (let k = i; k < lines.length; k++) if (lines[k].kind !== 'blank' && lines[k].kind !== 'heading' && lines[k].kind !== 'short') return lines[k];
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const { line, kind } = lines[i];
    if (kind === 'blank') { blankRun++; continue; }
    const gap = blankRun;
    blankRun = 0;
    if (kind === 'heading' || kind === 'short') {
      // A run of heading lines: a new item, or a section heading inside the current one.
      const group: Classified[] = [];
      let k = i;
      for (; k < lines.length; k++) {
        const c = lines[k];
        if (c.kind === 'heading' || c.kind === 'short') group.push(c);
        else if (c.kind !== 'blank') break;
      }
      const after = nextContent(k);
      const hasH1 = group.some((g) => g.line.heading === 1);
      const leadFollows = !!after && (after.kind === 'startByline' || LEAD.test(after.line.text));
      const last = group[group.length - 1].line.text;
      const newsHeadline = group.length >= 2 && HEADLINE.test(last);
      const startsNew = hasH1 || leadFollows || newsHeadline || cur.ended || (cur.paragraphs.length === 0 && cur.titleLines.length === 0);
      if (startsNew) {
        push();
        assignTitle(cur, group.map((g) => g.line));
      } else {
        for (const g of group) cur.paragraphs.push([g.line]);
      }
      i = k - 1;
      continue;
    }
    if (kind === 'startByline') {
      // 来源:… under an article's closing credits, with nothing after it but more credits, is that article's source.
      const tail = cur.ended && /^来源[:：]/u.test(line.text) && lines.slice(i + 1).every((c) => c.kind === 'blank' || c.kind === 'endByline' || c.kind === 'startByline');
      if (cur.ended && !tail) push();
      cur.bylines.push(line);
      cur.credits.push(...parseCredits(line.text, (j) => line.map.toSource(j)));
      continue;
    }
    if (kind === 'endByline' && cur.paragraphs.length === 0 && cur.titleLines.length > 0) {
      // □ 任应斌 right under a headline is the author's line at the start.
      cur.bylines.push(line);
      cur.credits.push(...parseCredits(line.text.replace(/^[□■◎●]\s*/u, ''), (j) => line.map.toSource(j + (line.text.length - line.text.replace(/^[□■◎●]\s*/u, '').length))));
      continue;
    }
    if (kind === 'endByline') {
      // A photographer's credit after a short, separated paragraph: that paragraph is a photo caption of its own.
      const last = cur.paragraphs[cur.paragraphs.length - 1];
      if (/摄影?$/u.test(line.text) && last && cur.paragraphs.length > 1 && lastGap(lines, i) >= 2) {
        cur.paragraphs.pop();
        push();
        cur.kind = 'caption';
        cur.paragraphs.push(last);
      }
      cur.bylines.push(line);
      if (!/本稿配图由/u.test(line.text)) cur.credits.push(...parseCredits(line.text.replace(/^[(（]|[)）]$/gu, ''), (j) => line.map.toSource(j + (/^[(（]/u.test(line.text) ? 1 : 0))));
      cur.ended = !/本稿配图由/u.test(line.text);
      continue;
    }
    // Body paragraph.
    if (cur.ended) {
      push();
      // Items after a closed one with no heading: a caption or a box; their title comes from their text.
      cur.kind = gap >= 2 ? 'caption' : 'box';
    }
    const prev = cur.paragraphs[cur.paragraphs.length - 1];
    const prevLine = prev?.[prev.length - 1];
    if (prevLine && prevLine.heading === 0 && prevLine.text.length > 8 && !FINAL.test(prevLine.text) && !/[：:]$/u.test(prevLine.text) && classify(prevLine) === 'body' && gap <= 1) {
      // The layout broke this paragraph mid-sentence (严格落实安 / 全生产法): join the pieces.
      prev.push(line);
    } else {
      cur.paragraphs.push([line]);
    }
    // A credit in the lead: 本报讯 (记者 田治国) 5月24日…, 云上平遥讯 记者李明远报道:….
    const lead = line.text.match(LEAD_CREDIT);
    if (lead) {
      const inner = lead[1] ?? lead[2];
      const off = line.text.indexOf(inner, lead.index!);
      cur.credits.push(...parseCredits(inner, (j) => line.map.toSource(off + j)));
      cur.bylines.push({ ...line, text: inner });
    }
    // A credit in parentheses closing the paragraph: …常态化工作。(文/李勇斌 图/…)
    const m = line.text.match(TRAILING_CREDIT);
    if (m && m.index! > 0) {
      const off = m.index! + 1;
      cur.credits.push(...parseCredits(m[1], (j) => line.map.toSource(off + j)));
      cur.bylines.push({ ...line, text: m[0] });
      cur.ended = true;
    }
  }
  push();
  return finish(src, drafts);
}

/** The first clause of a sentence that is neither its purpose (为…, 按照…) nor only its time (近日, 5月6日上午). */
function headClause(sentence: string): string {
  const clauses = sentence.split(/[，,]/u);
  const head = clauses.find((c) => c.length >= 4 && !/^(?:为了?|按照|根据|围绕|结合)/u.test(c)
    && !/^(?:日前|近日|近期|目前|今年以来|近年来|[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日(?:上午|下午|晚上|晚)?)$/u.test(c));
  return head ?? sentence.replace(/^(?:日前|近日|近期)[，,]/u, '');
}

function lastGap(lines: Classified[], i: number): number {
  // Blank lines before the paragraph that precedes line i.
  let k = i - 1;
  while (k >= 0 && lines[k].kind === 'blank') k--;
  let n = 0;
  for (k = k - 1; k >= 0 && lines[k].kind === 'blank'; k--) n++;
  return n;
}

function assignTitle(d: Draft, group: Line[]): void {
  let lines = [...group];
  // ——伊通满族自治县教育工作综述 is a subtitle; a column name (政务之要) stands first and short.
  d.kicker.push(...lines.filter((l) => /^——/u.test(l.text)).map((l) => l.text));
  lines = lines.filter((l) => !/^——/u.test(l.text));
  const h1 = lines.filter((l) => l.heading === 1);
  if (h1.length) {
    d.kicker.push(...lines.filter((l) => l.heading !== 1).map((l) => l.text));
    lines = h1;
  } else if (lines.length > 2) {
    // A headline is one or two lines; what stands above it is a column name or a kicker.
    d.kicker.push(...lines.slice(0, -2).map((l) => l.text));
    lines = lines.slice(-2);
  } else if (lines.length === 2 && lines[0].text.length <= 5 && lines[0].heading === 0) {
    d.kicker.push(lines[0].text);
    lines = lines.slice(1);
  } else if (lines.length >= 2 && lines[0].heading > 0 && lines[1].heading > lines[0].heading) {
    // ## 统筹调配 夯实责任 / ### 铁东区召开全区农田排涝推进会: the deeper heading is the headline, the other its kicker.
    d.kicker.push(lines[0].text);
    lines = lines.slice(1);
  }
  d.titleLines = lines.slice(0, 3);
  for (const extra of lines.slice(3)) d.paragraphs.push([extra]);
}

function finish(src: SourceText, drafts: Draft[]): ArticleSlice[] {
  const seen = new Set<string>();
  const out: ArticleSlice[] = [];
  const pageYear = inferYear(src.text);
  for (const d of drafts) {
    const map = new OffsetMap();
    let text = '';
    const paras: Paragraph[] = [];
    for (const pieces of d.paragraphs) {
      const ptext = pieces.map((p) => p.text).join('');
      // A paragraph printed twice on the page is read once.
      if (ptext.length >= 20 && seen.has(ptext)) continue;
      seen.add(ptext);
      if (text) { map.pushInserted(pieces[0].start, 1); text += '\n'; }
      for (const p of pieces) {
        let body = p.text;
        // Keep the trailing credit out of the text — unless it names an organisation (寿阳县新闻办 郭美玲 图/文).
        const m = body.match(TRAILING_CREDIT);
        if (m && m.index! > 0 && p === pieces[pieces.length - 1] && !CREDITED_BODY.test(m[1])) body = body.slice(0, m.index!);
        for (let i = 0; i < body.length; i++) map.push(p.map.toSource(i), 1);
        text += body;
      }
      paras.push({ text: ptext, start: pieces[0].start, end: pieces[pieces.length - 1].end });
    }
    // A byline that credits an organisation (中共太原市委党史研究室供稿, 来源:平遥县融媒体中心) names it: its words join the
    // text so the organisation is found like any other.
    for (const b of d.bylines) {
      if (!CREDITED_BODY.test(b.text) || b.map.size !== b.text.length) continue;
      if (text) { map.pushInserted(b.start, 1); text += '\n'; }
      for (let i = 0; i < b.text.length; i++) map.push(b.map.toSource(i), 1);
      text += b.text;
    }
    if (!text.trim() && !d.titleLines.length) continue;
    let title = d.titleLines.map((l) => l.text).join(' ');
    const titleMap = new OffsetMap();
    d.titleLines.forEach((l, k) => {
      if (k > 0) titleMap.pushInserted(l.start, 1);
      for (let i = 0; i < l.text.length; i++) titleMap.push(l.map.toSource(i), 1);
    });
    let titleStart = d.titleLines.length ? d.titleLines[0].start : -1;
    let titleEnd = d.titleLines.length ? d.titleLines[d.titleLines.length - 1].end : -1;
    if (!title) {
      // No heading (captions, boxes, a page that opens mid-article): the first sentence's first clause that says what
      // happened stands in for a title, past its purpose and its time (为深入学习…,近日,市委宣讲团进入福安社区,…).
      title = headClause(text.split(/[。！？\n]/u)[0]).slice(0, 40);
      titleStart = -1; titleEnd = -1;
    }
    const all = [...d.titleLines, ...d.bylines, ...d.paragraphs.flat()];
    const start = Math.min(...all.map((l) => l.start));
    const end = Math.max(...all.map((l) => l.end));
    let dt = findDate(text, pageYear);
    // A history box (1922 年 1 月 21 日…) is dated by its page, not by the events it recalls.
    if (dt && pageYear && Number(dt.date.slice(0, 4)) < pageYear - 2) dt = null;
    out.push({
      index: out.length,
      title,
      titleStart,
      titleEnd,
      titleMap,
      kicker: d.kicker.length ? d.kicker.join(' ') : undefined,
      kind: d.kind,
      byline: d.bylines.length ? d.bylines.map((b) => b.text).join(' ') : null,
      credits: d.credits,
      text,
      map,
      start,
      end,
      date: dt?.date ?? null,
      dateInferred: dt?.inferred ?? false,
    });
  }
  return out;
}
