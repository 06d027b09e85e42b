// Official titles of this genre. Source: shared/docs/genre-notes.md ("Titles"), extended with common variants seen in
// county and city news. `head` marks the top post of an organisation; `implies` names the organisation a bare title
// implies (市长 → 市人民政府), as a relative short form resolved later from the place.

export interface TitleInfo {
  title: string;
  head: boolean;
  /** org short form implied by the bare title, with '@' standing for the level word (市/县/区…) */
  implies?: string;
  /** a rank or role without an organisation of its own */
  rankOnly?: boolean;
}

const HEADS = [
  '总书记', '总理', '副总理', '委员长',
  '书记', '市长', '县长', '区长', '旗长', '州长', '镇长', '乡长', '省长', '盟长', '主任', '局长', '厅长', '部长', '主席', '院长', '校长',
  '所长', '站长', '队长', '秘书长', '组长', '党组书记', '党委书记', '党工委书记', '总支书记', '支部书记', '总经理', '董事长', '理事长', '会长',
  '社长', '台长', '行长', '园长', '馆长', '处长', '科长', '司长', '主编', '总编辑', '总裁', '团长', '村长', '总队长', '支队长', '大队长',
  '指挥长', '庭长', '检察长', '审判长', '负责人', '召集人', '第一书记', '主委', '政委', '教导员', '指导员', '经理', '厂长', '矿长', '署长', '关长',
];
const DEPUTIES = [
  '副书记', '副市长', '副县长', '副区长', '副旗长', '副州长', '副镇长', '副乡长', '副省长', '副主任', '副局长', '副厅长', '副部长', '副主席',
  '副院长', '副校长', '副所长', '副站长', '副队长', '副秘书长', '副组长', '副总经理', '副董事长', '副理事长', '副会长', '副社长', '副台长',
  '副行长', '副主委', '副园长', '副馆长', '副处长', '副科长', '副司长', '副主编', '副总编辑', '副团长', '副村长', '副政委', '副经理', '副厂长',
  '常务副市长', '常务副县长', '常务副区长', '常务副主任', '常务副局长', '常务副部长', '常务副院长', '常务副校长', '常务副主席', '常务副书记',
  '专职副书记', '专职副主席', '党组副书记', '党委副书记', '副总队长', '副支队长', '副大队长', '副指挥长', '副庭长', '副检察长',
];
const MEMBERS = [
  '常委', '委员', '党组成员', '党委委员', '党组副书记', '成员', '党委成员', '支委', '秘书', '干事', '科员', '主任科员', '副主任科员',
  '记者', '编辑', '通讯员', '教师', '老师', '医生', '护士', '护士长', '主治医师', '主任医师', '副主任医师', '研究员', '首席研究员',
  '副研究员', '工程师', '高级工程师', '教研员', '班主任', '民警', '辅警', '警长', '三级警长', '二级警长', '一级警长', '网格员',
  '志愿者', '代表', '人大代表', '政协委员', '驻村第一书记', '工作人员', '专干', '联络员', '讲解员', '检察官', '法官', '律师',
  '纪检监察组组长', '纪检组长', '监察专员', '审计员', '统计员', '特派员', '督导员', '协管员',
];
const RANKS = [
  '一级巡视员', '二级巡视员', '一级调研员', '二级调研员', '三级调研员', '四级调研员', '一级主任科员', '二级主任科员', '正处级', '副处级',
  '正科级', '副科级', '正县级', '副县级', '巡视员', '副巡视员', '调研员', '副调研员',
];

// Titles that imply an organisation when no organisation precedes them in their own segment.
const IMPLIES: Record<string, string> = {
  市长: '@政府', 副市长: '@政府', 常务副市长: '@政府', 县长: '@政府', 副县长: '@政府', 常务副县长: '@政府',
  区长: '@政府', 副区长: '@政府', 常务副区长: '@政府', 旗长: '@政府', 副旗长: '@政府', 州长: '@政府', 副州长: '@政府',
  省长: '@政府', 副省长: '@政府', 镇长: '@政府', 副镇长: '@政府', 乡长: '@政府', 副乡长: '@政府', 盟长: '@政府',
};

export const TITLES: Map<string, TitleInfo> = new Map();
for (const t of HEADS) TITLES.set(t, { title: t, head: true, implies: IMPLIES[t] });
for (const t of DEPUTIES) TITLES.set(t, { title: t, head: false, implies: IMPLIES[t] });
for (const t of MEMBERS) if (!TITLES.has(t)) TITLES.set(t, { title: t, head: false });
for (const t of RANKS) TITLES.set(t, { title: t, head: false, rankOnly: true });

/** Compound forms that name an organisation part and a title: 组织部长 = 组织部 + 部长; 纪委书记 = 纪委 + 书记. */
export const FUSED_TITLES: Record<string, { org: string; title: string }> = {
  组织部长: { org: '组织部', title: '部长' },
  宣传部长: { org: '宣传部', title: '部长' },
  统战部长: { org: '统战部', title: '部长' },
  纪委书记: { org: '纪委', title: '书记' },
  政法委书记: { org: '政法委', title: '书记' },
  市委书记: { org: '市委', title: '书记' },
  县委书记: { org: '县委', title: '书记' },
  区委书记: { org: '区委', title: '书记' },
  省委书记: { org: '省委', title: '书记' },
  州委书记: { org: '州委', title: '书记' },
  旗委书记: { org: '旗委', title: '书记' },
  镇党委书记: { org: '镇党委', title: '书记' },
  乡党委书记: { org: '乡党委', title: '书记' },
};
