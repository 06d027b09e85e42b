// Person-name cues. Surnames come from the chinese-surnames package (1,062, with compound ones); it lacks a few common
// ones (付), added here.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LIST = require('chinese-surnames') as string[];
const EXTRA = ['付', '仝', '亢', '么', '冼', '靳', '阎', '闫', '覃', '隋', '兰', '禚', '谯', '逯', '厍', '蒯', '佘', '郇', '啜', '燕', '邸', '渠'];
export const SURNAMES = new Set<string>([...LIST, ...EXTRA]);
export const COMPOUND_SURNAMES = new Set([...SURNAMES].filter((s) => s.length > 1));

/** Speech and action verbs that follow a name at the start of a clause (李正奎指出…). */
export const SPEECH_VERBS = ['指出', '强调', '要求', '表示', '介绍', '说', '认为', '提出', '希望', '说道', '谈到', '讲到', '坦言', '透露', '告诉',
  '主持', '宣读', '作了', '作', '代表', '致辞', '讲话', '点评', '总结', '部署', '通报', '汇报', '传达', '解读', '回顾', '发言', '寄语', '勉励',
  '叮嘱', '鼓励', '嘱咐', '称', '一行', '带队', '率队', '先后', '分别', '深入', '来到', '前往', '走进', '看望', '慰问', '调研', '参加', '出席',
  '察看', '查看', '检查', '详细', '仔细', '认真', '亲切', '高度', '充分', '对', '向', '为', '在', '是', '等', '同志', '和', '与', '及', '、',
  '也', '还', '并', '就', '到', '从', '把', '被', '将', '与会', '现场', '实地', '主动', '积极', '带领', '陪同', '率', '同', '获', '荣获', '被评为',
  '当选', '获得', '以', '通过', '结合', '围绕', '针对', '听取', '了解', '询问', '关切', '表彰', '颁发', '颁奖', '签约', '签署', '会见', '会晤',
  '作为', '现任', '担任', '任', '系', '的', '说明', '首先', '随后', '最后', '同时', '又', '都', '已', '曾', '已经', '正在', '一直', '始终',
  '一同', '一起', '共同', '随同', '宣布', '讲解', '主讲', '发表', '指导', '领学', '领读', '领誓', '宣讲', '授课'];

/** Words that describe a person without a post (市级老劳模刘长庚, 困难群众韩玉林): names follow them, no post is read. */
export const PERSON_DESCRIPTORS = ['老劳模', '劳模', '劳动模范', '老党员', '老干部', '困难群众', '困难党员', '村民', '居民', '老兵', '退役军人',
  '贫困户', '脱贫户', '种植户', '养殖户', '企业家', '致富带头人', '乡贤', '烈士', '英模', '道德模范', '身边好人', '优秀教师', '乡村医生', '村医',
  '网格员'];

/** Characters that do not occur in given names of this genre's people (they mark a misparse). */
export const NOT_NAME_CHARS = new Set([...'的了在是和与及等为对向从把被将也就都还并而或市县区省镇乡村委局部党记者员书届年月日号个名位家所第这那其该本各全每此之于们副办、，。；：？！“”（）《》(),.;:?!0123456789']);

/** Surname characters that, in this genre, are nearly always a word of their own before a title or verb (及受表彰, 多级书记). */
export const WEAK_SURNAMES = new Set(['及', '与', '多', '于是', '市', '县', '区', '省']);

/** Forms that look like names but are anonymous or role-only (张先生, 王某). */
export const ANONYMOUS = /(?:先生|女士|小姐|某|某某|老师|师傅|阿姨|大爷|大妈|同学|一家|夫妇)$/u;

/** Cues before a list of names: 市领导赵洲洋、于技群… */
export const LIST_CUES = ['市领导', '县领导', '区领导', '省领导', '旗领导', '州领导', '镇领导', '乡领导', '领导', '参加人员', '参会人员', '出席人员',
  '嘉宾', '获奖者', '代表', '专家', '委员', '成员', '同志', '获得者', '队员', '党员', '老党员', '劳模', '干部'];

/**
 * National leaders the genre names without a title cue (学习贯彻习近平新时代中国特色社会主义思想): members of the Politburo
 * Standing Committee since 2012 and the founders the texts keep quoting. Public record, not seed data.
 */
export const NATIONAL_LEADERS = ['习近平', '李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希', '李克强', '栗战书', '汪洋', '韩正', '胡锦涛',
  '江泽民', '温家宝', '毛泽东', '邓小平', '周恩来', '刘少奇', '朱德'];

/** The hundred most frequent surnames (national household statistics): after a title, 刘青松 is a name whatever jieba says. */
export const COMMON_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']);
