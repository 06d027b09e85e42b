// Program, document, event and honor cues. Source: shared/docs/genre-notes.md ("Programs, documents, events") and the
// gold guide's naming rules (the quoted core without its generic noun is the name).

/** Generic nouns after a quoted program name, with the kind they give. Longest first where they overlap. */
export const PROGRAM_NOUNS: Array<[string, string]> = [
  ['专项整治行动', 'campaign'], ['专项行动', 'campaign'], ['集中行动', 'campaign'], ['主题活动', 'campaign'], ['系列活动', 'campaign'],
  ['主题教育', 'campaign'], ['行动计划', 'project'], ['三年行动', 'project'], ['攻坚行动', 'campaign'], ['活动', 'campaign'], ['行动', 'campaign'],
  ['工程', 'project'], ['计划', 'project'], ['项目', 'project'], ['政策', 'policy'], ['管理改革', 'reform'], ['改革', 'reform'], ['机制', 'mechanism'],
  ['工作制度', 'mechanism'], ['制度', 'mechanism'], ['工作法', 'mechanism'], ['模式', 'mechanism'], ['工作', 'campaign'], ['月', 'campaign'],
  ['宣传月', 'campaign'], ['活动月', 'campaign'], ['周', 'campaign'], ['宣传周', 'campaign'], ['品牌', 'project'], ['服务', 'project'],
  ['竞赛', 'campaign'], ['大赛', 'campaign'], ['比赛', 'campaign'], ['课堂', 'project'], ['平台', 'project'], ['试点', 'project'], ['创建', 'campaign'],
  ['战略', 'policy'], ['体系', 'mechanism'], ['建设', 'project'], ['示范区', 'project'], ['示范点', 'project'], ['志愿服务', 'campaign'],
  ['行动方案', 'project'], ['演出', 'campaign'], ['品牌项目', 'project'], ['宣传活动', 'campaign'], ['专项治理', 'campaign'], ['整治', 'campaign'], ['巡展', 'campaign'], ['宣讲', 'campaign'], ['培训', 'project'], ['管理', 'mechanism'], ['举措', 'mechanism'],
  ['规划', 'plan'], ['发展规划', 'plan'],
];

/** Verbs that put a program in motion; also the RUNS role. */
export const PROGRAM_VERBS = ['主办', '承办', '协办', '开展', '实施', '组织', '举办', '召开', '举行', '启动', '推进', '推动', '牵头', '建立', '推行',
  '落实', '部署', '发起', '推出', '打造', '创建', '开设', '深化', '持续开展', '组织开展', '扎实开展', '深入开展', '全面开展', '积极开展', '广泛开展',
  '大力实施', '全面实施', '深入实施', '扎实推进', '全力推进', '坚持', '实行', '建成', '完善', '健全', '探索', '构建', '搭建', '创新', '落地', '参与'];

/** Political formulas and slogans that look like programs but are not (“两个确立”, “国之大者”). */
export const SLOGAN = /^(?:两个确立|两个维护|四个意识|四个自信|两个务必|两个结合|两个一百年|三个代表|四个全面|五位一体|三新一高|六稳|六保|两不愁三保障|两个毫不动摇|国之大者|四风|最后一公里|三农|放管服|四下基层|中国梦|绿水青山就是金山银山|人民至上|生命至上)/u;

/** Known unquoted programs of the genre. Standing tasks (疫情防控, 安全生产) are fields of work, not programs. */
export const KNOWN_PROGRAMS: Array<[string, string]> = [
  ['乡村振兴', 'policy'], ['安全生产月', 'campaign'], ['国培计划', 'project'], ['双减', 'policy'], ['河长制', 'mechanism'], ['林长制', 'mechanism'],
  ['田长制', 'mechanism'], ['基础教育强师计划', 'project'], ['文明城市创建', 'campaign'], ['全国文明城市创建', 'campaign'], ['新课改', 'reform'],
  ['县管校聘', 'reform'], ['集团化办学', 'reform'], ['扫黑除恶专项斗争', 'campaign'], ['乡村振兴战略', 'policy'], ['美丽乡村建设', 'project'],
  ['厕所革命', 'campaign'], ['垃圾分类', 'campaign'], ['人居环境整治', 'campaign'], ['农村人居环境整治', 'campaign'],
  ['网格化管理', 'mechanism'], ['全民健身', 'campaign'], ['医共体建设', 'reform'], ['义务教育优质均衡', 'policy'],
  ['优化营商环境', 'policy'], ['平安建设', 'campaign'], ['法治政府建设', 'policy'], ['全面从严治党', 'policy'],
  ['党史学习教育', 'campaign'], ['主题教育', 'campaign'], ['我为群众办实事', 'campaign'], ['三零', 'campaign'], ['大学习大讨论', 'campaign'],
  ['秸秆禁烧', 'campaign'], ['脱贫攻坚', 'campaign'], ['东西部协作', 'policy'], ['两学一做', 'campaign'], ['不忘初心、牢记使命', 'campaign'],
  ['医改', 'reform'], ['医药卫生体制改革', 'reform'], ['草畜平衡', 'policy'], ['人居环境整治提升', 'campaign'],
];

/** Document types at the end of a 《》 title; anything else in 《》 (songs, plays, periodicals) is not a document. */
export const DOC_TYPES = ['实施方案', '工作方案', '行动方案', '方案', '实施意见', '指导意见', '意见', '管理办法', '实施办法', '办法', '会议纪要', '纪要',
  '条例', '法', '通知', '规划', '计划', '决定', '标准', '规定', '细则', '制度', '指南', '纲要', '报告', '准则', '守则', '公约', '章程', '规则', '措施',
  '清单', '目录', '决议', '公报', '白皮书', '通告', '公告', '批复', '函', '要点', '规范', '手册', '宣言', '协议', '备忘录', '倡议书', '责任书', '承诺书'];

export const ISSUE_VERBS = ['印发', '出台', '制定', '发布', '下发', '颁布', '出台了', '印发了', '制定了', '发布了', '编制', '起草', '审议通过', '联合印发', '公布', '提交', '报送'];

/** Event nouns: a meeting or ceremony instance. */
export const EVENT_NOUNS = ['(扩大)会', '（扩大）会', '启动仪式', '揭牌仪式', '签约仪式', '开工仪式', '颁奖仪式', '升旗仪式', '宣誓仪式', '仪式', '开幕式', '闭幕式', '典礼',
  '座谈会', '推进会', '现场会', '动员会', '部署会', '培训会', '观摩会', '表彰会', '交流会', '发布会', '研讨会', '报告会', '总结会', '调度会',
  '联席会议', '常务会议', '常委会会议', '专题会议', '工作会议', '会议', '大会', '述职会', '茶话会', '宣讲会', '论坛', '培训班', '运动会', '博览会',
  '演讲比赛', '知识竞赛', '文艺汇演', '晚会', '誓师大会', '表彰大会', '日活动', '宣誓活动', '集体宣誓', '工作会', '评议会', '准备会', '授旗仪式',
  '作品展', '图片展', '摄影展', '书画展'];

export const EVENT_VERBS = ['召开', '举行', '举办', '组织', '开展', '主办', '承办'];

/** Attendance roles and the words that show them. */
export const ATTEND_ROLES: Array<[RegExp, string]> = [
  [/^(?:主持|主持会议|主持召开)/u, '主持'], [/^(?:宣读)/u, '宣读'], [/^(?:述职|作述职)/u, '述职'], [/^(?:宣讲|作宣讲)/u, '宣讲'],
  [/^(?:讲话|作(?:了)?(?:重要)?讲话|发表(?:了)?(?:[^，,。]{0,8})?讲话|致辞|指出|强调|要求|表示|作报告|作动员讲话|作总结讲话|总结|部署|(?:充分|高度)?肯定了|对[^，,。]{2,20}(?:进行|作出)(?:安排)?部署)/u, '讲话'],
  [/^(?:出席|参加|列席|观摩|作为[^，,。]{0,6}代表出席)/u, '出席'],
  [/^(?:宣布)/u, '宣布'], [/^(?:介绍|汇报)/u, '介绍'], [/^(?:作[^，,。]{0,30}?(?:安排|总结|发言|报告))/u, '讲话'], [/^(?:到会指导|指导)/u, '指导'],
  [/^(?:签订|签署)/u, '签订'],
];

/** Named party congresses and plenums: events without a date of their own in the text. */
export const CONGRESS = /(?:中国共产党第[一二三四五六七八九十]+次全国代表大会|党的[一二三四五六七八九十]+大|党的[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|第[一二三四五六七八九十]+次党代会)/gu;

/** Words that mark an honor inside the text after an honor verb. */
export const HONOR_CUES = /(?:先进|示范|模范|优秀|最美|标兵|文明|十佳|星级|试点|先行|称号|荣誉|奖|楷模|能手|劳动|五一|三八|红旗|巾帼|道德|好人|榜样|之星|达人|名师|骨干|带头人|功臣|建设单位|国家级|省级|市级)/u;
export const HONOR_VERBS = ['荣获', '获评', '被评为', '被评选为', '评选为', '选树', '被授予', '获得', '授予', '被命名为', '命名为', '评为', '入选', '获', '成为', '当选', '荣膺', '摘得',
  '确定为', '认定为', '列为', '评定为'];

/** Suffixes that end an unquoted program phrase (实施第四期学前教育行动计划, 推行中小学校长职级制改革). */
export const PROGRAM_PHRASE_END = /(?:政策|行动计划|专项整治|专项行动|专项治理|提升行动|攻坚行动|三年行动|管理改革|综合改革|体制改革|制度改革|评价改革|制改革|改革|机制|制度|计划|工程|行动|活动|平台|模式|体系|示范区|试点|工作法|[^体机]制)$/u;

/** Verbs that open an unquoted program phrase; the RUNS role. Longest first. */
export const PROGRAM_OPENERS = ['建立健全', '全面推行', '深入实施', '全面实施', '扎实开展', '深入开展', '持续开展', '全面启动', '启动实施', '试点开展',
  '统筹抓好', '持续深化', '全面深化', '大力实施', '积极推进', '扎实推进', '全面推进', '加快推进', '实施', '推行', '建立', '出台', '启动', '深化', '推进',
  '开展', '实行', '坚持', '完善', '健全', '创新', '打造', '搭建', '构建', '创建', '引入', '推动', '落实', '执行', '打好', '开设', '建设', '形成'];

/** Phrase cores that are generic (工作机制, 长效机制) rather than a named program. */
export const GENERIC_PROGRAM = /^(?:(?:主题|系列|专项|重点|相关|日常|各类|教育|党建|学习|例会|业务|管理|服务|队伍|人才|考核|工作)(?:教育|活动|服务|整治|行动|改革|体系|制度|工作|机制)$)|^(?:工作|长效|运行|问责|管理|考试管理|风险防范|工作推进|协调|联动|督导|保障|监督|考核|评价|激励|约束|常态化|日常|有效|科学|完善的|相关|各项|一系列|多项|这一|该|此项|各类|有关)?(?:机制|制度|体系|模式|平台|工作|活动|行动|计划|工程|改革)$/u;
