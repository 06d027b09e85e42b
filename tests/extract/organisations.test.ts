import { describe, expect, it } from 'vitest';
import { run, triples, names } from './helpers.ts';

describe('organisations', () => {
  it('makes relative names explicit from the home place', () => {
    const f = run('吕梁市教育工作会议召开。4月19日,市教育局召开了会议,市委、市政府作出部署。');
    const orgs = names(f, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['吕梁市教育局', '中共吕梁市委', '吕梁市人民政府']));
  });

  it('expands bureau short forms and keeps the short one as an alias', () => {
    const f = run('汾阳市召开会议。市医保局积极推动兜底保障机制建立。');
    const org = f.entities.find((e) => e.name === '汾阳市医疗保障局');
    expect(org?.aliases).toContain('市医保局');
  });

  it('links a unit written inside its host (PART_OF) and each organisation to its place (LOCATED_IN)', () => {
    const f = run('鹤壁市召开会议。市妇幼保健院团委开展青年大学习活动。');
    expect(triples(f, 'PART_OF')).toContain('鹤壁市妇幼保健院团委 -PART_OF()-> 鹤壁市妇幼保健院');
    expect(triples(f, 'LOCATED_IN')).toContain('鹤壁市妇幼保健院 -LOCATED_IN()-> 鹤壁市');
  });

  it('does not take generic phrases for organisations', () => {
    const f = run('汾阳市召开会议。要推进中小学校建设,各类学校要做好工作,党员干部要带头。');
    expect(names(f, 'Organization')).toEqual([]);
  });
});

describe('organisers (RUNS) and programs', () => {
  it('reads 由A、B主办,C承办', () => {
    const f = run('汾阳市“新时代文明实践推进月”活动启动。此次活动由中共汾阳市委、汾阳市人民政府主办,中共汾阳市委宣传部承办。');
    const t = triples(f, 'RUNS');
    expect(t).toContain('中共汾阳市委 -RUNS(主办)-> 新时代文明实践推进月');
    expect(t).toContain('汾阳市人民政府 -RUNS(主办)-> 新时代文明实践推进月');
    expect(t).toContain('中共汾阳市委宣传部 -RUNS(承办)-> 新时代文明实践推进月');
    expect(triples(f, 'TAKES_PLACE_IN')).toContain('新时代文明实践推进月 -TAKES_PLACE_IN()-> 汾阳市');
  });

  it('takes the quoted core as the program name and keeps the generic noun in an alias', () => {
    const f = run('山城区全面落实“双减”政策,开展“护苗”“秋风”“净网”等五大专项行动。');
    const progs = f.entities.filter((e) => e.type === 'Program');
    expect(progs.map((p) => p.name).sort()).toEqual(['护苗', '净网', '双减', '秋风'].sort());
    expect(progs.find((p) => p.name === '双减')?.aliases).toContain('双减政策');
  });

  it('leaves political formulas out', () => {
    const f = run('汾阳市要站在捍卫“两个确立”做到“两个维护”的高度开展工作。');
    expect(names(f, 'Program')).toEqual([]);
  });

  it('finds documents in 《》 and who issued them, but not songs', () => {
    const f = run('日前,教育部印发《义务教育课程方案》。我市创作的《爱的呵护》被广泛推广。');
    expect(names(f, 'Document')).toEqual(['义务教育课程方案']);
    expect(triples(f, 'ISSUED')).toContain('教育部 -ISSUED()-> 义务教育课程方案');
  });
});
