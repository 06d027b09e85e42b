// Search by Chinese name, alias, full pinyin or pinyin initials (lizhengkui, lzk → 李正奎), with suggestions.
import { match } from 'pinyin-pro';
import type { Model } from './model.ts';
import { el, byId } from './dom.ts';
import { t } from './i18n.ts';

export interface Hit { id: string; name: string; type: string; score: number }

export function searchEntities(model: Model, q: string, limit = 12): Hit[] {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  const hits: Hit[] = [];
  for (const e of model.entities.values()) {
    let score = 0;
    if (e.name === q.trim()) score = 100;
    else if (e.name.includes(q.trim())) score = 60 - (e.name.length - q.trim().length);
    else if (e.aliases.some((a) => a.includes(q.trim()))) score = 40;
    else if (/^[a-z]+$/u.test(query)) {
      // pinyin-pro matches full pinyin, initials and mixtures against the name's characters.
      const m = match(e.name, query, { continuous: true });
      if (m && m.length) score = m[0] === 0 ? 50 - e.name.length : 30;
    }
    if (score > 0) hits.push({ id: e.id, name: e.name, type: e.type, score: score + Math.min(10, e.mentions.length) });
  }
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh')).slice(0, limit);
}

export function setupSearch(model: Model, onSelect: (id: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let active = -1;
  const render = () => {
    const hits = searchEntities(model, input.value);
    list.replaceChildren(...hits.map((h, i) => {
      const li = el('li', { 'data-id': h.id, class: i === active ? 'active' : '' }, el('span', {}, h.name), el('span', { class: 'muted' }, t(h.type)));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(h.id); });
      return li;
    }));
    list.hidden = hits.length === 0;
  };
  const pick = (id: string) => { list.hidden = true; input.value = model.entities.get(id)?.name ?? ''; onSelect(id); };
  input.addEventListener('input', () => { active = -1; render(); });
  input.addEventListener('keydown', (ev) => {
    const items = [...list.querySelectorAll('li')];
    if (ev.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); render(); ev.preventDefault(); }
    if (ev.key === 'ArrowUp') { active = Math.max(0, active - 1); render(); ev.preventDefault(); }
    if (ev.key === 'Enter') { const id = (items[Math.max(0, active)] as HTMLElement | undefined)?.dataset.id; if (id) pick(id); }
    if (ev.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => { list.hidden = true; });
}
