// Stage: person names. Found where the genre puts them: after a title (主任李正奎), before a speech verb at the start of a
// clause (李正奎指出), in lists after 市领导, and in bylines; then every later occurrence of a found name is a mention.
import type { Doc } from '../doc.ts';
import { Trie } from '../trie.ts';
import { TITLES } from '../lexicon/titles.ts';
import { tag } from '../segmenter.ts';
import { placeByCode } from '../gazetteer.ts';
import { SURNAMES, COMPOUND_SURNAMES, SPEECH_VERBS, NOT_NAME_CHARS, ANONYMOUS, LIST_CUES, NATIONAL_LEADERS, WEAK_SURNAMES, COMMON_SURNAMES, PERSON_DESCRIPTORS } from '../lexicon/names.ts';

const titleTrie = new Trie<string>();
for (const t of TITLES.keys()) titleTrie.add(t, t);
const followTrie = new Trie<string>();
for (const w of SPEECH_VERBS) followTrie.add(w, w);
const HARD_END = /[，,。；;：:、！？!?“”"（）()《》\s]/u;
const CLAUSE_START = /[，,。；;：:！？!?“"（(\n]/u;
// The same characters as codes: per-character loops test codes, since indexing a string allocates a one-character
// string for every CJK character.
const CLAUSE_START_CODES = new Set([...'，,。；;：:！？!?“"（(\n'].map((c) => c.charCodeAt(0)));
const opensClause = (norm: string, i: number): boolean => i === 0 || CLAUSE_START_CODES.has(norm.charCodeAt(i - 1));
const LEADER_TITLES = new Set(['总书记', '总理', '副总理', '主席', '副主席', '委员长', '同志', '书记', '省长', '市长', '县长', '区长', '部长',
  '镇长', '乡长', '旗长', '局长', '校长', '院长', '所长', '站长', '主任', '村支书', '处长', '科长']);
const STRONG_SPEECH = new Set(['代表', '指出', '强调', '要求', '表示', '介绍', '认为', '提出', '希望', '说道', '谈到', '坦言', '透露', '主持', '宣读',
  '致辞', '讲话', '点评', '总结', '寄语', '勉励', '叮嘱', '一行', '带队', '率队', '说']);

// Per UTF-16 code unit: 1 = a surname, 2 = the first character of a compound surname (this runs for every character,
// so it reads a table instead of making one-character strings).
const SURNAME_FLAGS = new Uint8Array(0x10000);
for (const s of SURNAMES) if (s.length === 1) SURNAME_FLAGS[s.charCodeAt(0)] |= 1;
for (const s of COMPOUND_SURNAMES) SURNAME_FLAGS[s.charCodeAt(0)] |= 2;

function surnameAt(norm: string, pos: number): number {
  const f = pos < norm.length ? SURNAME_FLAGS[norm.charCodeAt(pos)] : 0;
  if (!f) return 0;
  if (f & 2 && COMPOUND_SURNAMES.has(norm.slice(pos, pos + 2))) return 2;
  return f & 1;
}

/** 全 ends a given name (韩德全) unless it opens a 全县/全面-style word there. */
function givenQuan(norm: string, i: number, end: number): boolean {
  return norm[i] === '全' && i === end - 1 && !/[县市区省国镇乡村旗州面体部力程年球民场局会]/u.test(norm[i + 1] ?? '');
}

function isNameChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff && !NOT_NAME_CHARS.has(c);
}

/**
 * A name starting at `pos`: a surname and one or two given characters, followed by a clause boundary or a word that
 * follows names. Returns its end, or -1. `strict` demands a strong follower (a speech verb) rather than any.
 */
export function nameAt(norm: string, pos: number, followers: 'any' | 'speech' = 'any'): number {
  const sl = surnameAt(norm, pos);
  if (!sl) return -1;
  for (let given = 1; given <= 2; given++) {
    const end = pos + sl + given;
    if (end > norm.length) break;
    let ok = true;
    for (let i = pos + sl; i < end; i++) if (!isNameChar(norm[i]) && !givenQuan(norm, i, end)) { ok = false; break; }
    if (!ok) break;
    const next = norm[end];
    const f = followTrie.longestAt(norm, end);
    if (followers === 'speech') {
      if (f && STRONG_SPEECH.has(norm.slice(end, f.end))) return end;
      continue;
    }
    if (next === undefined || HARD_END.test(next) || f || titleTrie.longestAt(norm, end)) {
      // 王伟强调: prefer the shorter name when the longer one would swallow the verb's first character.
      return end;
    }
  }
  return -1;
}

/** jieba knows common words: a candidate that starts with one (常规工, 明确, 管理) or ends in a title (任队长) is no name. */
export function isLikelyName(name: string): boolean {
  const toks = tag(name);
  if (toks.length === 1) return toks[0].tag.startsWith('nr') || toks[0].word.length === 1 || !/^(?:n|v|vn|a|ad|d|p|u|c|r|m|q|t|f|l|i|an|vd|nz|ns|nt)$/u.test(toks[0].tag);
  if (toks[0].word.length >= 2 && !toks[0].tag.startsWith('nr') && !COMPOUND_SURNAMES.has(toks[0].word)) return false;
  // 谈变化, 力提升: a one-character word that is not tagged as a surname, then a common two-character word.
  if (toks.length === 2 && toks[0].word.length === 1 && !toks[0].tag.startsWith('nr') && toks[1].word.length === 2
    && /^(?:v|vn|n|a|ad|an|d)$/u.test(toks[1].tag)) return false;
  if (toks.slice(1).some((t) => TITLES.has(t.word))) return false;
  return true;
}

/** Is the text one common word (not a name) for jieba, or a word and a title (任队长)? */
function isCommonWord(name: string): boolean {
  const toks = tag(name);
  if (toks.length === 1) return !toks[0].tag.startsWith('nr') && /^(?:n|v|vn|a|ad|d|p|u|c|r|m|q|t|f|l|i|an|vd|ns|nt)$/u.test(toks[0].tag);
  return toks.slice(1).some((t) => TITLES.has(t.word)) || !isLikelyName(name) && toks.length === 2 && toks[0].word.length === 1
    && !COMMON_SURNAMES.has(toks[0].word) && /^(?:v|vn|d|p|c)$/u.test(toks[1].tag);
}

/** 方圆, 马力: a common surname and one character that jieba reads as one noun — after a title, a name all the same. */
function surnameNoun(name: string): boolean {
  const toks = tag(name);
  return name.length === 2 && COMMON_SURNAMES.has(name[0]) && toks.length === 1 && toks[0].tag === 'n';
}

/** 王国栋 is cut 王国/栋 by jieba: a name whose surname and first given character make a proper noun is still a name. */
function startsWithProperWord(name: string): boolean {
  const first = tag(name)[0];
  if (first && first.word.length === 1 && COMMON_SURNAMES.has(first.word) && !/^(?:v|p|d|c|u)$/u.test(first.tag)) return true;
  return !!first && first.word.length >= 2 && /^(?:ns|nz|nr|nrt|nt)$/u.test(first.tag);
}

const personStarts = new WeakMap<Doc, Set<number>>();

function addPerson(doc: Doc, start: number, end: number, cue: string): void {
  const name = doc.norm.slice(start, end);
  let starts = personStarts.get(doc);
  if (!starts) { starts = new Set(); personStarts.set(doc, starts); }
  if (starts.has(start)) return;
  if (ANONYMOUS.test(name)) return;
  // 市政协副主席, 区政协主席: a body before a title, not a name.
  if (/(?:政协|人大|党委|党组|政府)$/u.test(name) || (WEAK_SURNAMES.has(name[0]) && cue !== 'byline')) return;
  // After a title or before a speech verb a name is expected: only a whole common word (明确, 管理) is refused there.
  const strong = cue === 'title' || cue === 'speech' || cue === 'leader' || cue === 'listed';
  if (cue !== 'byline' && cue !== 'inlist' && !isLikelyName(name) && !(strong && !isCommonWord(name) && (startsWithProperWord(name) || COMMON_SURNAMES.has(name[0])))
    && !(cue === 'title' && surnameNoun(name))) return;
  starts.add(start);
  doc.add({ type: 'Person', start, end, name, props: { cue }, key: `Person:${name}` });
}

/** Provinces (内蒙古, 西藏, 新疆, 青海) and places whose people often carry names of four or more characters. */
function usesLongNames(home: string | null): boolean {
  if (!home) return false;
  const rec = placeByCode(home);
  if (!rec) return false;
  return /^(?:15|54|65|63)/u.test(home) || [rec, ...rec.ancestors.map((a) => placeByCode(a)!)].some((r) => /藏族|蒙古族|维吾尔|哈萨克/u.test(r.name));
}

export interface Appointment { names: Array<[number, number]>; at: number }

// The people and posts stages both ask for one text's appointments: the last answer is kept.
let lastAppointments: { norm: string; found: Appointment[] } = { norm: '', found: [] };

/**
 * Names (one, or a 、-list) right before 任 + a clause that ends in a title: 张三任县教育局局长; 刘敏、孙婷任县妇联副主席.
 * The list opens its clause or follows the verb that decided it (通过了, 决定, 同意, 提名, 任命).
 */
export function appointments(norm: string): Appointment[] {
  if (norm === lastAppointments.norm) return lastAppointments.found;
  const out: Appointment[] = [];
  // 任 is found by indexOf and the names before it read from a short window: one regex over the whole text would try
  // a match at every position (it cost 3% of extraction).
  for (let ren = norm.indexOf('任'); ren >= 0; ren = norm.indexOf('任', ren + 1)) {
    // 任务, 任期…; and 主任, 兼任, 担任, 曾任…: 任 closing another word is no appointment after a name.
    if (/[务何期职命用性]/u.test(norm[ren + 1] ?? '') || /[主兼担曾拟时现责聘委调升就留历连离卸赴胜放首继出]/u.test(norm[ren - 1] ?? '')) continue;
    // The clause after 任 must end in a title (县妇联副主席, 副县长).
    const rest = norm.slice(ren + 1, ren + 31);
    const stop = rest.search(/[，,。；;：:！？\n]/u);
    const tail = stop < 0 ? rest : rest.slice(0, stop);
    if (!tail || ![1, 2, 3, 4, 5, 6].some((k) => k <= tail.length && TITLES.has(tail.slice(-k)))) continue;
    const at = norm.endsWith('同志', ren) ? ren - 2 : ren;
    const window = norm.slice(Math.max(0, at - 40), at);
    const list = window.match(/([\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,3})*)$/u);
    if (!list) continue;
    const listStart = at - list[1].length;
    const items = list[1].split('、');
    const names: Array<[number, number]> = [];
    let pos = listStart;
    let ok = true;
    for (const [i, item] of items.entries()) {
      // The first item may carry the decision before it (通过了刘敏): the name is its last two or three characters.
      let word = item;
      if (i === 0 && item.length > 3) {
        const lead = item.match(/^(.*?(?:通过了?|决定|同意|提名|任命|选举|推选))([\u4e00-\u9fff]{2,3})$/u);
        if (!lead) { ok = false; break; }
        word = lead[2];
      } else if (i === 0 && listStart > 0 && !opensClause(norm, listStart)) { ok = false; break; }
      const start = pos + item.length - word.length;
      if (!surnameAt(norm, start) || word.length > 3 || !isLikelyName(word)) { ok = false; break; }
      names.push([start, start + word.length]);
      pos += item.length + 1;
    }
    if (ok && names.length) out.push({ names, at: ren });
  }
  lastAppointments = { norm, found: out };
  return out;
}
export function peopleStage(doc: Doc): void {
  const norm = doc.norm;
  const longNames = usesLongNames(doc.home ?? doc.pageHome);
  // 1. After a title: …主任李正奎, 局长张三、副局长李四.
  for (let i = 0; i < norm.length; i++) {
    const t = titleTrie.longestAt(norm, i);
    if (!t) continue;
    const title = norm.slice(i, t.end);
    if (title === '记者' || title === '通讯员' || title === '编辑') {
      // Bylines inside the text: 记者 张晓丽 (a space may separate).
      let p = t.end;
      while (norm[p] === ' ' || norm[p] === '\u3000') p++;
      const e = nameAt(norm, p);
      if (e > 0) addPerson(doc, p, e, 'byline');
      i = t.end - 1;
      continue;
    }
    let e = nameAt(norm, t.end);
    // 局长额尔敦毕力格,: a longer (Mongolian, Tibetan, Uyghur) name after a title, closed by punctuation, in an article
    // from the regions where such names are usual; 日 is common in such names (代表宝日勒岱和…), and 和 may close them.
    if (e < 0 && longNames && surnameAt(norm, t.end)) {
      for (const len of [3, 4, 5, 6]) {
        const end = t.end + len;
        if ([...norm.slice(t.end, end)].every((c) => isNameChar(c) || c === '日') && (/^[，,。、；和及与]/u.test(norm[end] ?? '') || (len >= 4 && norm[end] === '时'))
          && !titleTrie.longestAt(norm, t.end)
          && tag(norm.slice(t.end, end)).every((x) => x.word.length === 1 || /^(?:nr|nrt|nrfg|x|ns|nz)$/u.test(x.tag))) { e = end; break; }
      }
    }
    // 市委副书记王建设专题调研…: after a title a surname and two given characters, when a word follows them.
    if (e < 0 && surnameAt(norm, t.end) === 1 && [...norm.slice(t.end + 1, t.end + 3)].every(isNameChar) && COMMON_SURNAMES.has(norm[t.end])
      && (tag(norm.slice(t.end + 3, t.end + 5))[0]?.word.length ?? 0) === 2 && !titleTrie.longestAt(norm, t.end)) e = t.end + 3;
    // 辅警奥强、刘忠明: a two-character name of a rare surname is still one when a list of names continues it.
    if (e < 0 && /^[\u4e00-\u9fff]{2}、/u.test(norm.slice(t.end, t.end + 3)) && !titleTrie.longestAt(norm, t.end)
      && nameAt(norm, t.end + 3) > 0 && isLikelyName(norm.slice(t.end, t.end + 2))) e = t.end + 2;
    if (e > 0) {
      addPerson(doc, t.end, e, 'title');
      // A list of names after the title: 副市长王三、李四; inside a list a name may be a word as well (常青).
      let p = e;
      const listed: Array<[number, number]> = [];
      while (norm[p] === '、') {
        const e2 = nameAt(norm, p + 1);
        if (e2 < 0) break;
        listed.push([p + 1, e2]);
        p = e2;
      }
      for (const [a, b] of listed) addPerson(doc, a, b, listed.length >= 2 ? 'inlist' : 'list');
    }
    i = t.end - 1;
  }
  // 1b. Appointed to a post: 张三任县教育局局长, 表决通过了刘敏、孙婷任县妇联副主席.
  for (const a of appointments(norm)) for (const [s0, e0] of a.names) addPerson(doc, s0, e0, 'appointed');
  // 2. A name opening a clause before a speech verb: 李正奎指出.
  for (let i = 0; i < norm.length; i++) {
    if (!opensClause(norm, i)) continue;
    const e = nameAt(norm, i, 'speech');
    if (e > 0) addPerson(doc, i, e, 'speech');
  }
  // 2b. A name before a title at the start of a clause: 习近平总书记, 李克强总理.
  const placeEnds = new Set(doc.spans.filter((x) => x.type === 'Place').map((x) => x.end));
  for (let i = 0; i < norm.length; i++) {
    const sl = surnameAt(norm, i);
    if (!sl) continue;
    // A leader's title must follow (checked first: it is rare, the surname characters are not).
    let end = -1;
    for (let given = 2; given >= 1 && end < 0; given--) {
      const e = i + sl + given;
      const t = titleTrie.longestAt(norm, e);
      const title = t ? norm.slice(e, t.end) : '';
      // 李华副县长: a deputy of a leader's post as well.
      if (!t || !(LEADER_TITLES.has(title) || (title[0] === '副' && LEADER_TITLES.has(title.slice(1))))) continue;
      let ok = true;
      for (let k = i + sl; k < e; k++) if (!isNameChar(norm[k])) ok = false;
      if (ok) end = e;
    }
    if (end < 0) continue;
    // At a clause start, after a few verbs and prepositions or a 、 (王明县长、李华副县长), or after the place or body the
    // person serves (石槽乡孙海乡长, 县委张华书记, 县教育局李明局长) — where 委 closes the body's name and is no surname (平遥县委张华书记).
    if (norm[i] === '委') continue;
    const afterBody = /(?:[省市县区州旗镇乡]委|政府|[局院厅办室处科])$/u.test(norm.slice(Math.max(0, i - 2), i));
    if (!placeEnds.has(i) && !afterBody && !opensClause(norm, i) && !/(?:贯彻|学习|落实|按照|根据|在|据|以|向|和|与|及|了|听取|陪同|、)$/u.test(norm.slice(Math.max(0, i - 2), i))) continue;
    addPerson(doc, i, end, 'leader');
  }
  // 2c. A name right after a quoted honor or nickname: 全国“最美职工”李国平、…; 区“百姓名嘴”段兴华开展….
  for (let i = 1; i < norm.length; i++) {
    if (norm.charCodeAt(i - 1) !== 0x201d) continue; // ”
    let e = nameAt(norm, i);
    const sl = surnameAt(norm, i);
    if (e < 0 && sl) {
      for (const given of [2, 1]) {
        const end = i + sl + given;
        if ([...norm.slice(i + sl, end)].every(isNameChar) && /^(?:开展|作|为|在|的|等|到|走进|来到|参加|出席|获)/u.test(norm.slice(end, end + 2))) { e = end; break; }
      }
    }
    if (e > 0 && (/^[、，,。；]/u.test(norm[e] ?? '。') || /^(?:等|开展|作|为|在|的|到|走进|来到|参加|出席|获)/u.test(norm.slice(e, e + 2)))) addPerson(doc, i, e, 'quoted');
  }
  // 2d. National leaders, wherever named (习近平新时代中国特色社会主义思想).
  for (const leader of NATIONAL_LEADERS) {
    for (let at = norm.indexOf(leader); at >= 0; at = norm.indexOf(leader, at + leader.length)) {
      if (!isNameChar(norm[at + leader.length]) || /^(?:新时代|总书记|同志|主席|总理|思想|理论)/u.test(norm.slice(at + leader.length, at + leader.length + 3))) addPerson(doc, at, at + leader.length, 'leader');
    }
  }
  // 3. Lists after a cue: 市领导赵洲洋、于技群、武忠旭分别参加.
  for (const cue of LIST_CUES) {
    let from = 0;
    for (;;) {
      const at = norm.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      let p = from;
      const names: Array<[number, number]> = [];
      for (;;) {
        const e = nameAt(norm, p);
        if (e < 0) break;
        names.push([p, e]);
        if (norm[e] !== '、') break;
        p = e + 1;
      }
      // One name after a generic cue (代表, 干部) is weak evidence; a list of two or more is not.
      // Two or more names after the cue are a list of people: each is a name (金子涵), not a word.
      if (names.length >= 2) for (const [s, e] of names) addPerson(doc, s, e, 'listed');
      else if (names.length === 1 && /领导$/u.test(cue)) addPerson(doc, names[0][0], names[0][1], 'list');
    }
  }
  // 3a. Names after a descriptor: 看望了市级老劳模刘长庚, 困难老党员孙德有、困难群众韩玉林、李秀芝.
  for (const d of PERSON_DESCRIPTORS) {
    for (let at = norm.indexOf(d); at >= 0; at = norm.indexOf(d, at + d.length)) {
      let p = at + d.length;
      for (;;) {
        const e = nameAt(norm, p);
        if (e < 0 || titleTrie.longestAt(norm, p)) break;
        addPerson(doc, p, e, 'listed');
        if (norm[e] !== '、') break;
        p = e + 1;
      }
    }
  }
  // 3c. A list of three or more names before an attendance verb: 陈磊、赵海涛、李秀兰、王静、任杰和周立平出席会议.
  const attendance = /出席|参加|陪同|列席/u.test(norm) ? norm : '';
  for (const m of attendance.matchAll(/((?:[\u4e00-\u9fff·]{2,4}、){2,}[\u4e00-\u9fff·]{2,4}(?:和[\u4e00-\u9fff·]{2,4})?)(?:等)?(?:同志)?(?:出席|参加|陪同|列席)/gu)) {
    const parts = m[1].split(/、|和/u);
    let pos = m.index!;
    const spans: Array<[number, number]> = [];
    for (const part of parts) {
      spans.push([pos, pos + part.length]);
      pos += part.length + 1;
    }
    // Every item must be a name (a surname first, no title inside); the first item may carry the clause's opening words.
    if (!spans.every(([a, b]) => surnameAt(norm, a) && [...norm.slice(a + surnameAt(norm, a), b)].every(isNameChar) && !titleTrie.longestAt(norm, a))) continue;
    if (m.index! > 0 && !/[，,。；;：:\n]/u.test(norm[m.index! - 1])) continue;
    for (const [a, b] of spans) addPerson(doc, a, b, 'listed');
  }
  // 3b. Names before 等县领导, 等市领导: 邵振华、冯建国、田志刚等县领导出席.
  for (const m of norm.matchAll(/等(?:[市县区省旗州镇乡])?领导/gu)) {
    let end = m.index!;
    const found: Array<[number, number]> = [];
    for (;;) {
      let hit: [number, number] | null = null;
      for (const len of [3, 2, 4]) {
        const s0 = end - len;
        if (s0 < 0 || !surnameAt(norm, s0)) continue;
        if (![...norm.slice(s0 + surnameAt(norm, s0), end)].every(isNameChar)) continue;
        if (s0 > 0 && !/[、，,。；：:\s]/u.test(norm[s0 - 1]) && norm[s0 - 1] !== '和') continue;
        hit = [s0, end];
        break;
      }
      if (!hit) break;
      found.push(hit);
      if (norm[hit[0] - 1] !== '、') break;
      end = hit[0] - 1;
    }
    if (found.length >= 2) for (const [a, b] of found) addPerson(doc, a, b, 'list');
  }
  // 4. Bylines parsed by the corpus reader.
  // (Credits carry source offsets; the resolver adds them as people with AUTHORED relations.)
  // 5. Every other occurrence of a found name.
  const found = doc.spansOf('Person');
  const names = new Set(found.map((s) => s.name));
  const covered = new Uint8Array(norm.length);
  for (const s of found) covered.fill(1, s.start, s.end);
  for (const name of names) {
    let from = 0;
    for (;;) {
      const at = norm.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      if (covered[at]) continue;
      // Not inside a longer name (王宝 inside 王宝启).
      if (isNameChar(norm[at + name.length]) && names.has(norm.slice(at, at + name.length + 1))) continue;
      doc.add({ type: 'Person', start: at, end: at + name.length, name, props: { cue: 'repeat' }, key: `Person:${name}` });
    }
  }
}
