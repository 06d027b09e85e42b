// Stage: posts (HOLDS_POSITION). Reads the title chain written before a name:
//   [place]? [org]? title ( 、 [org]? title )* NAME
// Each title binds to the organisation written in its own segment; a segment without one takes the organisation its
// title implies (市长 → 市人民政府) or the one before it. Cue words before a segment give the post's status.
import type { Doc, Span } from '../doc.ts';
import { Trie, longestEndingAt } from '../trie.ts';
import { TITLES, FUSED_TITLES } from '../lexicon/titles.ts';
import { canonicalOrg, impliedPlace } from './organizations.ts';
import { placeByCode } from '../gazetteer.ts';
import { appointments } from './people.ts';
import { PARTY_DEPARTMENTS, ABBREVIATIONS } from '../lexicon/organizations.ts';

const titleRev = Trie.reversed<string>([...TITLES.keys()].map((t) => [t, t]));
const titleTrie = new Trie<string>();
for (const t of TITLES.keys()) titleTrie.add(t, t);
const fusedRev = Trie.reversed<string>(Object.keys(FUSED_TITLES).map((t) => [t, t]));

const STATUS_CUES: Array<[RegExp, string]> = [
  [/时任$/u, 'at_that_time'], [/(?:拟任|拟提名|拟推荐)$/u, 'nominated'], [/兼任$/u, 'concurrent'], [/挂职$/u, 'seconded'],
  [/(?:原|前)$/u, 'former'], [/现任$/u, 'current'], [/代$/u, 'acting'],
];
const CHAIN_BREAK = /[，,。；;：:！？!?“”"（）()《》\n]/u;
const MAX_CHAIN = 60;

interface Segment { start: number; end: number }

function statusBefore(text: string): string | null {
  for (const [re, status] of STATUS_CUES) if (re.test(text)) return status;
  return null;
}

// A bare head title and the kind of body it heads: 局长 a 局, 院长 a 院, 校长 a school.
const BARE_HEAD_TITLES: Array<[RegExp, (o: Span) => boolean]> = [
  [/^(?:副|常务副)?局长$/u, (o) => /局$/u.test(o.name)],
  [/^(?:副|常务副)?院长$/u, (o) => /院$/u.test(o.name)],
  [/^(?:副)?校长$/u, (o) => o.props.kind === 'school'],
  [/^(?:副)?所长$/u, (o) => /所$/u.test(o.name)],
  [/^(?:副)?站长$/u, (o) => /站$/u.test(o.name)],
  [/^(?:副)?馆长$/u, (o) => /馆$/u.test(o.name)],
];

/** The one body of the kind a bare title heads (该局…局长杜明远 in an article about one 局), if the article names exactly one. */
function soleBodyFor(title: string, orgs: Span[]): Span | null {
  const fits = BARE_HEAD_TITLES.find(([re]) => re.test(title))?.[1];
  if (!fits) return null;
  const bodies = new Map(orgs.filter(fits).map((o) => [o.key, o]));
  return bodies.size === 1 ? [...bodies.values()][0] : null;
}

interface Body { name: string; key: string; place?: string; kind?: string }

/** The government a title implies (市长 → 汾阳市人民政府, 副县长 → X县人民政府), from the level word inside it. */
function impliedGovernment(doc: Doc, title: string): Body | null {
  const level = title.match(/[市县区旗州省镇乡盟]/u)?.[0] ?? '市';
  const c = canonicalOrg(`${level}人民政府`, 'government', doc.home);
  return c ? { name: c.name, key: `Organization:${c.name}`, place: c.place ? `p:${c.place.code}` : undefined } : null;
}

/**
 * 市级人大代表, 县政协委员, 汾阳市人大代表: a deputy sits in the congress (or CPPCC) of the level or place written right
 * before the title, whatever else the clause names (县委书记走访了县人大代表张丽). With neither, null: no body to name.
 */
function deputyBody(doc: Doc, segStart: number, tstart: number, title: string): Body | null {
  const body = title === '人大代表' ? '人大' : '政协';
  const place = doc.spans.find((x) => x.type === 'Place' && x.end === tstart && x.start >= segStart && !x.implicit);
  const level = doc.norm.slice(segStart, tstart).match(/([省市县区旗州盟])级?$/u)?.[1];
  const c = place ? canonicalOrg(`${place.name}${body}`, 'legislature', doc.home) : level ? canonicalOrg(`${level}${body}`, 'legislature', doc.home) : null;
  return c?.place ? { name: c.name, key: `Organization:${c.name}`, place: `p:${c.place.code}`, kind: 'legislature' } : null;
}

/** The deputy's seat: 代表 of a congress, 委员 of a CPPCC (the body says which). */
function deputyPost(doc: Doc, person: Span, body: Body, title: string, tstart: number, tend: number, sentS: number, sentE: number): void {
  mentionAtTitle(doc, tstart, tend, body);
  // 市级人大代表: the level word names the place as well.
  const level = doc.norm.slice(Math.max(0, tstart - 2), tstart).match(/([省市县区旗州盟])级?$/u);
  if (level && body.place) impliedPlace(doc, tstart - level[0].length, level[1], placeByCode(body.place.slice(2)) ?? null);
  const props: Record<string, string | boolean> = { title: title === '人大代表' ? '代表' : '委员', head: false, status: 'current' };
  if (doc.date) props.asOf = doc.date;
  doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: body.key, props, confidence: 0.8, start: sentS, end: sentE });
}

/** A body known only from a title (市长 → 汾阳市人民政府) gets a mention at the title, and names the place it governs. */
function mentionAtTitle(doc: Doc, start: number, end: number, body: Body): void {
  if (doc.spans.some((x) => x.key === body.key)) return;
  doc.add({ type: 'Organization', start, end, name: body.name, props: { kind: body.kind ?? 'government', ...(body.place ? { place: body.place } : {}) }, key: body.key, implicit: true });
  impliedPlace(doc, start, doc.norm.slice(start, end), body.place ? placeByCode(body.place.slice(2)) ?? null : null);
}

/**
 * 张三任县教育局局长, 刘敏、孙婷任县妇联副主席, 李四任县委常委、副县长: the posts after 任, each title in the body
 * written in its own segment, implied by it (副县长 → 县人民政府), or the body of the segment before.
 */
function appointedPosts(doc: Doc, orgs: Span[]): void {
  const norm = doc.norm;
  for (const a of appointments(norm)) {
    const people = a.names.map(([s0]) => doc.spans.find((x) => x.type === 'Person' && x.start === s0)).filter((x): x is Span => !!x);
    if (!people.length) continue;
    const from = a.at + 1;
    const stop = norm.slice(from).search(/[，,。；;：:！？\n]/u);
    const to = stop < 0 ? norm.length : from + stop;
    const [sentS, sentE] = doc.sentenceAt(a.at);
    let prev: Body | null = null;
    let s0 = from;
    for (let i = from; i <= to; i++) {
      if (i < to && norm[i] !== '、') continue;
      const t = longestEndingAt(titleRev, norm, i, s0);
      const segStart = s0;
      s0 = i + 1;
      if (!t) continue;
      const title = t.values[0];
      const info = TITLES.get(title)!;
      const org = orgs.filter((o) => o.start >= segStart && o.end <= t.start).sort((x, y) => y.end - x.end)[0];
      let body: Body | null = org ? { name: org.name, key: org.key } : null;
      if (!body && info.implies) {
        body = impliedGovernment(doc, title);
        if (body) mentionAtTitle(doc, t.start, i, body);
      }
      body ??= prev;
      if (!body || info.rankOnly) continue;
      prev = body;
      const props: Record<string, string | boolean> = { title, head: info.head, status: 'current' };
      if (doc.date) props.asOf = doc.date;
      for (const p of people) doc.relate({ type: 'HOLDS_POSITION', source: p.key, target: body.key, props: { ...props }, confidence: 0.75, start: sentS, end: sentE });
    }
  }
}

export function postsStage(doc: Doc): void {
  const norm = doc.norm;
  const orgs = doc.spansOf('Organization').filter((o) => !o.implicit);
  const isListed = (p: Span) => p.props.cue === 'list' || p.props.cue === 'inlist';
  const people = doc.spansOf('Person').filter((p) => p.props.cue === 'title' || isListed(p)).sort((a, b) => a.start - b.start);
  const allPeople = doc.spansOf('Person');
  const done = new Set<Span>();
  // The organisation of the last post read for a name written at a position: 派出所副所长王丽娟、三级警长王路远 — the
  // second post is in the organisation the first one named.
  const lastOrgAt = new Map<number, { name: string; key: string; place?: string }>();
  const postsOf = new Map<Span, Array<{ target: string; props: Record<string, string | boolean>; confidence: number }>>();
  for (const person of people) {
    if (isListed(person)) {
      // 辅警奥强、刘忠明: a name listed after a titled one shares that title.
      let head: Span | undefined = person;
      while (head && isListed(head)) {
        const h: Span = head;
        head = allPeople.find((x) => x.end === h.start - 1 && norm[h.start - 1] === '、');
      }
      const posts = head ? postsOf.get(head) : undefined;
      if (!head || !posts) continue;
      const [ls, le] = doc.sentenceAt(person.start);
      for (const post of posts) doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: post.target, props: { ...post.props }, confidence: post.confidence - 0.1, start: ls, end: le });
      continue;
    }
    if (done.has(person)) continue;
    done.add(person);
    // The chain runs back from the name to a clause break.
    let cs = person.start;
    while (cs > 0 && !CHAIN_BREAK.test(norm[cs - 1]) && person.start - cs < MAX_CHAIN) cs--;
    // 市农业农村局党组书记、局长,市乡村振兴局局长马文斌: a long chain may run over a comma that follows a title.
    while (cs > 1 && /[，,]/u.test(norm[cs - 1]) && longestEndingAt(titleRev, norm, cs - 1, Math.max(0, cs - 8))
      && !allPeople.some((x) => x.end === cs - 1) && person.start - cs < MAX_CHAIN) {
      let c2 = cs - 1;
      while (c2 > 0 && !CHAIN_BREAK.test(norm[c2 - 1]) && person.start - c2 < MAX_CHAIN) c2--;
      cs = c2;
    }
    // Split into segments at 、 and after a name followed by 和/及 (王路远和辅警奥强).
    const segs: Segment[] = [];
    let s = cs;
    for (let i = cs; i <= person.start; i++) {
      const afterName = /[和及与]/u.test(norm[i]) && allPeople.some((x) => x.end === i && x.start >= cs);
      if (i === person.start || norm[i] === '、' || /[，,]/u.test(norm[i]) || afterName) { segs.push({ start: s, end: i }); s = i + 1; }
    }
    // 县人大常委会主任刘永和,副主任张国庆: a chain right after a named post goes on in that post's organisation.
    let prevOrg: { name: string; key: string; place?: string } | null = /[，,]/u.test(norm[cs - 1] ?? '') ? lastOrgAt.get(cs - 1) ?? null : null;
    const [sentS, sentE] = doc.sentenceAt(person.start);
    // Only the segments that end in a title form the chain; walk them in order. A segment ending in a name ends an
    // earlier chain, whose organisation carries over.
    const chain: Array<{ seg: Segment; title: string; tstart: number }> = [];
    for (const seg of segs) {
      const t = longestEndingAt(titleRev, norm, seg.end, seg.start);
      if (!t) { chain.length = 0; prevOrg = lastOrgAt.get(seg.end) ?? null; continue; }
      chain.push({ seg, title: t.values[0], tstart: t.start });
    }
    for (const { seg, title, tstart } of chain) {
      const info = TITLES.get(title)!;
      if (title === '记者' || title === '通讯员' || title === '编辑') continue;
      if (title === '人大代表' || title === '政协委员') {
        const body = deputyBody(doc, seg.start, tstart, title);
        if (body) deputyPost(doc, person, body, title, tstart, seg.end, sentS, sentE);
        continue;
      }
      // The organisation in this segment: the last org span inside the segment, ending at or before the title (or fused).
      let org: Span | null = null;
      for (const o of orgs) {
        if (o.start >= seg.start && o.end <= seg.end && o.start < tstart && (!org || o.end > org.end)) org = o;
      }
      let titleOut = title;
      // 院党委书记: the organisation's name takes the first part of a compound title (党委 + 书记).
      const inside = orgs.filter((o) => o.start >= seg.start && o.end > tstart && o.end < seg.end && TITLES.has(norm.slice(o.end, seg.end)));
      if (inside.length) { org = inside[inside.length - 1]; titleOut = norm.slice(org.end, seg.end); }
      // A rank (二级调研员) is a post only in the body written in its own segment; it implies none and inherits none.
      if (info.rankOnly && (!org || /级$/u.test(title))) continue;
      const fused = longestEndingAt(fusedRev, norm, seg.end, seg.start);
      let orgName: string | null = null;
      let orgKey: string | null = null;
      let orgPlace: string | undefined;
      if (org) {
        orgName = org.name; orgKey = org.key; orgPlace = org.props.place as string | undefined;
      } else if (fused) {
        const f = FUSED_TITLES[fused.values[0]];
        titleOut = f.title;
        const c = canonicalOrg(f.org, 'party', doc.home);
        if (c) { orgName = c.name; orgKey = `Organization:${c.name}`; orgPlace = c.place ? `p:${c.place.code}` : undefined; }
      } else if (info.implies) {
        const gov = impliedGovernment(doc, title);
        if (gov) { orgName = gov.name; orgKey = gov.key; orgPlace = gov.place; }
      } else if (prevOrg && /^(?:原|前|时任|现任|拟任|兼任|挂职|代)?$/u.test(norm.slice(seg.start, tstart))) {
        // Only a bare title goes on in the organisation before it: 区委副书记 whose 区委 could not be named does not.
        orgName = prevOrg.name; orgKey = prevOrg.key; orgPlace = prevOrg.place;
        // 党组成员、副主任: a non-party title after a party unit belongs to the unit's host.
        if (/(?:党组|党委)$/u.test(orgName) && !/书记|委员|成员/u.test(title)) {
          const host: string = orgName.replace(/(?:党组|党委)$/u, '');
          orgName = host; orgKey = `Organization:${host}`;
        }
      }
      // 省委常委、统战部长李晓红: a bare party department after a committee's post belongs to that committee.
      const deptWord = org ? norm.slice(org.start, org.end) : fused ? FUSED_TITLES[fused.values[0]].org : '';
      if (orgName && prevOrg && /^中共.+[省市县区州旗盟]委$/u.test(prevOrg.name) && PARTY_DEPARTMENTS.includes(deptWord) && !orgName.startsWith(prevOrg.name)) {
        const name = prevOrg.name + (ABBREVIATIONS[deptWord] ?? deptWord);
        if (org) { org.name = name; org.key = `Organization:${name}`; org.aliases = [deptWord]; if (prevOrg.place) org.props.place = prevOrg.place; }
        orgName = name; orgKey = `Organization:${name}`; orgPlace = prevOrg.place;
      }
      let sole = false;
      if (!orgName && /(?:^|[以由])$/u.test(norm.slice(seg.start, tstart))) {
        const body = soleBodyFor(title, orgs);
        if (body) { orgName = body.name; orgKey = body.key; orgPlace = body.props.place as string | undefined; sole = true; }
      }
      if (!orgName || !orgKey) continue;
      // 人大副主任: the posts of a people's congress are held in its standing committee.
      if (/人民代表大会$/u.test(orgName) && /主任/u.test(titleOut)) {
        orgName = orgName.replace(/人民代表大会$/u, '人大常委会');
        orgKey = `Organization:${orgName}`;
        // The mention 县人大 there names the standing committee too.
        if (org && /人大$/u.test(norm.slice(org.start, org.end))) { org.aliases = [...(org.aliases ?? []), org.name]; org.name = orgName; org.key = orgKey; }
      }
      mentionAtTitle(doc, tstart, seg.end, { name: orgName, key: orgKey, place: orgPlace });
      const before = norm.slice(Math.max(0, seg.start - 3), org ? org.start : tstart);
      const status = statusBefore(before) ?? (norm.slice(tstart - 1, tstart) === '代' ? 'acting' : 'current');
      const props: Record<string, string | boolean> = { title: titleOut, head: TITLES.get(titleOut)?.head ?? info.head, status };
      if (org && titleOut !== title) props.head = TITLES.get(titleOut)?.head ?? false;
      if (doc.date) props.asOf = doc.date;
      const confidence = org ? 0.9 : sole ? 0.65 : 0.75;
      doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: orgKey, props, confidence, start: sentS, end: sentE });
      prevOrg = { name: orgName, key: orgKey, place: orgPlace };
      lastOrgAt.set(person.end, prevOrg);
      const list = postsOf.get(person) ?? [];
      list.push({ target: orgKey, props, confidence });
      postsOf.set(person, list);
    }
  }
  appointedPosts(doc, orgs);
  // 石槽乡孙海乡长: a name before a title, right after the place or body it serves.
  for (const person of allPeople) {
    if (person.props.cue !== 'leader') continue;
    const t = titleTrie.longestAt(norm, person.end);
    if (!t) continue;
    const title = norm.slice(person.end, t.end);
    const info = TITLES.get(title);
    if (!info || info.rankOnly) continue;
    const place = doc.spans.find((x) => x.type === 'Place' && x.end === person.start);
    const body = doc.spans.find((x) => x.type === 'Organization' && !x.implicit && x.end === person.start);
    let target: { key: string; name: string; place?: string } | null = null;
    if (body) target = { key: body.key, name: body.name };
    else if (place && info.implies) {
      const name = `${place.name}人民政府`;
      target = { key: `Organization:${name}`, name, place: typeof place.props.code === 'string' ? `p:${place.props.code}` : undefined };
      if (!doc.spans.some((x) => x.key === target!.key)) {
        doc.add({ type: 'Organization', start: person.end, end: t.end, name, aliases: [], props: { kind: 'government', ...(target.place ? { place: target.place } : {}) }, key: target.key, implicit: true });
      }
    }
    if (!target) continue;
    const [sS, sE] = doc.sentenceAt(person.start);
    const props: Record<string, string | boolean> = { title, head: info.head, status: 'current' };
    if (doc.date) props.asOf = doc.date;
    doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: target.key, props, confidence: 0.7, start: sS, end: sE });
  }
  // 成立了以局长杜某为组长、副局长孙某为副组长的专项整治领导小组: each named person leads the group formed.
  for (const m of norm.matchAll(/为(副?组长|副?主任|副?总指挥|副?指挥长|成员)/gu)) {
    const person = allPeople.find((p) => p.end === m.index!);
    if (!person) continue;
    const after = norm.slice(m.index!, m.index! + 80);
    const de = after.search(/的/u);
    // …成立(了)以 or 以 opens the clause the person's name stands in.
    const lead = norm.slice(Math.max(0, person.start - 30), person.start);
    if (de < 0 || /[。；;]/u.test(after.slice(0, de)) || !/(?:以|成立)[^。；;]*$/u.test(lead)) continue;
    const group = orgs.find((o) => o.start === m.index! + de + 1 && /(?:领导小组|工作小组|小组|指挥部|工作专班|专班|委员会)$/u.test(o.name));
    if (!group) continue;
    const title = m[1];
    const [sS, sE] = doc.sentenceAt(person.start);
    const props: Record<string, string | boolean> = { title, head: !/^副|成员/u.test(title), status: 'current' };
    if (doc.date) props.asOf = doc.date;
    doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: group.key, props, confidence: 0.8, start: sS, end: sE });
  }
  // (作者系山西省汾阳市教学研究中心主任): the byline's author holds that post.
  const authors = doc.credits.filter((c) => c.role === '作者' || c.role === '记者');
  for (const m of norm.matchAll(/作者(?:系|为|是|单位[:：]?)/gu)) {
    if (authors.length !== 1) break;
    const from = m.index! + m[0].length;
    let to = from;
    while (to < norm.length && to - from < 40 && !/[，,。；;）)\n]/u.test(norm[to])) to++;
    const t = longestEndingAt(titleRev, norm, to, from);
    if (!t) continue;
    const org = orgs.filter((o) => o.start >= from && o.end <= t.start).pop();
    if (!org) continue;
    const key = `Person:${authors[0].name}`;
    const [sS, sE] = doc.sentenceAt(from);
    const title = t.values[0];
    const props: Record<string, string | boolean> = { title, head: TITLES.get(title)?.head ?? false, status: 'current' };
    if (doc.date) props.asOf = doc.date;
    doc.relate({ type: 'HOLDS_POSITION', source: key, target: org.key, props, confidence: 0.8, start: sS, end: sE });
  }
  // 负责人 after 是: 张俊平是玉泉山城郊森林公园负责人.
  for (const person of doc.spansOf('Person')) {
    const after = norm.slice(person.end, person.end + 2);
    if (!/^[是系任]/u.test(after) || person.props.cue === 'appointed') continue;
    // Of the names starting there (中国宝武太钢集团, …技术中心), the one a title follows.
    const org = orgs.filter((o) => (o.start === person.end + 1 || o.start === person.end + 2) && titleTrie.longestAt(norm, o.end))
      .sort((a, b) => b.end - a.end)[0];
    if (!org) continue;
    const t = titleTrie.longestAt(norm, org.end);
    const title = t ? norm.slice(org.end, t.end) : null;
    if (!title) continue;
    const [sS, sE] = doc.sentenceAt(person.start);
    const props: Record<string, string | boolean> = { title, head: TITLES.get(title)?.head ?? false, status: 'current' };
    if (doc.date) props.asOf = doc.date;
    doc.relate({ type: 'HOLDS_POSITION', source: person.key, target: org.key, props, confidence: 0.7, start: sS, end: sE });
  }
}
