import { describe, expect, it } from 'vitest';
import { run, triples, names } from './helpers.ts';

describe('who attends a meeting, in the sentences after it', () => {
  it('reads 在会上作了讲话 and 与…签订 as attending the article’s meeting', () => {
    const f = run('3月8日上午,平遥县召开全县妇女工作会议。会上,县妇联主席刘芳与各乡镇分管领导签订了目标管理责任书。县委副书记张伟在会上作了讲话。');
    expect(triples(f, 'ATTENDED')).toEqual(['刘芳 -ATTENDED(签订)-> 全县妇女工作会议', '张伟 -ATTENDED(讲话)-> 全县妇女工作会议']);
  });

  it('shares the verb that closes a list of titled people with their bodies (平遥县人大常委会副主任…)', () => {
    const f = run('2月16日,平遥县召开创建全国文明城市动员会,县委副书记、县长曹明,平遥县委常委、宣传部部长冯小玉,平遥县人大常委会副主任陈泽平,副县长马宇,平遥县政协副主席童全出席会议。');
    expect(triples(f, 'ATTENDED').map((t) => t.split(' ')[0])).toEqual(['曹明', '冯小玉', '陈泽平', '马宇', '童全']);
  });

  it('reads 到会指导 after a list, and a long 作…工作安排, as attending', () => {
    const f = run('10月10日,平遥县核桃生产现场会在东泉镇召开,县核桃产业发展组成员张强、秦梅、韦隆到会指导。副县长秦梅作当前核桃生产及今冬明春管护工作安排。');
    expect(triples(f, 'ATTENDED')).toEqual(expect.arrayContaining(['张强 -ATTENDED(指导)-> 平遥县核桃生产现场会', '韦隆 -ATTENDED(指导)-> 平遥县核桃生产现场会',
      '秦梅 -ATTENDED(讲话)-> 平遥县核桃生产现场会']));
  });

  it('lets groups of attendees close a list (及各单位主要负责人, 村民代表, 以及媒体记者)', () => {
    const f = run('10月8日上午,平遥县植树节启动仪式在城南举行,县委书记李建军,县委副书记、宣传部部长赵国华,县委常委、组织部部长孙立新,副县长姜涛及各单位主要负责人,村民代表,以及媒体记者参加启动仪式。');
    expect(triples(f, 'ATTENDED').map((t) => t.split(' ')[0])).toEqual(['李建军', '赵国华', '孙立新', '姜涛']);
  });

  it('takes the people heard at a meeting (听取了…关于…的汇报) as reporting there, and 厅长充分肯定 as speaking', () => {
    const f = run('5月11日上午,省民政厅厅长周敏到平遥县调研养老服务工作。在接着举行的座谈会上,听取了平遥县政府刘大海县长、陈小兰副县长,县民政局吴明局长等关于养老服务工作情况的汇报。周敏厅长充分肯定了平遥县的工作。');
    expect(triples(f, 'ATTENDED').sort()).toEqual(['刘大海 -ATTENDED(汇报)-> 座谈会', '陈小兰 -ATTENDED(汇报)-> 座谈会', '吴明 -ATTENDED(汇报)-> 座谈会', '周敏 -ATTENDED(讲话)-> 座谈会'].sort());
    // Heard without a meeting to be heard at: nobody attends.
    expect(triples(run('听取了平遥县政府刘大海县长的汇报。'), 'ATTENDED')).toEqual([]);
  });

  it('does not send people who 陪同调研 to a meeting named in another sentence', () => {
    const f = run('5月6日,平遥县召开座谈会,听取意见。6日下午,市委常委王明,县政协主席李强陪同调研。');
    expect(triples(f, 'ATTENDED')).toEqual([]);
  });
});

describe('meetings named in papers and lists', () => {
  it('takes the meeting a paper proposes to convene (《关于召开…全体会议的筹备方案》), run by its committee', () => {
    const f = run('本报讯 平遥县委召开常委会议。会议审议通过县委办公室报送的《关于召开中国共产党平遥县第十五届委员会第三次全体会议的筹备方案》。');
    expect(names(f, 'Event')).toContain('中国共产党平遥县第十五届委员会第三次全体会议');
    expect(triples(f, 'RUNS')).toContain('中共平遥县委 -RUNS(召开)-> 中国共产党平遥县第十五届委员会第三次全体会议');
    // Any other meeting named in a paper's title is the paper's subject only.
    expect(names(run('本报讯 平遥县委召开常委会议。会议审议了《全县安全生产工作会议筹备情况的报告》。'), 'Event')).toEqual(['常委会议']);
  });

  it('takes a meeting whose spirit is relayed with another’s (中央农村工作会议和省委…会议精神)', () => {
    expect(names(run('本报讯 平遥县召开会议,会议强调,要落实中央农村工作会议和省委经济工作会议精神。'), 'Event')).toContain('中央农村工作会议');
  });
});

describe('who runs a meeting or a campaign, and where', () => {
  it('has a body run the meeting named after it (县总工会十五届三次全委(扩大)会)', () => {
    const f = run('本报讯 4月10日,平遥县总工会十五届三次全委(扩大)会召开。县委副书记王丽出席会议。');
    expect(triples(f, 'RUNS')).toContain('平遥县总工会 -RUNS(召开)-> 平遥县总工会十五届三次全委(扩大)会');
  });

  it('places the campaigns of a place’s women’s federation in that place, but not those of a hospital’s youth league', () => {
    const f = run('本报讯 2023年,平遥县妇联开展了“春蕾护航”、“爱心助学”等系列活动。');
    expect(triples(f, 'TAKES_PLACE_IN')).toEqual(expect.arrayContaining(['春蕾护航 -TAKES_PLACE_IN()-> 平遥县', '爱心助学 -TAKES_PLACE_IN()-> 平遥县']));
    const g = run('本报讯 平遥县人民医院团委开展了“青春护航”系列活动。');
    expect(triples(g, 'TAKES_PLACE_IN')).toEqual([]);
  });
});

describe('campaigns and plans in quotes', () => {
  it('takes a five-year plan by its period, with or without 规划', () => {
    expect(names(run('本报讯 抓紧谋划“十五五”规划前期研究。'), 'Program')).toEqual(['十五五']);
    const f = run('本报讯 今年是“十三五”收官之年,也是谋划“十四五”的关键一年。');
    expect(f.entities.filter((e) => e.type === 'Program').map((e) => [e.name, e.aliases.includes(`${e.name}规划`)])).toEqual([['十三五', true], ['十四五', true]]);
  });

  it('takes a quoted scheme a place writes as its own (我县“…”)', () => {
    expect(names(run('本报讯 平遥县委召开会议,听取我县“退耕还果”和发展农旅融合等工作情况汇报。'), 'Program')).toEqual(['退耕还果']);
    // What the place calls something is no scheme: a quotation.
    expect(names(run('本报讯 我县“最美家庭”的评选结果公布。'), 'Program')).toEqual([]);
  });
});
