// A synthetic graph.json of a given size for load and rendering benchmarks: realistic shapes (people with posts in
// organisations located in places, programs run by organisations), names drawn from the division data.
import type { GraphJson, Entity, Relation, EntityType, RelationType } from '../graph/types.ts';
import { gazetteer } from '../extract/gazetteer.ts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const SURN = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红';
const BUREAUS = ['教育局', '公安局', '财政局', '民政局', '卫生健康委员会', '人力资源和社会保障局', '住房和城乡建设局', '农业农村局', '文化和旅游局', '融媒体中心'];
const TITLES: Array<[string, boolean]> = [['局长', true], ['副局长', false], ['主任', true], ['副主任', false], ['书记', true], ['科长', true]];

export function syntheticGraph(entities: number, relations: number, seed = 7): GraphJson {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const places = [...gazetteer().byCode.values()].filter((r) => r.level === 'county').slice(0, Math.max(10, Math.floor(entities / 40)));
  const ents: Entity[] = [];
  // About 40 entities per article, as on a real page.
  const articleCount = Math.max(1, Math.ceil(entities / 40));
  const articleOf = (i: number) => `a:synthetic#${i % articleCount}`;
  const article = articleOf(0);
  const add = (type: EntityType, name: string, props: Entity['props'] = {}) => {
    const id = `${type.slice(0, 3).toLowerCase()}:${name}#${ents.length}`;
    ents.push({ id, type, name, aliases: [name], props, mentions: [{ article: articleOf(ents.length), start: 0, end: name.length, text: name }] });
    return id;
  };
  const placeIds = places.map((p) => add('Place', p.name, { code: p.code, level: 'county' }));
  const orgIds: string[] = [];
  const personIds: string[] = [];
  const progIds: string[] = [];
  while (ents.length < entities) {
    const r = rand();
    const pi = Math.floor(rand() * places.length);
    if (r < 0.3) orgIds.push(add('Organization', `${places[pi].name}${pick(BUREAUS)}`, { kind: 'department', place: placeIds[pi] }));
    else if (r < 0.8) personIds.push(add('Person', `${pick([...SURN])}${pick([...GIVEN])}${rand() < 0.6 ? pick([...GIVEN]) : ''}`));
    else progIds.push(add('Program', `“${pick([...GIVEN])}${pick([...GIVEN])}”工程${ents.length}`, { kind: 'project' }));
  }
  const rels: Relation[] = [];
  const ev = [{ article, start: 0, end: 10, sentence: '合成的证据句。' }];
  const rel = (type: RelationType, source: string, target: string, props: Relation['props'] = {}) =>
    rels.push({ id: `r:${rels.length}`, type, source, target, props, confidence: 0.8, evidence: ev });
  while (rels.length < relations) {
    const r = rand();
    if (r < 0.45 && personIds.length && orgIds.length) { const [t, head] = pick(TITLES); rel('HOLDS_POSITION', pick(personIds), pick(orgIds), { title: t, head, status: 'current', asOf: '2022-06-27' }); }
    else if (r < 0.65 && orgIds.length) rel('LOCATED_IN', pick(orgIds), pick(placeIds));
    else if (r < 0.85 && orgIds.length && progIds.length) rel('RUNS', pick(orgIds), pick(progIds), { role: '开展' });
    else if (progIds.length) rel('TAKES_PLACE_IN', pick(progIds), pick(placeIds));
  }
  return {
    version: 1,
    articles: Array.from({ length: articleCount }, (_, i) => ({ id: `a:synthetic#${i}`, source: 'synthetic.txt', title: `合成数据 ${i}`, byline: null, date: '2022-06-27', dateInferred: false, start: 0, end: 10 })),
    entities: ents, relations: rels,
  };
}
