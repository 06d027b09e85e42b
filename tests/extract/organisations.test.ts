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

  it('reads 社区党委 and 社区居委会 written bare in an article about one community as that community’s', () => {
    const f = run('本报讯 平遥县民政局局长张三到古陶镇顺城社区考察。社区党委按照要求,完善了服务体系。社区居委会主任李四介绍了情况。');
    expect(triples(f, 'PART_OF')).toEqual(['顺城社区党委 -PART_OF()-> 顺城社区', '顺城社区居民委员会 -PART_OF()-> 顺城社区']);
    // With two communities in view, a bare one is not guessed.
    const g = run('本报讯 平遥县民政局局长张三到古陶镇古城社区、顺城社区考察。社区党委按照要求,完善了服务体系。');
    expect(names(g, 'Organization')).toEqual(['平遥县民政局', '古城社区', '顺城社区']);
  });

  it('keeps a bracketed region inside a name (…示范区(晋中)建设领导小组), but not 扩大', () => {
    expect(names(run('本报讯 山西省现代特色农业示范区(晋中)建设领导小组到平遥县调研。'), 'Organization')).toContain('山西省现代特色农业示范区(晋中)建设领导小组');
    expect(names(run('本报讯 平遥县委召开常委(扩大)会议。'), 'Organization')).toEqual(['中共平遥县委']);
  });

  it('does not read the verb 率 into a name (主任柳明率委办公室…)', () => {
    const f = run('10月11日上午,山西省卫生健康委员会主任柳明率委办公室、科教处负责人到平遥县调研。');
    expect(names(f, 'Organization').filter((n) => n.startsWith('率'))).toEqual([]);
  });

  it('names a district’s CPPCC with its city, as it is officially, and gives its bodies the city-prefixed forms too', () => {
    const f = run('本报讯 鹤壁市山城区政协主席王刚、区委书记李明出席。');
    const cppcc = f.entities.find((e) => e.name.startsWith('中国人民政治协商会议'))!;
    expect(cppcc.name).toBe('中国人民政治协商会议鹤壁市山城区委员会');
    expect(cppcc.aliases).toEqual(expect.arrayContaining(['山城区政协', '中国人民政治协商会议山城区委员会', '政协鹤壁市山城区委员会']));
    expect(f.entities.find((e) => e.name === '中共山城区委')?.aliases).toContain('中国共产党鹤壁市山城区委员会');
    // A county's is named without its city.
    expect(names(run('本报讯 平遥县政协主席王刚出席。'), 'Organization')).toContain('中国人民政治协商会议平遥县委员会');
    // Written bare (政协主席) in a district's article, it is the same body.
    expect(names(run('本报讯 近日,小店区召开会议。政协主席王刚出席。'), 'Organization')).toContain('中国人民政治协商会议太原市小店区委员会');
  });

  it('finds a program quoted inside another’s name, and gives the verb to the outer one', () => {
    const f = run('8月6日,长寿区政协开展“深化‘强基工程’、建设美丽乡村”专项民主监督活动。', '长寿区政协开展专项民主监督活动');
    expect(names(f, 'Program')).toEqual(expect.arrayContaining(['强基工程', '深化‘强基工程’、建设美丽乡村']));
    const t = triples(f, 'RUNS');
    expect(t).toContain('中国人民政治协商会议重庆市长寿区委员会 -RUNS(开展)-> 深化‘强基工程’、建设美丽乡村');
    expect(t.filter((x) => x.endsWith('> 强基工程'))).toEqual([]);
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

  it('takes a 关于 title as a document whatever it calls itself, issued by the office that submitted it, not its parent', () => {
    const f = run('本报讯 11月8日,寿阳县委召开常委会议。会议同意县委办公室提交的《关于举办全县经济工作务虚会的筹备安排》。', '寿阳县委召开常委会议');
    expect(names(f, 'Document')).toEqual(['关于举办全县经济工作务虚会的筹备安排']);
    expect(f.entities.find((e) => e.type === 'Document')?.props.docType).toBe('筹备安排');
    expect(triples(f, 'ISSUED')).toEqual(['中共寿阳县委办公室 -ISSUED()-> 关于举办全县经济工作务虚会的筹备安排']);
  });

  it('finds the campaign a paper is about in its title, and does not place it in the home place on that alone', () => {
    const f = run('会上,与会人员学习了《关于开展清河治污行动的实施方案》。', '长寿区召开生态环境工作会议');
    expect(names(f, 'Program')).toContain('清河治污行动');
    expect(names(f, 'Document')).toEqual(['关于开展清河治污行动的实施方案']);
    expect(triples(f, 'TAKES_PLACE_IN').filter((t) => t.startsWith('清河治污行动'))).toEqual([]);
  });

  it('places a nationwide program in the home place where the article writes it as the place’s own (全县…)', () => {
    const f = run('本报讯 县委召开常委会议。会议要求,要做好垃圾分类工作,推动全县垃圾分类取得实效。', '寿阳县委召开常委会议');
    expect(triples(f, 'TAKES_PLACE_IN')).toContain('垃圾分类 -TAKES_PLACE_IN()-> 寿阳县');
    const g = run('本报讯 县委召开常委会议。会议要求,要做好垃圾分类工作。', '寿阳县委召开常委会议');
    expect(triples(g, 'TAKES_PLACE_IN').filter((t) => t.startsWith('垃圾分类'))).toEqual([]);
    // A standing task is no program.
    expect(names(run('本报讯 县委召开常委会议。会议要求,要做好疫情防控工作。', '寿阳县委召开常委会议'), 'Program')).toEqual([]);
  });
});

describe('organisation mentions that name no organisation here', () => {
  it('keeps a school name whose first character looks like a verb (深入育英中学 → 育英中学)', () => {
    const f = run('县长孙立新先后深入育英中学、桃园路小学调研。', '长寿区召开教育工作座谈会');
    expect(names(f, 'Organization')).toContain('长寿区育英中学');
  });

  it('reads no body out of 部位 or 所取得 (a suffix running on into a word)', () => {
    const f = run('民警巡查重点部位45处。全县民政工作所取得的进展得到肯定。', '长寿区开展巡查行动');
    expect(names(f, 'Organization')).toEqual([]);
  });

  it('skips words inside a document title, but keeps the issuer at its head', () => {
    const f = run('山城区召开会议。按照《山城区“十四五”时期城乡学校布点优化专项规划》,印发《中共芮城县委农村工作领导小组办公室关于建立联席会议制度的通知》。');
    const orgs = names(f, 'Organization');
    expect(orgs.some((n) => n.includes('城乡学校'))).toBe(false);
    expect(orgs).toContain('中共芮城县委农村工作领导小组办公室');
  });

  it('skips collective and designation mentions, roles and described kinds', () => {
    const f = run('梨树县召开会议。组织全县离退休干部党支部书记学习,要求各党委(党组)加强指导。9所学校获评省级劳动教育试点学校。'
      + '人大代表、政协委员参加调查。可选择紧密型教育集团、贯通式教育集团等模式。');
    expect(names(f, 'Organization')).toEqual([]);
  });

  it('does not take a fragment of a quoted label or a name running into a place for an organisation', () => {
    const f = run('太原市召开会议。开展好“党员名师工作室”等示范创建活动。尖草坪区光社街道被评为示范点。');
    const orgs = names(f, 'Organization');
    expect(orgs.some((n) => n.endsWith('师工作室') || n.endsWith('光社'))).toBe(false);
  });

  it('treats 代表 as a verb unless it is part of 代表大会', () => {
    const f = run('太原市召开纪念会。高君宇代表少年中国学会出席大会。市人民代表大会常务委员会召开会议。');
    const orgs = names(f, 'Organization');
    expect(orgs).toContain('少年中国学会');
    expect(orgs.some((n) => n.startsWith('代表'))).toBe(false);
  });
});

describe('nesting and party units', () => {
  it('gives a unit written after its host a PART_OF link and its own name when it starts with a place', () => {
    const f = run('太原市召开会议。李国平是中国宝武太钢集团山西太钢不锈钢股份有限公司技术中心首席研究员。');
    const t = triples(f, 'PART_OF');
    expect(t).toContain('山西太钢不锈钢股份有限公司 -PART_OF()-> 中国宝武太钢集团');
    expect(triples(f, 'LOCATED_IN')).toContain('中国宝武太钢集团 -LOCATED_IN()-> 太原市');
  });

  it('names a party unit after its host in full and links it to the host', () => {
    const f = run('鹤壁市召开会议。市妇幼保健院团委在市卫健委党组的领导下开展活动。');
    expect(names(f, 'Organization')).toContain('鹤壁市卫生健康委员会党组');
    expect(triples(f, 'PART_OF')).toContain('鹤壁市卫生健康委员会党组 -PART_OF()-> 鹤壁市卫生健康委员会');
  });

  it('expands a party unit of a body written without its place', () => {
    const f = run('伊通满族自治县教育局召开会议。按照文件要求,教育局党组认真学习文件。');
    expect(triples(f, 'PART_OF')).toContain('伊通满族自治县教育局党组 -PART_OF()-> 伊通满族自治县教育局');
  });

  it('names a stationed discipline team after the body that sends it', () => {
    const f = run('吕梁市召开会议。市教育局党组成员、市纪委监委派驻市教育局纪检监察组组长王凤莲讲话。');
    const t = triples(f, 'HOLDS_POSITION');
    expect(t).toContain('王凤莲 -HOLDS_POSITION(组长)-> 吕梁市纪委监委派驻吕梁市教育局纪检监察组');
    expect(t).toContain('王凤莲 -HOLDS_POSITION(成员)-> 吕梁市教育局党组');
    expect(triples(f, 'PART_OF')).toContain('吕梁市纪委监委派驻吕梁市教育局纪检监察组 -PART_OF()-> 中共吕梁市纪律检查委员会');
  });

  it('splits 县委县政府 into the committee and the government', () => {
    const f = run('祁县召开会议。县委县政府高度重视妇女工作。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['中共祁县委', '祁县人民政府']));
  });

  it('places a body in the county its name gives, and its units with it', () => {
    const f = run('太原市开展值守。公安杏花岭分局大东关派出所民警值守。');
    expect(triples(f, 'LOCATED_IN')).toContain('公安杏花岭分局 -LOCATED_IN()-> 杏花岭区');
    expect(triples(f, 'LOCATED_IN')).toContain('公安杏花岭分局大东关派出所 -LOCATED_IN()-> 杏花岭区');
  });
});

describe('who runs a program, and where', () => {
  it('reads coordinated subjects and 联合', () => {
    const f = run('双辽市开展活动。双辽市河长办联合双辽市水利局开展了“清河护岸”志愿服务活动。特殊教育学校、八一街幼儿园开展“我为群众办实事”活动。');
    const t = triples(f, 'RUNS');
    expect(t).toContain('双辽市河长制办公室 -RUNS(开展)-> 清河护岸');
    expect(t).toContain('双辽市水利局 -RUNS(开展)-> 清河护岸');
    expect(t).toContain('双辽市八一街幼儿园 -RUNS(开展)-> 我为群众办实事');
    expect(t).toContain('双辽市特殊教育学校 -RUNS(开展)-> 我为群众办实事');
  });

  it('reads 该院 as the last 院 named', () => {
    const f = run('鹤壁市妇幼保健院团委开展学习。2023年,该院还开展了“两癌筛查”活动。');
    expect(triples(f, 'RUNS')).toContain('鹤壁市妇幼保健院 -RUNS(开展)-> 两癌筛查');
  });

  it('places a program in the place its sentence is about, or its name starts with', () => {
    const f = run('双辽市开展主题活动。双辽市王奔镇开展“美丽庭院”创建活动。全省“绿书签”行动仪式在太原举行。', '双辽市开展主题活动');
    const t = triples(f, 'TAKES_PLACE_IN');
    expect(t).toContain('美丽庭院 -TAKES_PLACE_IN()-> 王奔镇');
  });

  it('an article about a place has no main actor: its programs happen there, run by no one in particular', () => {
    const f = run('梨树县认真贯彻落实市委老干部局的部署。坚持开展“银龄先锋”活动。', '梨树县推动离退休干部党建工作');
    expect(triples(f, 'RUNS')).toEqual([]);
    expect(triples(f, 'TAKES_PLACE_IN')).toContain('银龄先锋 -TAKES_PLACE_IN()-> 梨树县');
  });
});

describe('bureaus, sessions and venues', () => {
  it('reads bureaus written as bare fields in a list', () => {
    const f = run('通城县召开防汛会议。会上,县住建、水利、民政、公安等部门负责同志分别汇报了工作。', '通城县召开防汛会议');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['通城县水利局', '通城县公安局', '通城县民政局', '通城县住房和城乡建设局']));
  });

  it('knows a committee’s plenary session and who convenes it', () => {
    const f = run('武邑县召开会议。会议传达了市委三届五次全会精神。', '武邑县召开会议');
    expect(triples(f, 'RUNS').some((x) => x.startsWith('中共') && x.includes('三届五次全会'))).toBe(true);
  });

  it('names a venue written with a level word as the home place’s (在县会议中心)', () => {
    const f = run('11月16日下午,兴文县公安局在县会议中心三楼会议室组织召开全县冬季治安巡防动员部署会。');
    expect(names(f, 'Place')).toContain('兴文县会议中心');
    expect(triples(f, 'TAKES_PLACE_IN')).toContain('全县冬季治安巡防动员部署会 -TAKES_PLACE_IN()-> 兴文县会议中心');
  });

  it('places a meeting at the venue named after 在', () => {
    const f = run('长宁县召开动员会。12月27日,全县一村一警务助理动员部署会在长宁县会议中心召开。', '长宁县召开动员会');
    expect(triples(f, 'TAKES_PLACE_IN')).toContain('全县一村一警务助理动员部署会 -TAKES_PLACE_IN()-> 长宁县会议中心');
  });
});

describe('a congress and its standing committee', () => {
  it('makes the standing committee part of the congress when both are named', () => {
    const f = run('县人大常委会副主任王强说,县人大将进一步加强监督。', '文水县人大常委会组织代表视察');
    expect(triples(f, 'PART_OF')).toEqual(['文水县人大常委会 -PART_OF()-> 文水县人民代表大会']);
  });
});

describe('a township’s own bodies', () => {
  it('reads the 党委 of a party committee as that committee (镇党委副书记、党委委员)', () => {
    const f = run('仪式上,石桥镇党委副书记、党委委员刘洋讲话。', '石桥镇举行志愿服务队授旗仪式');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(expect.arrayContaining(['刘洋 -HOLDS_POSITION(副书记)-> 中共石桥镇委员会', '刘洋 -HOLDS_POSITION(委员)-> 中共石桥镇委员会']));
    expect(names(f, 'Organization').filter((n) => n.endsWith('党委'))).toEqual([]);
  });

  it('reads 镇党委, 镇政府 and 镇综合文化站 in an article about one township as that township’s', () => {
    const f = run('7月12日,霍山县副县长陈志刚到衡山镇检查指导农村文化工作,察看了镇综合文化站日常运行情况。陈志刚要求镇党委、镇政府抓好落实。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['衡山镇综合文化站', '中共衡山镇委员会', '衡山镇人民政府']));
    expect(triples(f, 'LOCATED_IN')).toContain('衡山镇综合文化站 -LOCATED_IN()-> 衡山镇');
    // Two townships: 镇党委 could be either, so it is not named.
    const two = run('7月12日,霍山县副县长陈志刚到衡山镇、佛子岭镇检查指导工作,要求镇党委抓好落实。');
    expect(names(two, 'Organization').some((n) => n.includes('委员会'))).toBe(false);
  });

  it('names a township’s party committee in full, keeping the short form', () => {
    const f = run('6月5日,千人桥镇党委召开会议。');
    const org = f.entities.find((e) => e.name === '中共千人桥镇委员会');
    expect(org?.aliases).toContain('千人桥镇党委');
  });
});

describe('police stations', () => {
  it('takes a brigade written bare (特巡警大队、…) in an article about one bureau as the bureau’s unit', () => {
    const f = run('涪陵区公安局政委刘志远主持出征仪式,特巡警大队、荔枝派出所等单位参加。队伍由特巡警巡逻车辆开道。', '涪陵区公安局启动夏季巡逻');
    expect(triples(f, 'PART_OF')).toEqual(expect.arrayContaining(['涪陵区公安局特巡警大队 -PART_OF()-> 涪陵区公安局', '涪陵区公安局荔枝派出所 -PART_OF()-> 涪陵区公安局']));
  });

  it('names bare stations after the one public security bureau of the article, listed ones too, as its units', () => {
    const f = run('望江县公安局开展集中巡查行动,组织治安、特警、华阳、雷池派出所警力走上街头。长岭派出所所长作表态发言。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['望江县公安局华阳派出所', '望江县公安局雷池派出所', '望江县公安局长岭派出所']));
    expect(names(f, 'Organization').some((n) => /治安|特警派出所/u.test(n))).toBe(false);
    expect(triples(f, 'PART_OF')).toContain('望江县公安局华阳派出所 -PART_OF()-> 望江县公安局');
    const f2 = run('望江县公安局、怀宁县公安局联合行动,长岭派出所参加。');
    expect(names(f2, 'Organization')).not.toContain('望江县公安局长岭派出所');
  });
});

describe('institution names that look generic', () => {
  it('keeps a specialised hospital named after its place, and an elderly-service centre with 为老 inside', () => {
    const f = run('彝良县人民医院组织贵阳市儿童医院专家开展义诊。宋玉兰一行来到翠湖综合为老服务中心。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['贵阳市儿童医院', '翠湖综合为老服务中心']));
    // Without a place, 儿童医院 in running text names none.
    expect(names(run('要关心儿童医院建设。'), 'Organization')).toEqual([]);
  });
});

describe('papers named without 《》', () => {
  it('takes a paper named after the verb that issues it, ending in its type where the clause ends', () => {
    const f = run('本报讯 平遥县教育局出台中小学教师“县管校聘”管理改革指导意见,在全县范围内核定编制。');
    expect(names(f, 'Document')).toEqual(['中小学教师县管校聘管理改革指导意见']);
    expect(triples(f, 'ISSUED')).toEqual(['平遥县教育局 -ISSUED()-> 中小学教师县管校聘管理改革指导意见']);
    expect(names(run('本报讯 平遥县委学习传达《意见》精神,制定平遥县贯彻落实意见举措清单,明确工作任务。'), 'Document')).toContain('平遥县贯彻落实意见举措清单');
    // A paper named only by its kind has no title.
    expect(names(run('本报讯 平遥县制定了工作方案,出台了一系列政策措施。'), 'Document')).toEqual([]);
  });

  it('takes a quoted paper’s title, issued by the bodies written right before it', () => {
    const f = run('本报讯 以平遥县委、县政府“推进教育高质量发展,落实好人民满意教育20条行动方案”为指引,加强教师队伍建设。');
    expect(names(f, 'Document')).toEqual(['推进教育高质量发展,落实好人民满意教育20条行动方案']);
    expect(triples(f, 'ISSUED').map((t) => t.split(' ')[0]).sort()).toEqual(['中共平遥县委', '平遥县人民政府']);
  });
});

describe('units a leader brings along', () => {
  it('names the units after 率 as the leader’s body’s own (厅办公室, 社会事务处), with their members’ posts', () => {
    const f = run('10月11日上午,河北省民政厅厅长周敏率厅办公室王刚主任、社会事务处李红处长等到安平县调研养老服务工作。');
    expect(names(f, 'Organization').sort()).toEqual(['河北省民政厅', '河北省民政厅办公室', '河北省民政厅社会事务处'].sort());
    expect(triples(f, 'PART_OF').sort()).toEqual(['河北省民政厅办公室 -PART_OF()-> 河北省民政厅', '河北省民政厅社会事务处 -PART_OF()-> 河北省民政厅'].sort());
    expect(triples(f, 'HOLDS_POSITION')).toEqual(expect.arrayContaining(['王刚 -HOLDS_POSITION(主任)-> 河北省民政厅办公室', '李红 -HOLDS_POSITION(处长)-> 河北省民政厅社会事务处']));
  });
});

describe('bodies named by the company they keep', () => {
  it('reads a bare 政府 right after a party committee (东泉镇党委、政府; 镇党委政府) as the government of its place', () => {
    const f = run('5月6日,平遥县县长王强称赞东泉镇党委政府抓实了春耕备耕。东泉镇党委、政府和镇卫生院负责人一同察看。');
    expect(names(f, 'Organization')).toContain('东泉镇人民政府');
    expect(triples(f, 'LOCATED_IN')).toContain('东泉镇人民政府 -LOCATED_IN()-> 东泉镇');
  });

  it('reads X市委会 after a democratic party’s name as that party’s committee of X', () => {
    const f = run('5月6日,民进山西省委会常委、太原市委会主委李强带队来平遥调研。');
    expect(triples(f, 'HOLDS_POSITION')).toEqual(['李强 -HOLDS_POSITION(常委)-> 中国民主促进会山西省委员会', '李强 -HOLDS_POSITION(主委)-> 中国民主促进会太原市委员会']);
  });
});

describe('what is not a program', () => {
  it('does not take a problem named in quotes (“…困难”这一…问题) or examples of activities (开展A、B等活动) for programs', () => {
    expect(names(run('平遥县团委聚焦“人才引进、留住困难”这一最突出、最迫切的问题,实施青年人才计划。'), 'Program')).toEqual(['青年人才计划']);
    expect(names(run('团委协调解决了住房公积金缴纳等问题,开展艺术插花、婚恋交友等活动10余场。'), 'Program')).toEqual([]);
  });
});

describe('institutions written bare', () => {
  it('reads a bare 进修学校 as the home place’s 教师进修学校', () => {
    const f = run('本报讯 平遥县教育局召开会议。进修学校各学段教研员深入线上课堂。');
    const school = f.entities.find((e) => e.name === '平遥县教师进修学校');
    expect(school?.aliases).toEqual(expect.arrayContaining(['进修学校', '平遥县进修学校']));
  });
});

describe('names that hold a word the name finder stops at', () => {
  it('keeps a place name with 原 inside a name (太原师范学院, 原平市教育局, 平原县委), and 原 as “former” outside it', () => {
    expect(names(run('本报讯 近日,太原师范学院开展合作。'), 'Organization')).toEqual(['太原师范学院']);
    expect(names(run('本报讯 近日,原平市教育局开展培训。'), 'Organization')).toEqual(['原平市教育局']);
    expect(names(run('本报讯 平原县委召开会议。'), 'Organization')).toEqual(['中共平原县委']);
    expect(names(run('本报讯 平遥县召开会议,原县教育局局长李华出席。'), 'Organization')).toEqual(['平遥县教育局']);
  });

  it('reads courts, procuratorates and government offices written short by their full names, once', () => {
    const f = run('本报讯 平遥县召开会议,山西省检察院、平遥县人民检察院、县法院、县政府办、市政府外办负责人参加。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['山西省人民检察院', '平遥县人民检察院', '平遥县人民法院',
      '平遥县人民政府办公室', '晋中市人民政府外事办公室']));
  });

  it('reads school types written short (市卫校, 县职校) by their full names', () => {
    const f = run('本报讯 吕梁市教育局召开会议。市卫校注重学用结合,县职校开展技能大赛。');
    expect(names(f, 'Organization')).toEqual(expect.arrayContaining(['吕梁市卫生学校']));
  });
});

