// The details panel: type, name, aliases, properties, posts (person) or people and programs (organisation), and the
// evidence — each sentence with the entity's words highlighted, and the article's title, date and file.
import type { Model } from './model.ts';
import type { Relation } from './api.ts';
import { el, byId, highlighted } from './dom.ts';
import { t } from './i18n.ts';
import { TYPE_COLORS } from './model.ts';

export function showDetails(model: Model, id: string | null, onSelect: (id: string) => void, onExpand: (id: string) => void): void {
  const box = byId<HTMLElement>('details');
  if (!id || !model.entities.has(id)) { box.replaceChildren(el('p', { class: 'muted' }, t('clickHint'))); return; }
  const e = model.entities.get(id)!;
  const name = (x: string) => model.entities.get(x)?.name ?? model.articles.get(x)?.title ?? x;
  const link = (x: string) => { const a = el('a', { href: '#', 'data-id': x }, name(x)); a.addEventListener('click', (ev) => { ev.preventDefault(); onSelect(x); }); return a; };
  const rels = [...model.relations.values()].filter((r) => r.source === id || r.target === id);
  const parts: Node[] = [
    el('h2', { 'data-testid': 'details-name' }, e.name),
    el('span', { class: 'kind', style: `background:${TYPE_COLORS[e.type] ?? '#888'}` }, t(e.type)),
  ];
  const dl = el('dl');
  if (e.aliases.filter((a) => a !== e.name).length) dl.append(el('dt', {}, t('aliases')), el('dd', {}, e.aliases.filter((a) => a !== e.name).join('、')));
  for (const [k, v] of Object.entries(e.props)) {
    if (v === null || v === undefined || k === 'namedPlace') continue;
    const shown = typeof v === 'string' && v.startsWith('p:') ? name(v) : Array.isArray(v) ? v.join('、') : String(v);
    dl.append(el('dt', {}, k), el('dd', {}, shown));
  }
  parts.push(dl);
  const table = (title: string, rows: [Node | string, string, string][]) => {
    if (!rows.length) return;
    parts.push(el('h3', {}, title), el('table', {}, ...rows.map((r) => el('tr', {}, el('td', {}, r[0]), el('td', {}, r[1]), el('td', {}, r[2])))));
  };
  if (e.type === 'Person') {
    table(t('posts'), rels.filter((r) => r.type === 'HOLDS_POSITION' && r.source === id).map((r) => [link(r.target), String(r.props.title ?? ''), `${String(r.props.status ?? '')} ${String(r.props.asOf ?? '')}`.trim()]));
  }
  if (e.type === 'Organization') {
    table(t('people'), rels.filter((r) => r.type === 'HOLDS_POSITION' && r.target === id).map((r) => [link(r.source), String(r.props.title ?? ''), String(r.props.asOf ?? '')]));
    table(t('programs'), rels.filter((r) => r.type === 'RUNS' && r.source === id).map((r) => [link(r.target), String(r.props.role ?? ''), '']));
  }
  const other = rels.filter((r) => !(e.type === 'Person' && r.type === 'HOLDS_POSITION'));
  table(t('relations'), other.slice(0, 40).map((r) => [link(r.source === id ? r.target : r.source), t(r.type), String(r.props.title ?? r.props.role ?? '')]));
  const expand = el('button', { type: 'button', 'data-testid': 'expand' }, t('expand'));
  expand.addEventListener('click', () => onExpand(id));
  parts.push(expand, el('h3', {}, t('evidence')));
  const words = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)];
  const seen = new Set<string>();
  const evidence = el('div', { 'data-testid': 'evidence' });
  const add = (r: Relation | null, sentence: string, article: string) => {
    const key = `${article}|${sentence}`;
    if (seen.has(key) || seen.size >= 30) return;
    seen.add(key);
    const a = model.articles.get(article);
    const src = a ? `${a.title}${a.date ? ` · ${a.date}` : ''} · ${a.source}` : article;
    const where = el('div', { class: 'src' }, r ? `${t(r.type)} · ${src}` : src);
    // The page the article was crawled from, when a manifest gave its address (only web addresses become links).
    if (a?.url && /^https?:\/\//u.test(a.url)) where.append(' · ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, t('original')));
    evidence.append(el('div', { class: 'evidence' }, el('div', {}, highlighted(sentence, words)), where));
  };
  for (const r of rels) for (const ev of r.evidence) add(r, ev.sentence, ev.article);
  parts.push(evidence);
  box.replaceChildren(...parts);
}
