// Interface strings in Chinese and English; labels of the data stay as written.
export type Lang = 'zh' | 'en';

const STRINGS: Record<string, [string, string]> = {
  title: ['地方政务知识图谱', 'Local government knowledge graph'],
  searchPlaceholder: ['搜索人名、机构、地点（支持拼音、首字母）', 'Search names, aliases, pinyin (lizhengkui, lzk)'],
  entityTypes: ['实体类型', 'Entity types'], relationTypes: ['关系类型', 'Relation types'], place: ['地点', 'Place'], period: ['时间', 'Period'],
  display: ['显示', 'Display'], sizeBy: ['大小', 'Size'], degree: ['度数', 'Degree'], colorBy: ['颜色', 'Colour'], byType: ['按类型', 'By type'],
  byCommunity: ['按社区 (Louvain)', 'By community (Louvain)'], stopLayout: ['停止布局', 'Stop layout'], startLayout: ['开始布局', 'Run layout'],
  legend: ['图例', 'Legend'], export: ['导出', 'Export'], clickHint: ['点击节点查看详情与证据', 'Click a node for its details and evidence'],
  consoleOff: ['Cypher 控制台需要 Neo4j（当前为文件模式）', 'The Cypher console needs Neo4j (this is file mode)'], run: ['运行（只读）', 'Run (read-only)'],
  clear: ['清除', 'Clear'], allPlaces: ['全部地点', 'All places'], freeQuery: ['自由查询', 'Free query'], aliases: ['别名', 'Aliases'],
  properties: ['属性', 'Properties'], posts: ['职务', 'Posts'], people: ['人员', 'People'], programs: ['项目与活动', 'Programs'],
  evidence: ['证据', 'Evidence'], original: ['原文', 'original page'], relations: ['关系', 'Relations'], expand: ['展开邻居', 'Expand neighbours'], rows: ['行', 'rows'],
  nodes: ['节点', 'nodes'], edges: ['边', 'edges'], undated: ['含无日期', 'incl. undated'], showAll: ['显示全部', 'Show all'],
  Person: ['人物', 'Person'], Organization: ['机构', 'Organisation'], Place: ['地点', 'Place'], Program: ['项目/活动', 'Program'],
  Document: ['文件', 'Document'], Event: ['事件', 'Event'], Honor: ['荣誉', 'Honor'],
  HOLDS_POSITION: ['任职', 'holds post'], PART_OF: ['隶属', 'part of'], LOCATED_IN: ['位于', 'located in'], RUNS: ['开展', 'runs'],
  TAKES_PLACE_IN: ['发生于', 'takes place in'], ISSUED: ['印发', 'issued'], ATTENDED: ['出席', 'attended'], RECEIVED: ['获得', 'received'], AUTHORED: ['撰稿', 'authored'],
};

let lang: Lang = 'zh';
export function setLang(l: Lang): void { lang = l; }
export function getLang(): Lang { return lang; }
export function t(key: string): string { const s = STRINGS[key]; return s ? s[lang === 'zh' ? 0 : 1] : key; }

/** Applies the strings to every element marked data-i18n / data-i18n-placeholder. */
export function applyI18n(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n!); });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder!); });
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
