import { describe, expect, it } from 'vitest';
import { run, triples, names } from './helpers.ts';

const FENYANG = '汾阳市举行启动仪式。';

describe('posts (HOLDS_POSITION)', () => {
  it('ends a two-character name before a verb of reading out (领学, 宣讲)', () => {
    const f = run('会上,县教育局局长何平领学了有关文件,县委宣传部部长马兰宣讲党的政策。', '长子县召开教育工作会议');
    expect(names(f, 'Person').sort()).toEqual(['何平', '马兰'].sort());
  });

  it('splits a 、-joined chain into one post per title, each bound to its own organisation', () => {
    const f = run(`${FENYANG}市委副书记、市长、市新时代文明实践中心副主任王宝启宣读了方案。`);
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('王宝启 -HOLDS_POSITION(副书记)-> 中共汾阳市委');
    expect(t).toContain('王宝启 -HOLDS_POSITION(市长)-> 汾阳市人民政府');
    expect(t).toContain('王宝启 -HOLDS_POSITION(副主任)-> 汾阳市新时代文明实践中心');
  });

  it('marks the head of an organisation and carries the article date and status', () => {
    const f = run(`${FENYANG}汾阳市委书记李正奎指出,要做好工作。`);
    const r = f.relations.find((x) => x.type === 'HOLDS_POSITION')!;
    expect(r.props).toMatchObject({ title: '书记', head: true, status: 'current', asOf: '2022-06-27' });
    expect(r.evidence.sentence).toContain('汾阳市委书记李正奎指出');
  });

  it('reads status cue words (原, 时任, 代)', () => {
    const f = run(`${FENYANG}原汾阳市教育局局长张三、时任汾阳市委书记李四出席。代市长王五讲话。`);
    const status = Object.fromEntries(f.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => [f.entities.find((e) => e.key === r.source)!.name, r.props.status]));
    expect(status).toMatchObject({ 张三: 'former', 李四: 'at_that_time', 王五: 'acting' });
  });

  it('resolves a bare party department to the committee of its place: 市委常委、宣传部部长', () => {
    const f = run('太原市召开会议。市委常委、宣传部部长杨继承分别走访慰问了模范人物。');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('杨继承 -HOLDS_POSITION(常委)-> 中共太原市委');
    expect(t).toContain('杨继承 -HOLDS_POSITION(部长)-> 中共太原市委宣传部');
    expect(triples(f, 'PART_OF')).toContain('中共太原市委宣传部 -PART_OF()-> 中共太原市委');
  });

  it('finds names after titles and before speech verbs, not common words', () => {
    const f = run(`${FENYANG}局长李明要求,教研员素养要提升。李正奎强调,要明确责任。`);
    expect(names(f, 'Person').sort()).toEqual(['李明', '李正奎']);
  });
});

describe('deputies', () => {
  it('seats a deputy in the congress or CPPCC of the level written before the title, not in a body named earlier in the clause', () => {
    const f = run('县委书记走访了市级人大代表王丽、县人大代表张强和县政协委员李刚。汾阳市人大代表赵明参加。人大代表孙伟参加。', '文水县开展代表走访活动');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toEqual(expect.arrayContaining([
      '王丽 -HOLDS_POSITION(代表)-> 吕梁市人民代表大会',
      '张强 -HOLDS_POSITION(代表)-> 文水县人民代表大会',
      '李刚 -HOLDS_POSITION(委员)-> 中国人民政治协商会议文水县委员会',
      '赵明 -HOLDS_POSITION(代表)-> 汾阳市人民代表大会',
    ]));
    // A deputy of no level written holds no post we can place; none goes to the 县委 before the verb.
    expect(t.filter((x) => x.startsWith('孙伟') || x.includes('中共'))).toEqual([]);
  });
});

describe('posts in lists', () => {
  it('carries the organisation along a list of people and a title along a list of names', () => {
    const f = run('太原市开展值守。大东关派出所副所长王丽娟、三级警长王路远和辅警奥强、刘忠明等人到了高速口。');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('王丽娟 -HOLDS_POSITION(副所长)-> 大东关派出所');
    expect(t).toContain('王路远 -HOLDS_POSITION(三级警长)-> 大东关派出所');
    expect(t).toContain('奥强 -HOLDS_POSITION(辅警)-> 大东关派出所');
    expect(t).toContain('刘忠明 -HOLDS_POSITION(辅警)-> 大东关派出所');
  });

  it('reads 是 + organisation + title', () => {
    const f = run('太原市走访劳模。走访了劳模李国平、张俊平。李国平是山西太钢不锈钢股份有限公司技术中心首席研究员。');
    expect(triples(f, 'HOLDS_POSITION')).toContain('李国平 -HOLDS_POSITION(首席研究员)-> 山西太钢不锈钢股份有限公司技术中心');
  });
});

describe('posts of other bodies than the home place', () => {
  it('puts a bare party department after a committee post in that committee', () => {
    const f = run('梨树县召开座谈会。省委常委、统战部长吴海英讲话,市委常委、统战部长王柏仲参加。', '梨树县召开座谈会');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('吴海英 -HOLDS_POSITION(部长)-> 中共吉林省委统战部');
    expect(t).toContain('王柏仲 -HOLDS_POSITION(部长)-> 中共四平市委统战部');
  });

  it('knows the democratic parties’ committees', () => {
    const f = run('梨树县召开座谈会。民革吉林省委主委郭乃硕参加。', '梨树县召开座谈会');
    expect(triples(f, 'HOLDS_POSITION')).toContain('郭乃硕 -HOLDS_POSITION(主委)-> 中国国民党革命委员会吉林省委员会');
  });
});

describe('more ways the genre names posts', () => {
  it('carries a chain across a comma after a named post', () => {
    const f = run('石阡县开展调研。县人大常委会主任夏宽忠,副主任陈朝江、徐泽勇参加调研。', '石阡县开展调研');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('夏宽忠 -HOLDS_POSITION(主任)-> 石阡县人大常委会');
    expect(t).toContain('陈朝江 -HOLDS_POSITION(副主任)-> 石阡县人大常委会');
    expect(t).toContain('徐泽勇 -HOLDS_POSITION(副主任)-> 石阡县人大常委会');
  });

  it('reads a name before a title after the place it serves', () => {
    const f = run('镇雄县开展义诊。杉树乡周君乡长代表当地党委政府讲话。', '镇雄县开展义诊');
    expect(triples(f, 'HOLDS_POSITION')).toContain('周君 -HOLDS_POSITION(乡长)-> 杉树乡人民政府');
  });

  it('finds names in lists before attendance verbs and after descriptors', () => {
    const f = run('白城市召开会议。夏晖、王海刚、黄秀清和孟凡平出席会议。看望了市级老劳模张殿敬。', '白城市召开会议');
    expect(names(f, 'Person')).toEqual(expect.arrayContaining(['夏晖', '王海刚', '黄秀清', '孟凡平', '张殿敬']));
  });
});

describe('posts in this genre’s other shapes', () => {
  it('reads 全 at the end of a given name, but not 全县 after a title', () => {
    const f = run('泸县政协副主席童立全出席会议,县委书记全程参加。');
    expect(triples(f, 'HOLDS_POSITION')).toContain('童立全 -HOLDS_POSITION(副主席)-> 中国人民政治协商会议泸县委员会');
    expect(names(f, 'Person')).not.toContain('全程');
  });

  it('reads the leaders of a group formed 以A为组长、B为副组长', () => {
    const f = run('宿松县公安局召开会议。该局成立了以局长凌大勇为组长、副局长徐国强为副组长的清查行动领导小组。');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('凌大勇 -HOLDS_POSITION(组长)-> 清查行动领导小组');
    expect(t).toContain('徐国强 -HOLDS_POSITION(副组长)-> 清查行动领导小组');
  });
});

describe('posts whose body is written with a term or cannot be named', () => {
  it('reads a term of a CPPCC or people’s congress as the body itself', () => {
    const f = run('沙洋县召开会议。4月15日,省三农问题研究会会长、省政协第十一届委员会副主席肖旭明一行来沙洋调研。');
    expect(triples(f, 'HOLDS_POSITION')).toContain('肖旭明 -HOLDS_POSITION(副主席)-> 中国人民政治协商会议湖北省委员会');
    expect(names(f, 'Organization').some((n) => n.includes('第十一届'))).toBe(false);
  });

  it('does not give a post whose body it cannot name to the body of the name before', () => {
    const f = run('9月16日上午,临沂市义诊活动启动仪式举办。市人民医院党委书记李凤鸣,区委副书记吕凤龙等出席。');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['李凤鸣 -HOLDS_POSITION(书记)-> 临沂市人民医院党委']);
    const bare = run('桐梓县召开会议。县人大常委会主任夏宽忠,副主任陈朝江出席。');
    expect(triples(bare, 'HOLDS_POSITION')).toContain('陈朝江 -HOLDS_POSITION(副主任)-> 桐梓县人大常委会');
  });
});

describe('bare head titles', () => {
  it('gives a bare 局长 to the one 局 the article names, and to none when it names two', () => {
    const one = run('宿松县公安局开展统一清查行动。该局成立了以局长凌勇为组长、副局长徐国林为副组长的清查行动领导小组。');
    expect(triples(one, 'HOLDS_POSITION')).toEqual(expect.arrayContaining([
      '凌勇 -HOLDS_POSITION(局长)-> 宿松县公安局', '徐国林 -HOLDS_POSITION(副局长)-> 宿松县公安局',
    ]));
    const two = run('宿松县公安局、县财政局开展统一清查行动。局长凌勇参加。');
    expect(triples(two, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('rank titles', () => {
  it('makes a rank a post in the body written before it, and never on its own', () => {
    const f = run('枣庄市召开推进会。市卫生健康委二级调研员钱继伟参加。');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['钱继伟 -HOLDS_POSITION(二级调研员)-> 枣庄市卫生健康委员会']);
    const bare = run('枣庄市召开推进会。副市长刘吉忠、二级巡视员王刚参加。');
    expect(triples(bare, 'HOLDS_POSITION')).toEqual(['刘吉忠 -HOLDS_POSITION(副市长)-> 枣庄市人民政府']);
  });
});

describe('appointments', () => {
  it('reads 任 + posts after one name or a list of names, each title in its own body or the one it implies', () => {
    const f = run('桐梓县召开常委会。经研究决定:张明华任县教育局局长;李建国任县委常委、副县长。');
    expect(triples(f, 'HOLDS_POSITION').sort()).toEqual([
      '张明华 -HOLDS_POSITION(局长)-> 桐梓县教育局', '李建国 -HOLDS_POSITION(副县长)-> 桐梓县人民政府', '李建国 -HOLDS_POSITION(常委)-> 中共桐梓县委',
    ].sort());
    const voted = run('4月10日,桐梓县妇联召开执委会。会议表决通过了周慧、郑瑶任县妇联副主席。');
    expect(triples(voted, 'HOLDS_POSITION')).toEqual(['周慧 -HOLDS_POSITION(副主席)-> 桐梓县妇女联合会', '郑瑶 -HOLDS_POSITION(副主席)-> 桐梓县妇女联合会']);
  });

  it('does not read 任务, 主任 or 兼任, or a clause that ends in no title, as an appointment', () => {
    expect(triples(run('桐梓县召开会议。王刚任务繁重,李明任劳任怨。'), 'HOLDS_POSITION')).toEqual([]);
    expect(names(run('医院积极争取院党委支持,党办主任兼任团委书记。'), 'Person')).toEqual([]);
  });
});
