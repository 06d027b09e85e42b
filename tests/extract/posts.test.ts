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
    const f = run('东丰县召开座谈会。省委常委、统战部长赵德明讲话,市委常委、统战部长孔令军参加。', '东丰县召开座谈会');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('赵德明 -HOLDS_POSITION(部长)-> 中共吉林省委统战部');
    expect(t).toContain('孔令军 -HOLDS_POSITION(部长)-> 中共辽源市委统战部');
  });

  it('knows the democratic parties’ committees', () => {
    const f = run('东丰县召开座谈会。民革吉林省委主委许文斌参加。', '东丰县召开座谈会');
    expect(triples(f, 'HOLDS_POSITION')).toContain('许文斌 -HOLDS_POSITION(主委)-> 中国国民党革命委员会吉林省委员会');
  });
});

describe('more ways the genre names posts', () => {
  it('reads a name written between the body and the title (县教育局张华局长, 县委张华书记), and 委 there as no surname', () => {
    expect(triples(run('平遥县教育局张华局长出席会议。'), 'HOLDS_POSITION')).toEqual(['张华 -HOLDS_POSITION(局长)-> 平遥县教育局']);
    const f = run('会上,平遥县委张华书记作了讲话。');
    expect(names(f, 'Person')).toEqual(['张华']);
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['张华 -HOLDS_POSITION(书记)-> 中共平遥县委']);
  });

  it('takes a name jieba reads as one noun (方圆, 马力) after a title, and only there', () => {
    expect(triples(run('8月16日,民盟浙江省委会主委方圆带队调研。'), 'HOLDS_POSITION')).toEqual(['方圆 -HOLDS_POSITION(主委)-> 中国民主同盟浙江省委员会']);
    expect(names(run('8月16日,平遥县副县长马力出席。'), 'Person')).toEqual(['马力']);
    expect(names(run('8月16日,平遥县召开会议,方圆带队调研。'), 'Person')).toEqual([]);
  });

  it('carries a chain across a comma after a named post', () => {
    const f = run('思南县开展调研。县人大常委会主任杨正荣,副主任田茂林、罗永春参加调研。', '思南县开展调研');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('杨正荣 -HOLDS_POSITION(主任)-> 思南县人大常委会');
    expect(t).toContain('田茂林 -HOLDS_POSITION(副主任)-> 思南县人大常委会');
    expect(t).toContain('罗永春 -HOLDS_POSITION(副主任)-> 思南县人大常委会');
  });

  it('reads a name before a title after the place it serves', () => {
    const f = run('威信县开展义诊。高田乡吴岚乡长代表乡党委政府讲话。', '威信县开展义诊');
    expect(triples(f, 'HOLDS_POSITION')).toContain('吴岚 -HOLDS_POSITION(乡长)-> 高田乡人民政府');
  });

  it('finds names in lists before attendance verbs and after descriptors', () => {
    const f = run('松原市召开会议。何秀梅、邓文杰、曹丽华和唐建中出席会议。会后看望了市级老劳模蒋德福。', '松原市召开会议');
    expect(names(f, 'Person')).toEqual(expect.arrayContaining(['何秀梅', '邓文杰', '曹丽华', '唐建中', '蒋德福']));
  });
});

describe('posts in this genre’s other shapes', () => {
  it('reads 全 at the end of a given name, but not 全县 after a title', () => {
    const f = run('泸县政协副主席童立全出席会议,县委书记全程参加。');
    expect(triples(f, 'HOLDS_POSITION')).toContain('童立全 -HOLDS_POSITION(副主席)-> 中国人民政治协商会议泸县委员会');
    expect(names(f, 'Person')).not.toContain('全程');
  });

  it('reads the leaders of a group formed 以A为组长、B为副组长', () => {
    const f = run('岳西县公安局召开会议。该局成立了以局长邹建平为组长、副局长沈立功为副组长的治安整治领导小组。');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('邹建平 -HOLDS_POSITION(组长)-> 治安整治领导小组');
    expect(t).toContain('沈立功 -HOLDS_POSITION(副组长)-> 治安整治领导小组');
  });
});

describe('posts whose body is written with a term or cannot be named', () => {
  it('reads a term of a CPPCC or people’s congress as the body itself', () => {
    const f = run('远安县召开会议。5月9日,省农村经济学会会长、省政协第十届委员会副主席胡德清一行来远安调研。');
    expect(triples(f, 'HOLDS_POSITION')).toContain('胡德清 -HOLDS_POSITION(副主席)-> 中国人民政治协商会议湖北省委员会');
    expect(names(f, 'Organization').some((n) => n.includes('第十届'))).toBe(false);
  });

  it('does not give a post whose body it cannot name to the body of the name before', () => {
    const f = run('10月9日上午,济宁市义诊活动启动仪式举办。市人民医院党委书记严国栋,区委副书记彭玉华等出席。');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['严国栋 -HOLDS_POSITION(书记)-> 济宁市人民医院党委']);
    const bare = run('绥阳县召开会议。县人大常委会主任郝振林,副主任石长青出席。');
    expect(triples(bare, 'HOLDS_POSITION')).toContain('石长青 -HOLDS_POSITION(副主任)-> 绥阳县人大常委会');
  });
});

describe('bare head titles', () => {
  it('gives a bare 局长 to the one 局 the article names, and to none when it names two', () => {
    const one = run('太湖县公安局开展集中整治行动。该局成立了以局长冯军为组长、副局长韩雪松为副组长的整治行动领导小组。');
    expect(triples(one, 'HOLDS_POSITION')).toEqual(expect.arrayContaining([
      '冯军 -HOLDS_POSITION(局长)-> 太湖县公安局', '韩雪松 -HOLDS_POSITION(副局长)-> 太湖县公安局',
    ]));
    const two = run('太湖县公安局、县财政局开展集中整治行动。局长冯军参加。');
    expect(triples(two, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('rank titles', () => {
  it('makes a rank a post in the body written before it, and never on its own', () => {
    const f = run('泰安市召开推进会。市卫生健康委二级调研员魏新民参加。');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['魏新民 -HOLDS_POSITION(二级调研员)-> 泰安市卫生健康委员会']);
    const bare = run('泰安市召开推进会。副市长谭卫东、二级巡视员苏立平参加。');
    expect(triples(bare, 'HOLDS_POSITION')).toEqual(['谭卫东 -HOLDS_POSITION(副市长)-> 泰安市人民政府']);
  });
});

describe('appointments', () => {
  it('reads 任 + posts after one name or a list of names, each title in its own body or the one it implies', () => {
    const f = run('桐梓县召开常委会。经研究决定:张明华任县教育局局长;李建国任县委常委、副县长。');
    expect(triples(f, 'HOLDS_POSITION').sort()).toEqual([
      '张明华 -HOLDS_POSITION(局长)-> 桐梓县教育局', '李建国 -HOLDS_POSITION(副县长)-> 桐梓县人民政府', '李建国 -HOLDS_POSITION(常委)-> 中共桐梓县委',
    ].sort());
    const voted = run('5月22日,绥阳县妇联召开第十二届执委会第三次会议。会议表决通过了汪琳、金燕任县妇联副主席。');
    expect(triples(voted, 'HOLDS_POSITION')).toEqual(['汪琳 -HOLDS_POSITION(副主席)-> 绥阳县妇女联合会', '金燕 -HOLDS_POSITION(副主席)-> 绥阳县妇女联合会']);
  });

  it('does not read 任务, 主任 or 兼任, or a clause that ends in no title, as an appointment', () => {
    expect(triples(run('桐梓县召开会议。王刚任务繁重,李明任劳任怨。'), 'HOLDS_POSITION')).toEqual([]);
    expect(names(run('医院积极争取院党委支持,党办主任兼任团委书记。'), 'Person')).toEqual([]);
  });
});

describe('names of the regions where long names are usual', () => {
  it('reads names with 日 after 人大代表, closed by 和 or 时, as deputies of their congresses', () => {
    const f = run('本报讯 5月6日,扎赉特旗旗委书记王明看望了市人大代表苏日格和旗人大代表宝日勒岱时,听取了意见建议。');
    expect(names(f, 'Person').sort()).toEqual(['王明', '苏日格', '宝日勒岱'].sort());
    expect(triples(f, 'HOLDS_POSITION')).toEqual(expect.arrayContaining(['苏日格 -HOLDS_POSITION(代表)-> 兴安盟人民代表大会', '宝日勒岱 -HOLDS_POSITION(代表)-> 扎赉特旗人民代表大会']));
    // 市 names the league the congress sits in.
    expect(names(f, 'Place')).toContain('兴安盟');
  });
});

describe('bodies known only from a title', () => {
  it('does not call the body by the title (副县长 is no name of 平遥县人民政府)', () => {
    const f = run('本报讯 平遥县副县长王强出席会议。');
    const gov = f.entities.find((e) => e.name === '平遥县人民政府');
    expect(gov?.mentions.map((m) => m.text)).toEqual(['副县长']);
    expect(gov?.aliases).toEqual([]);
  });
});
