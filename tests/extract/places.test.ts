import { describe, expect, it } from 'vitest';
import { run, triples, names } from './helpers.ts';
import { gazetteer } from '../../src/extract/gazetteer.ts';
import { toMatchText } from '../../src/extract/simplify.ts';

describe('places', () => {
  it('has county-level places with GB/T 2260 codes linked to their parents', () => {
    const r = gazetteer().byCode.get('141182')!;
    expect(r.name).toBe('汾阳市');
    expect(r.parent).toBe('141100');
    expect(gazetteer().byCode.get('141100')!.name).toBe('吕梁市');
  });

  it('resolves an ambiguous name (铁东区) from the other places in the article', () => {
    const siping = run('四平市铁东区召开会议。铁东区教育局开展活动。');
    expect(siping.entities.filter((e) => e.type === 'Place').map((e) => e.props.code)).toContain('220303');
    const anshan = run('鞍山市铁东区召开会议。铁东区教育局开展活动。');
    expect(anshan.entities.filter((e) => e.type === 'Place').map((e) => e.props.code)).toContain('210302');
  });

  it('links a place to the nearest ancestor the page names', () => {
    const f = run('山西省汾阳市开展活动。');
    expect(triples(f, 'LOCATED_IN')).toContain('汾阳市 -LOCATED_IN()-> 山西省');
  });

  it('finds named areas below the divisions and places them in the place they name', () => {
    const f = run('近日,汾阳市在汾阳市文化广场举行集体宣誓活动。');
    const area = f.entities.find((e) => e.name === '汾阳市文化广场');
    expect(area?.type).toBe('Place');
    expect(triples(f, 'LOCATED_IN')).toContain('汾阳市文化广场 -LOCATED_IN()-> 汾阳市');
  });

  it('matches traditional characters and keeps the original text as evidence', () => {
    expect(toMatchText('汾陽市委書記')).toBe('汾阳市委书记');
    const f = run('汾陽市舉行儀式。汾陽市委書記李正奎指出,要做好工作。');
    const post = f.relations.find((r) => r.type === 'HOLDS_POSITION')!;
    expect(f.entities.find((e) => e.key === post.target)!.name).toBe('中共汾阳市委');
    expect(post.evidence.sentence).toContain('汾陽市委書記李正奎');
  });
});

describe('places along the home place', () => {
  it('links the home place to its province and the places inside it, not places in passing', () => {
    const f = run('太原市召开会议。太原市杏花岭区开展活动。大同市、代县的经验值得借鉴。', '太原市召开会议');
    const t = triples(f, 'LOCATED_IN');
    expect(t).toContain('杏花岭区 -LOCATED_IN()-> 太原市');
    expect(t.some((x) => x.startsWith('大同市 '))).toBe(false);
  });

  it('links a place of the home chain known only from a body (市委统战部 → 四平市) to its province', () => {
    const f = run('梨树县召开会议。吉林省农业农村厅、市委统战部有关负责同志出席会议。', '梨树县召开会议');
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['四平市 -LOCATED_IN()-> 吉林省', '梨树县 -LOCATED_IN()-> 四平市']));
  });

  it('places a city’s article held in one of its districts, which speaks of 区委 and 副区长, in that district', () => {
    const f = run('9月6日上午,晋中市2023年全民健身周启动仪式在榆次区北关街道举办。全市各区县体育部门参加。市体育局局长王华,区委副书记刘明,副区长陈强出席启动仪式。晋中市人民医院专家开展义诊。');
    const t = triples(f);
    expect(t).toEqual(expect.arrayContaining(['刘明 -HOLDS_POSITION(副书记)-> 中共榆次区委', '陈强 -HOLDS_POSITION(副区长)-> 榆次区人民政府',
      '王华 -HOLDS_POSITION(局长)-> 晋中市体育局']));
    // The city's own hospital stays the city's.
    expect(t).toContain('晋中市人民医院 -LOCATED_IN()-> 晋中市');
  });

  it('reads 我省 as a mention of the home province', () => {
    const f = run('四平市召开会议。国家和我省近年来发展成就巨大。', '四平市召开会议');
    expect(names(f, 'Place')).toContain('吉林省');
    expect(triples(f, 'LOCATED_IN')).toContain('四平市 -LOCATED_IN()-> 吉林省');
  });
});

describe('places the division data does not list', () => {
  it('finds a township written after its county or a location word, and areas inside it', () => {
    const f = run('太原市开展值守。民警在杨家峪高速口值守。杨家峪高速口位于杏花岭区杨家峪乡,是重要枢纽。', '太原市开展值守');
    expect(names(f, 'Place')).toContain('杨家峪乡');
    const t = triples(f, 'LOCATED_IN');
    expect(t).toContain('杨家峪乡 -LOCATED_IN()-> 杏花岭区');
    expect(t).toContain('杨家峪高速口 -LOCATED_IN()-> 杨家峪乡');
  });

  it('takes an area in an unlisted township by its own name', () => {
    const f = run('铁东区开展演出。日前,铁东区的惠民演出在山门镇二郎山庄拉开帷幕。', '四平市铁东区开展演出');
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['山门镇 -LOCATED_IN()-> 铁东区', '二郎山庄 -LOCATED_IN()-> 山门镇']));
  });
});

describe('townships whose county the article never names', () => {
  const f = run('本报讯 日前,石桥镇召开乡村振兴推进会。红星村、向阳村作了交流发言。石桥镇党委书记王明讲话。', '石桥镇召开乡村振兴推进会');

  it('keeps the township by its name, without a code that could be another county’s', () => {
    const town = f.entities.find((e) => e.type === 'Place' && e.name === '石桥镇');
    expect(town?.props).toEqual({ level: 'township' });
    // The division data holds several 石桥镇: none of them is taken.
    expect(gazetteer().byName.get('石桥镇')!.length).toBeGreaterThan(1);
    expect(f.entities.filter((e) => e.type === 'Place' && e.props.code)).toEqual([]);
  });

  it('places its villages (listed either way round) and its party committee in it, and reads no village out of 乡村', () => {
    const t = triples(f, 'LOCATED_IN');
    expect(t).toEqual(expect.arrayContaining(['红星村 -LOCATED_IN()-> 石桥镇', '向阳村 -LOCATED_IN()-> 石桥镇', '中共石桥镇委员会 -LOCATED_IN()-> 石桥镇']));
    expect(names(f, 'Place').sort()).toEqual(['向阳村', '石桥镇', '红星村'].sort());
  });
});

describe('townships called by their short forms', () => {
  it('takes a township of the home county by its short form after a word of going, wherever the article repeats it', () => {
    const f = run('本报讯 5月6日,汾阳市副市长王明来杏花村调研白酒产业。王明在杏花村详细了解了酒厂生产情况。');
    const ts = f.entities.filter((e) => e.type === 'Place' && e.name === '杏花村镇');
    expect(ts).toHaveLength(1);
    expect(ts[0].mentions).toHaveLength(2);
    expect(triples(f, 'LOCATED_IN')).toContain('杏花村镇 -LOCATED_IN()-> 汾阳市');
  });

  it('reads the short form after a county the article names, in a city’s article', () => {
    const f = run('本报讯 5月6日,吕梁市政协主席李强带队来杏花村开展调研。来源:汾阳杏花村');
    expect(names(f, 'Place')).toContain('杏花村镇');
  });

  it('does not take a direction (西南) or a county’s short form (阳城) for a township', () => {
    expect(names(run('本报讯 5月6日,介休市副市长王明赴西南地区考察。'), 'Place')).toEqual(['介休市']);
    expect(names(run('本报讯 5月6日,汾阳市副市长王明来阳城调研。王明在阳城了解情况。'), 'Place')).not.toContain('阳城镇');
  });
});

describe('districts named like words', () => {
  it('reads 市中区 as the district of the city the article is about where it stands as a name', () => {
    const f = run('5月8日,济南市文明城市创建推进会分别在槐荫区、市中区两地举行。槐荫区和市中区作了交流发言。');
    const district = f.entities.find((e) => e.type === 'Place' && e.name === '市中区');
    expect(district?.props.code).toBe('370103');
    expect(district?.mentions).toHaveLength(2);
    expect(triples(f, 'LOCATED_IN')).toContain('市中区 -LOCATED_IN()-> 济南市');
    // Not inside a longer word, and not without a city it belongs to.
    expect(names(run('5月8日,济南市召开会议,部署全市中区县工作和市中区域交通。'), 'Place')).not.toContain('市中区');
    expect(names(run('5月8日,会议在市中区召开。'), 'Place')).not.toContain('市中区');
  });
});

describe('named areas', () => {
  it('takes residential compounds and parks after their place, and an area after a verb of inspecting (检查了…水库)', () => {
    const f = run('9月16日上午,启动仪式在东城区北关街道阳光小区举办。副县长李强参观了东泉镇核桃主题公园。副市长王明检查了汾河水库堤坝。');
    expect(names(f, 'Place')).toEqual(expect.arrayContaining(['阳光小区', '核桃主题公园', '汾河水库']));
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['阳光小区 -LOCATED_IN()-> 北关街道', '核桃主题公园 -LOCATED_IN()-> 东泉镇']));
    // A generic 小区 or 公园 is no place.
    expect(names(run('要把小区管理好,公园建设好。'), 'Place')).toEqual([]);
  });
});

