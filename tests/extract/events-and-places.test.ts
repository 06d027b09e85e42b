// Rules added from reading extraction output on held-out news: meetings named in a relayed list, where meetings
// happen by their level, an article's home when it names districts of its city, townships and villages.
import { townshipBase } from '../../src/extract/gazetteer.ts';
import { describe, expect, it } from 'vitest';
import { run, triples, names } from './helpers.ts';

describe('events and their places', () => {
  it('takes every meeting of a list whose spirit is relayed, one per level, without the conjunction', () => {
    const f = run('东营市河口区召开会议,深入学习贯彻全国全省全市水利工作会议、全市深化河湖长制工作会精神,部署今年工作。');
    const events = names(f, 'Event');
    expect(events).toEqual(expect.arrayContaining(['全国水利工作会议', '全省水利工作会议', '全市水利工作会议', '全市深化河湖长制工作会']));
    expect(events.some((e) => e.startsWith('及') || e.startsWith('以及'))).toBe(false);
  });

  it('places a committee’s session and a province’s meeting at their level, and a nationwide one nowhere', () => {
    const f = run('1月5日,中共东营市河口区委召开常委会议,传达学习市委八届六次全会精神和全省水利工作会议精神,传达全国水利工作会议精神。');
    const tp = triples(f, 'TAKES_PLACE_IN');
    expect(tp.find((t) => t.startsWith('中共东营市委八届六次全会'))).toContain('东营市');
    expect(tp.find((t) => t.startsWith('全省水利工作会议'))).toContain('山东省');
    expect(tp.some((t) => t.startsWith('全国水利工作会议'))).toBe(false);
  });

  it('holds a meeting at its venue or township and in the home place around it', () => {
    const f = run('本报讯 9月20日,平遥县油菜生产现场会在洪善镇召开。副县长张三出席。');
    expect(triples(f, 'TAKES_PLACE_IN')).toEqual(['平遥县油菜生产现场会 -TAKES_PLACE_IN()-> 洪善镇', '平遥县油菜生产现场会 -TAKES_PLACE_IN()-> 平遥县']);
    const g = run('本报讯 10月12日,汾阳市公安局在汾阳市会议中心召开全市治安工作部署会。');
    expect(triples(g, 'TAKES_PLACE_IN')).toEqual(expect.arrayContaining(['全市治安工作部署会 -TAKES_PLACE_IN()-> 汾阳市会议中心', '全市治安工作部署会 -TAKES_PLACE_IN()-> 汾阳市']));
  });
});

describe('one meeting, named with and without its place', () => {
  it('merges the title’s name into the text’s placed one, and places it where the text says it was held', () => {
    const f = run('3月9日,汾阳市核桃提质增效现场观摩暨春季管护工作推进会在贾家庄镇召开。副市长张明出席会议并讲话。', '汾阳市召开核桃提质增效现场观摩暨春季管护工作推进会');
    expect(names(f, 'Event')).toEqual(['汾阳市核桃提质增效现场观摩暨春季管护工作推进会']);
    expect(f.entities.find((e) => e.type === 'Event')?.aliases).toContain('核桃提质增效现场观摩暨春季管护工作推进会');
    expect(triples(f, 'TAKES_PLACE_IN')).toEqual(['汾阳市核桃提质增效现场观摩暨春季管护工作推进会 -TAKES_PLACE_IN()-> 贾家庄镇',
      '汾阳市核桃提质增效现场观摩暨春季管护工作推进会 -TAKES_PLACE_IN()-> 汾阳市']);
  });
});

describe('one event, its long name written twice with a word changed', () => {
  it('is one event under the name first written, with everyone at it', () => {
    const f = run('9月23日,首届长寿柑橘文化节长寿现场启动暨采摘体验仪式在长寿湖举行。区长王强致辞,副区长李明主持。', '首届长寿柑橘文化节长寿区启动暨采摘体验仪式举行');
    expect(names(f, 'Event')).toEqual(['首届长寿柑橘文化节长寿区启动暨采摘体验仪式']);
    expect(f.entities.find((e) => e.type === 'Event')?.aliases).toContain('首届长寿柑橘文化节长寿现场启动暨采摘体验仪式');
    expect(triples(f, 'ATTENDED').sort()).toEqual(['李明 -ATTENDED(主持)-> 首届长寿柑橘文化节长寿区启动暨采摘体验仪式', '王强 -ATTENDED(讲话)-> 首届长寿柑橘文化节长寿区启动暨采摘体验仪式'].sort());
  });

  it('keeps two sessions apart when the change is a number', () => {
    const f = run('9月3日,长寿区第十八届人大常委会第一次会议召开,主任王强主持。10月9日,长寿区第十八届人大常委会第二次会议召开,副主任李明主持。', '长寿区人大常委会召开会议');
    expect(names(f, 'Event').sort()).toEqual(['长寿区第十八届人大常委会第一次会议', '长寿区第十八届人大常委会第二次会议'].sort());
  });
});

describe('who attends which meeting', () => {
  it('puts who speaks in the sentence after a meeting at that meeting, but not who only goes on with the visit', () => {
    const f = run('6月5日,县长王强带队到白马镇检查项目。王强一行察看了产业园。他详细了解建设情况。他要求协调解决困难。随后,一行人在白马镇会议室召开座谈会。听取汇报后,王强强调,要加快进度。李明陪同检查。', '县领导到白马镇检查项目');
    const t = triples(f, 'ATTENDED');
    expect(t).toContain('王强 -ATTENDED(讲话)-> 座谈会');
    expect(t.filter((x) => x.startsWith('李明'))).toEqual([]);
  });

  it('gives the chair the meeting held, not the one whose spirit it relays, in the same sentence or the next', () => {
    const same = run('9月15日,县委书记刘德胜主持召开县委常委会(扩大)会议,传达学习陕西省委十四届四次全会精神。');
    expect(triples(same, 'ATTENDED')).toEqual(['刘德胜 -ATTENDED(主持)-> 县委常委会(扩大)会议']);
    const next = run('9月15日,陕西富平县召开县委常委会(扩大)会议,传达学习陕西省委十四届四次全会精神,全省、全市、全县防汛抗旱工作会议精神。县委书记刘德胜主持会议。');
    expect(triples(next, 'ATTENDED')).toEqual(['刘德胜 -ATTENDED(主持)-> 县委常委会(扩大)会议']);
  });
});

describe('places inside places', () => {
  it('places a body named after a township or village of its county there (洪善镇卫生院, 东泉镇新庄村卫生所)', () => {
    const f = run('本报讯 平遥县卫健局局长王刚先后来到洪善镇卫生院、东泉镇新庄村卫生所调研。');
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['洪善镇卫生院 -LOCATED_IN()-> 洪善镇', '东泉镇新庄村卫生所 -LOCATED_IN()-> 新庄村',
      '平遥县卫生健康局 -LOCATED_IN()-> 平遥县']));
  });

  it('places the centres a city’s officials visit in the county the title says they visit', () => {
    const f = run('11月7日下午,晋中市民政局局长王强一行调研平遥县养老重点项目。王强一行先后来到古城综合为老服务中心、平遥县社会福利院项目点。', '晋中市民政局局长王强一行调研平遥县养老重点项目');
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['晋中市民政局 -LOCATED_IN()-> 晋中市', '古城综合为老服务中心 -LOCATED_IN()-> 平遥县']));
  });

  it('keeps a province’s college in its province, though the article is a county’s', () => {
    const f = run('3月2日,山西省社会主义学院新校区项目在平遥县洪善镇开工。平遥县县长王强出席。', '平遥县重点项目开工');
    expect(triples(f, 'LOCATED_IN')).toContain('山西省社会主义学院 -LOCATED_IN()-> 山西省');
  });

  it('links a county to its prefecture when the article names it, though a province is written before the county', () => {
    const f = run('8月2日,山西平遥县召开县委常委会议,传达学习全市防汛抗旱工作会议精神。');
    expect(triples(f, 'LOCATED_IN')).toContain('平遥县 -LOCATED_IN()-> 晋中市');
    const alone = run('8月2日,山西平遥县召开县委常委会议。');
    expect(triples(alone, 'LOCATED_IN')).toContain('平遥县 -LOCATED_IN()-> 山西省');
  });
});

describe('home place', () => {
  it('reads a numeral opening a short form inside a run of words as a count (三化四平台), not a place', () => {
    expect(names(run('本报讯 平遥县古城社区探索建立了“一核两网三化四平台”创新模式。'), 'Place')).toEqual(['平遥县']);
    expect(names(run('本报讯 来自六安、三明的客商参加活动。'), 'Place')).toEqual(['六安市', '三明市']);
  });

  it('is the city for a 全市 article held in two of its districts', () => {
    const f = run('4月2日,全市学前教育工作推进会在东营区和河口区召开。副市长王明出席会议,市教育局局长李华主持会议。');
    expect(f.home).toBe('370500');
    expect(triples(f, 'HOLDS_POSITION')).toContain('王明 -HOLDS_POSITION(副市长)-> 东营市人民政府');
  });
});

describe('townships and villages', () => {
  it('reads a list of township short forms that ends in 等乡镇 as the home county’s townships', () => {
    const f = run('6月5日,汾阳市调研组分别前往贾家庄、冀村、三泉等乡镇,走进农业企业。');
    expect(names(f, 'Place')).toEqual(expect.arrayContaining(['贾家庄镇', '冀村镇', '三泉镇']));
    expect(triples(f, 'LOCATED_IN')).toContain('冀村镇 -LOCATED_IN()-> 汾阳市');
    const people = run('汾阳市调研组前往张三、李四等乡镇干部家中。');
    expect(names(people, 'Place')).toEqual(['汾阳市']);
  });

  it('takes a village right after its township even when its name opens with a number or 新 (五里村, 新林村), and a hamlet after it', () => {
    const f = run('本报讯 平遥县委书记一行到段村镇五里村、洪善镇走访。');
    expect(triples(f, 'LOCATED_IN')).toContain('五里村 -LOCATED_IN()-> 段村镇');
    const g = run('会前,与会人员赶赴平遥县南政乡新林村后沟屯核桃基地参观。');
    expect(triples(g, 'LOCATED_IN')).toEqual(expect.arrayContaining(['新林村 -LOCATED_IN()-> 南政乡', '后沟屯 -LOCATED_IN()-> 新林村']));
    // A number alone counts villages.
    expect(names(run('汾阳市石庄镇两村合并。'), 'Place')).toEqual(['汾阳市', '石庄镇']);
  });

  it('takes the villages a sentence lists after the township it opens with, and Mongolian 嘎查 of any length', () => {
    const f = run('本报讯 在代钦塔拉苏木巴彦温都尔嘎查实地调研时,科尔沁右翼中旗旗长王刚详细了解了情况。在吐列毛杜镇,王刚先后到查干宝力嘎查、乌兰哈达嘎查,实地察看了家庭牧场。');
    expect(triples(f, 'LOCATED_IN')).toEqual(expect.arrayContaining(['巴彦温都尔嘎查 -LOCATED_IN()-> 代钦塔拉苏木',
      '查干宝力嘎查 -LOCATED_IN()-> 吐列毛杜镇', '乌兰哈达嘎查 -LOCATED_IN()-> 吐列毛杜镇']));
    const g = run('本报讯 在石槽乡,平遥县县长王刚先后到新庄村、后沟村,察看了产业发展情况。');
    expect(triples(g, 'LOCATED_IN')).toEqual(expect.arrayContaining(['新庄村 -LOCATED_IN()-> 石槽乡', '后沟村 -LOCATED_IN()-> 石槽乡']));
    expect(names(run('本报讯 平遥县县长王刚先后到重点村调研。'), 'Place')).toEqual(['平遥县']);
  });

  it('reads a county’s short form followed by 村 as a village, not the county (洪善镇朝阳村)', () => {
    const f = run('平遥县委书记到洪善镇朝阳村调研。');
    expect(names(f, 'Place')).toEqual(['平遥县', '洪善镇', '朝阳村']);
    expect(names(run('汾阳市大力推进汾阳村庄清洁行动。'), 'Place')).toEqual(['汾阳市']);
  });

  it('knows an ethnic township by its short form in such a list (新房 → 新房彝族苗族乡)', () => {
    expect(townshipBase('厍东关彝族白族苗族乡')).toBe('厍东关');
    expect(townshipBase('汤山街道')).toBe('汤山');
    const f = run('本报讯 纳雍县委书记带队前往张家湾、新房、化作等乡镇调研茶产业。');
    expect(names(f, 'Place')).toEqual(expect.arrayContaining(['张家湾镇', '新房彝族苗族乡', '化作苗族彝族乡']));
    expect(triples(f, 'LOCATED_IN')).toContain('新房彝族苗族乡 -LOCATED_IN()-> 纳雍县');
  });


  it('takes a township the division data lacks when it is listed beside a known one', () => {
    const f = run('平遥县县委书记深入西王乡、洪善镇调研秸秆禁烧工作。');
    expect(names(f, 'Place')).toEqual(expect.arrayContaining(['西王乡', '洪善镇']));
    expect(triples(f, 'LOCATED_IN')).toContain('西王乡 -LOCATED_IN()-> 平遥县');
  });

  it('places the villages an article about one township names in that township, but not fragments of phrases', () => {
    const f = run('平遥县香乐乡召开会议。会上,“红岭村将加强基础设施建设。”各村要切实提高村民收入,做到小病不出村。');
    expect(names(f, 'Place')).toContain('红岭村');
    expect(triples(f, 'LOCATED_IN')).toContain('红岭村 -LOCATED_IN()-> 香乐乡');
    expect(names(f, 'Place').filter((n) => /提高村|不出村/u.test(n))).toEqual([]);
  });

  it('places a community in the one township the article is about', () => {
    const f = run('平遥县香乐乡党委书记来到新华社区调研。');
    expect(triples(f, 'LOCATED_IN').filter((t) => t.startsWith('新华社区'))).toEqual(['新华社区 -LOCATED_IN()-> 香乐乡']);
  });
});

describe('honors', () => {
  it('reads 被评选为 as an honor its subject receives, and 选树 as naming an honor for others', () => {
    const f = run('2014年,东关社区被评选为“省级充分就业社区”,社区就业率达到95%。');
    expect(triples(f, 'RECEIVED')).toEqual(['东关社区 -RECEIVED()-> 省级充分就业社区']);
    const g = run('医院开辟专栏,选树青年岗位能手、优秀团员11人。');
    expect(names(g, 'Honor')).toEqual(['青年岗位能手']);
    expect(triples(g, 'RECEIVED')).toEqual([]);
  });

  it('takes a designation of a level given by a body (被省教育厅确定为省级…建设单位)', () => {
    const f = run('本报讯 平遥县职业中学被山西省教育厅确定为省级高水平中等职业学校建设单位。');
    expect(names(f, 'Honor')).toEqual(['省级高水平中等职业学校建设单位']);
    expect(triples(f, 'RECEIVED')).toEqual(['平遥县职业中学 -RECEIVED()-> 省级高水平中等职业学校建设单位']);
    // The kind of school inside the honor's name is no school of the article.
    expect(names(f, 'Organization').sort()).toEqual(['山西省教育厅', '平遥县职业中学'].sort());
  });

  it('takes a quoted designation (…之乡) as an honor held by the place written before it', () => {
    const f = run('游客走进湖南汝城“中国温泉之乡”体验温泉文化。', '郴州市推进文旅融合');
    expect(names(f, 'Honor')).toEqual(['中国温泉之乡']);
    expect(triples(f, 'RECEIVED')).toEqual(['汝城县 -RECEIVED()-> 中国温泉之乡']);
  });

  it('takes each honor of a commendation list, without its count, keeping a year written before it', () => {
    const f = run('3月6日,正安县召开妇女工作会议。县委、县政府表彰奖励了20名三八红旗手和8个三八红旗集体,县妇联同时表彰奖励了2021年“巾帼文明岗”、“科技兴农”女能手和优秀妇女工作者。');
    expect(names(f, 'Honor').sort()).toEqual(['2021年巾帼文明岗', '三八红旗手', '三八红旗集体', '优秀妇女工作者', '科技兴农女能手'].sort());
    const post = f.entities.find((e) => e.name === '2021年巾帼文明岗');
    expect(post?.aliases).toContain('巾帼文明岗');
  });

  it('does not take a bare 先进个人 or a list of people as honors', () => {
    const f = run('会议表彰了2021年全国“扫黄打非”先进集体和先进个人,张三、李四等受到表彰。');
    expect(names(f, 'Honor')).toEqual(['2021年全国扫黄打非先进集体']);
  });
});

describe('who runs a program, from how it is written', () => {
  it('takes a body written right before a quoted program, inside an event’s name too, as running it', () => {
    const f = run('3月2日,平遥县公安局“雷霆净化行动”誓师大会在古城召开。');
    expect(triples(f, 'RUNS')).toContain('平遥县公安局 -RUNS(开展)-> 雷霆净化行动');
  });

  it('does not take the body a meeting is held at (在城关小学举行的座谈会上) for the one holding it', () => {
    const f = run('3月9日,平遥县县长王强到城关小学和南关中学检查春季开学工作。城关小学新建了图书室。在城关小学举行的座谈会上,王强听取了校长们的意见。');
    expect(names(f, 'Event')).toContain('座谈会');
    expect(triples(f, 'RUNS').filter((t) => t.startsWith('平遥县城关小学'))).toEqual([]);
  });
});
