// Reports for analysts: title and selection, counts, the drawing, tables of people and posts, organisations, places
// and programs, and every relation with its evidence sentence and source article. Markdown, or one self-contained HTML.
import type { Entity, GraphJson, Relation } from '../graph/types.ts';
import { writeSvg } from './svg.ts';

const TYPE_ZH: Record<string, string> = { Person: '人物', Organization: '机构', Place: '地点', Program: '项目/活动', Document: '文件', Event: '事件', Honor: '荣誉' };
const REL_ZH: Record<string, string> = { HOLDS_POSITION: '任职', PART_OF: '隶属', LOCATED_IN: '位于', RUNS: '开展', TAKES_PLACE_IN: '发生于', ISSUED: '印发', ATTENDED: '出席', RECEIVED: '获得', AUTHORED: '撰稿' };

interface Tables { heads: string[]; rows: string[][]; caption: string }

function tables(g: GraphJson): Tables[] {
  const name = new Map(g.entities.map((e) => [e.id, e.name]));
  const art = new Map(g.articles.map((a) => [a.id, a]));
  const by = (t: string) => g.entities.filter((e) => e.type === t).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const rels = (t: string) => g.relations.filter((r) => r.type === t);
  const posts = rels('HOLDS_POSITION');
  const runs = rels('RUNS');
  const place = (e: Entity) => (typeof e.props.place === 'string' ? name.get(e.props.place) ?? '' : '');
  const source = (r: Relation) => r.evidence.map((ev) => { const a = art.get(ev.article); return a ? `${a.title}（${a.source}${a.date ? `，${a.date}` : ''}）` : ev.article; }).join('；');
  return [
    { caption: '人物与职务 People and posts', heads: ['人物', '职务', '机构', '状态', '日期'],
      rows: by('Person').flatMap((p) => { const ps = posts.filter((r) => r.source === p.id); return ps.length ? ps.map((r) => [p.name, String(r.props.title ?? ''), name.get(r.target) ?? '', String(r.props.status ?? ''), String(r.props.asOf ?? '')]) : [[p.name, '', '', '', '']]; }) },
    { caption: '机构 Organisations', heads: ['机构', '类别', '所在地', '上级'],
      rows: by('Organization').map((o) => [o.name, String(o.props.kind ?? ''), place(o), rels('PART_OF').filter((r) => r.source === o.id).map((r) => name.get(r.target)).join('、')]) },
    { caption: '地点 Places', heads: ['地点', '代码', '层级'], rows: by('Place').map((p) => [p.name, String(p.props.code ?? ''), String(p.props.level ?? '')]) },
    { caption: '项目、活动与事件 Programs and events', heads: ['名称', '类型', '开展单位'],
      rows: [...by('Program'), ...by('Event')].map((p) => [p.name, TYPE_ZH[p.type] ?? p.type, runs.filter((r) => r.target === p.id).map((r) => `${name.get(r.source)}（${String(r.props.role ?? '')}）`).join('、')]) },
    { caption: '关系与证据 Relations and evidence', heads: ['主体', '关系', '客体', '证据句', '来源'],
      rows: g.relations.map((r) => [name.get(r.source) ?? r.source, `${REL_ZH[r.type] ?? r.type}${r.props.title ? `·${String(r.props.title)}` : r.props.role ? `·${String(r.props.role)}` : ''}`, name.get(r.target) ?? art.get(r.target)?.title ?? r.target, r.evidence[0]?.sentence ?? '', source(r)]) },
  ];
}

function counts(g: GraphJson): string[] {
  const c = new Map<string, number>();
  for (const e of g.entities) c.set(e.type, (c.get(e.type) ?? 0) + 1);
  return [...c].map(([t, n]) => `${TYPE_ZH[t] ?? t} ${n}`).concat([`关系 ${g.relations.length}`, `文章 ${g.articles.length}`]);
}

const mdCell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

export function writeMarkdown(g: GraphJson, title: string, selection: string): string {
  const svg = writeSvg(g, 1200, 900, title);
  const out = [`# ${title}`, '', `选取 Selection: ${selection}`, '', `共 ${counts(g).join('，')}`, '',
    `![${title}](data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')})`, ''];
  for (const t of tables(g)) {
    if (!t.rows.length) continue;
    out.push(`## ${t.caption}`, '', `| ${t.heads.join(' | ')} |`, `|${t.heads.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`), '');
  }
  return out.join('\n');
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function writeHtml(g: GraphJson, title: string, selection: string): string {
  const svg = writeSvg(g, 1200, 900, '');
  const sections = tables(g).filter((t) => t.rows.length).map((t) => `<section><h2>${esc(t.caption)}</h2><table><thead><tr>${t.heads.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table></section>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2rem auto;max-width:1240px;color:#1f2933;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.2rem} .meta{color:#52606d} figure{margin:1rem 0;border:1px solid #e4e7eb}
figure svg{width:100%;height:auto;display:block} table{border-collapse:collapse;width:100%;font-size:.9rem;margin-bottom:1.5rem}
th,td{border:1px solid #e4e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top} th{background:#f5f7fa} td:nth-child(2){white-space:nowrap} h2{font-size:1.2rem;margin-top:2rem}
</style></head><body>
<h1>${esc(title)}</h1>
<p class="meta">选取 Selection: ${esc(selection)}<br>共 ${esc(counts(g).join('，'))}</p>
<figure>${svg}</figure>
${sections}
<p class="meta">Generated by cn-gov-kg from ${g.articles.length} article(s).</p>
</body></html>
`;
}
