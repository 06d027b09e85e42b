// The Cypher console: library queries with their parameters, or a free read-only query. Nodes in the result are drawn
// as the graph (the view focuses on them); other results are shown as a table. Writes are refused by the server.
import { api, type LibraryQuery } from './api.ts';
import { el, byId } from './dom.ts';
import { t } from './i18n.ts';

export interface ConsoleHooks { focus(ids: Set<string> | null): void; onRun(query: string, cypher: string, params: Record<string, string>): void }

function entityIds(v: unknown, out: Set<string>): void {
  if (Array.isArray(v)) { v.forEach((x) => entityIds(x, out)); return; }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.labels) && o.properties && typeof (o.properties as Record<string, unknown>).id === 'string') out.add((o.properties as Record<string, string>).id);
    else if (Array.isArray(o.segments)) for (const s of o.segments as Record<string, unknown>[]) { entityIds(s.start, out); entityIds(s.end, out); }
    else Object.values(o).forEach((x) => entityIds(x, out));
  }
}

export async function setupConsole(enabled: boolean, hooks: ConsoleHooks, initial: { query: string; cypher: string; params: Record<string, string> }): Promise<(q?: string) => Promise<void>> {
  byId('console-off').hidden = enabled;
  byId('console-on').hidden = !enabled;
  if (!enabled) return async () => {};
  const queries: LibraryQuery[] = await api.queries();
  const select = byId<HTMLSelectElement>('library');
  const paramsBox = byId<HTMLElement>('library-params');
  const text = byId<HTMLTextAreaElement>('cypher');
  const error = byId<HTMLElement>('console-error');
  const result = byId<HTMLElement>('result');
  select.replaceChildren(el('option', { value: '' }, t('freeQuery')), ...queries.map((q) => el('option', { value: q.name }, `${q.name} — ${q.title}`)));
  const renderParams = (values: Record<string, string> = {}) => {
    const q = queries.find((x) => x.name === select.value);
    text.hidden = !!q;
    paramsBox.replaceChildren(...(q?.params ?? []).map((p) => el('label', {}, `${p.name}`, el('input', { type: 'text', 'data-param': p.name, placeholder: p.description, value: values[p.name] ?? p.default ?? '' }))));
  };
  select.addEventListener('change', () => renderParams());
  select.value = initial.query;
  text.value = initial.cypher;
  renderParams(initial.params);
  const run = async () => {
    error.textContent = '';
    result.replaceChildren();
    const params: Record<string, string> = {};
    paramsBox.querySelectorAll<HTMLInputElement>('input[data-param]').forEach((i) => { if (i.value) params[i.dataset.param!] = i.value; });
    hooks.onRun(select.value, select.value ? '' : text.value, params);
    try {
      const r = await api.query(select.value ? { name: select.value, params } : { cypher: text.value, params });
      const ids = new Set<string>();
      entityIds(r.rows, ids);
      if (ids.size) hooks.focus(ids);
      const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
      result.append(el('div', { class: 'muted', 'data-testid': 'result-count' }, `${r.rows.length} ${t('rows')}${ids.size ? ` · ${ids.size} ${t('nodes')}` : ''}`));
      result.append(el('table', { 'data-testid': 'result-table' }, el('tr', {}, ...r.keys.map((k) => el('th', {}, k))), ...r.rows.slice(0, 200).map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v)))))));
    } catch (e) {
      error.textContent = (e as Error).message;
    }
  };
  byId('run').addEventListener('click', () => void run());
  byId('clear').addEventListener('click', () => { result.replaceChildren(); error.textContent = ''; hooks.focus(null); hooks.onRun('', '', {}); });
  return async () => run();
}
