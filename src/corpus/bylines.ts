// Bylines and credits: who wrote, photographed or edited an article. Source: shared/docs/genre-notes.md ("Bylines").

export interface Credit { name: string; role: string; start: number; end: number }

const ROLE_WORDS: Array<[RegExp, string]> = [
  [/^(?:本报|本台|本刊)?(?:首席|特约|见习)?记者$/u, '记者'], [/^(?:本报|本台)?通讯员$/u, '通讯员'], [/^(?:作者|撰稿|撰文)$/u, '作者'],
  [/^(?:责任编辑|责编|编辑|值班编辑|美编)$/u, '编辑'], [/^(?:审核|审校|校对|一审|二审|三审|终审|签发)$/u, '审核'], [/^(?:摄影|摄像|图片)$/u, '摄影'],
  [/^文$/u, '文'], [/^图$/u, '图'], [/^(?:消息来源|来源|供稿)$/u, '来源'],
];

function roleOf(word: string): string | null {
  for (const [re, r] of ROLE_WORDS) if (re.test(word)) return r;
  return null;
}

const NAME = /^[\u4e00-\u9fff·]{2,4}$/u;
/** Words of a byline that are neither roles nor names (发布时间, 签发) and outlets credited like people ((汾民政), 本网). */
const NOT_A_NAME = /^(?:发布时间|发布|时间|日期|签发|浏览|点击|字号|打印|关闭|分享|本网|本站|本报|本台)$|(?:网|宣传|新闻|融媒|民政|报社|日报|电视台|中心|办公室)$/u;

/** Lines that are a byline at an article's start: □ 本报记者 李琳琳; 本报通讯员 孙月秋; 来源:X 作者:Y 编辑:Z. */
export const START_BYLINE = /^(?:[□■◎●【]\s*)?(?:(?:本报|本台|本刊)?(?:首席|特约|见习)?记者|(?:本报)?通讯员|来源[:：]|作者[:：]|文[\/／]|图[\/／]|撰文|撰稿)/u;
/** Lines that close an article: (郝健), (文/李勇斌 图/…), 记者 刘友旺 文/摄, 李勇斌 摄, X供稿. */
export const END_BYLINE = /^(?:(?:责任编辑|责编|编[\s　]?辑|审[\s　]?核|[一二三终][\s　]?审|校[\s　]?对|签[\s　]?发|记[\s　]?者|作[\s　]?者)[:：]\s*[\u4e00-\u9fff·][\u4e00-\u9fff·\s　、]*[\u4e00-\u9fff·]|[(（][^()（）]{2,60}[)）]|(?:(?:本报)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*\s*(?:文[\/／]摄|摄影?|供稿|报道)|[\u4e00-\u9fff]{2,30}供稿|本稿配图由.{2,30}提供|□\s*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*\s*[\/／]\s*(?:文|图|摄|文图|图文))$/u;
/** A credit in parentheses at the very end of a paragraph: …转入常态化工作。(文/李勇斌 图/李勇斌 郝健 王仰哲) */
export const TRAILING_CREDIT = /[(（]((?:[\u4e00-\u9fff]{2,12}(?:办|中心|局|站|台|社)\s+)?(?:文|图|记者|通讯员|作者|摄影?)?\s*[\/／|｜:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、,，\/／]+(?:文|图|摄|记者|通讯员)?[\/／]?\s*[\u4e00-\u9fff·]{2,4})*(?:图[\/／]文|文[\/／]图)?)[)）]$/u;

/**
 * Parses credits from a byline string whose first character is at source offset `base` (offsets are mapped by `at`).
 * Unknown words are names when they look like one (2–4 Chinese characters); role words set the role of what follows.
 */
export function parseCredits(raw: string, at: (i: number) => number): Credit[] {
  const out: Credit[] = [];
  // 编 辑:许丽娜, 二 审:赵志强 — role words spaced out; 郭美玲 吴建宇图/文 — a shared role after the names. Both are
  // rewritten in place with the same length, so offsets still hold.
  // 记 者:庞 懿 — a two-character name padded to the width of three is one name (its span keeps the space).
  const text = raw.replace(/(编|审|校|签|[一二三终]|记|作|摄)[\s　](辑|核|对|发|审|者|影)/gu, '$1$2\u0000').replace(/([\u4e00-\u9fff])(图[\/／]文|文[\/／]图)$/u, '$1 $2')
    .replace(/([:：]\s*)([\u4e00-\u9fff])[\s　]([\u4e00-\u9fff])(?=[\s　]|$)/gu, '$1$2$3\u0001');
  const shared = /(?:图[\/／]文|文[\/／]图)\s*$/u.test(text) ? '图/文' : null;
  let role = '作者';
  // Tokens: role words, separators, names. "文/摄" after names applies to them.
  const re = /(本报|本台|本刊)?(首席|特约|见习)?(记者|通讯员|作者|撰稿|撰文|责任编辑|责编|编辑|值班编辑|美编|审核|审校|校对|一审|二审|三审|终审|签发|摄影|摄像|消息来源|来源|供稿)[:：]?|([文图])[\/／]|[\u4e00-\u9fff·]+/gu;
  const pending: Credit[] = [];
  for (const m of text.matchAll(re)) {
    const w = m[0];
    const idx = m.index!;
    if (m[3]) { role = roleOf(m[3]) ?? role; continue; }
    if (m[4]) { role = m[4]; continue; }
    // Trailing role words written after the names: 李勇斌 摄, 刘友旺 文/摄, X供稿.
    const tail = w.match(/^(.*?)(文摄|摄影|摄|供稿|报道)$/u);
    let word = w;
    let tailRole: string | null = null;
    if (tail && tail[1].length >= 2) { word = tail[1]; tailRole = tail[2] === '供稿' ? '供稿' : tail[2] === '报道' ? role : '摄影'; }
    else if (tail && tail[1] === '') { for (const p of pending) p.role = tail[2] === '供稿' ? '供稿' : '摄影'; continue; }
    if (w === '文' && text[idx + 1] === '/') continue;
    if (!NAME.test(word) || roleOf(word) || NOT_A_NAME.test(word)) continue;
    // 来源:平遥县网 names the outlet, not a person.
    if (role === '来源') continue;
    const padded = text[idx + word.length] === '\u0001';
    const c: Credit = { name: word, role: tailRole ?? role, start: at(idx), end: at(idx + word.length - (padded ? 0 : 1)) + 1 };
    out.push(c);
    pending.push(c);
  }
  // 林森 宋可为/文: a role written after the names, behind a slash, is theirs.
  const after = text.match(/[\/／]\s*(文|图|摄|文图|图文)\s*$/u)?.[1];
  if (after) for (const c of out) c.role = after === '摄' ? '摄影' : after.length > 1 ? '图/文' : after;
  // "记者 刘友旺 文/摄": a 文/摄 after the name makes it 记者 + 摄影.
  if (/文[\/／]摄\s*$/u.test(text)) for (const c of out) if (c.role === '文') c.role = '文、摄';
  if (shared) for (const c of out) if (c.role === '作者' || c.role === '图') c.role = shared;
  return out;
}
