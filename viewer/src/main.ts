// The viewer: loads the graph, wires the panels, keeps the state in the URL.
import { api } from './api.ts';
import { buildModel, ENTITY_TYPES, RELATION_TYPES, TYPE_COLORS } from './model.ts';
import { GraphView } from './view.ts';
import { readState, writeState } from './state.ts';
import { setupSearch } from './search.ts';
import { showDetails } from './details.ts';
import { setupConsole } from './console.ts';
import { el, byId, download } from './dom.ts';
import { t, setLang, applyI18n } from './i18n.ts';

const EXPORTS = ['png', 'svg', 'gexf', 'graphml', 'csv', 'json', 'html'];

async function main(): Promise<void> {
  const state = readState();
  setLang(state.lang);
  applyI18n();
  const status = byId<HTMLElement>('status');
  const [info, data] = await Promise.all([api.info(), api.graph()]);
  const model = buildModel(data);
  const view = new GraphView(model, byId('graph'), state);
  const save = () => writeState(state);
  const refreshStatus = () => {
    status.textContent = `${info.mode === 'neo4j' ? 'Neo4j' : 'graph.json'} · ${view.visible.size}/${model.graph.order} ${t('nodes')}`;
  };

  // Entity and relation type filters; hiding a type hides its edges.
  const typeBox = byId<HTMLElement>('type-filters');
  const relBox = byId<HTMLElement>('rel-filters');
  const renderFilters = () => {
    typeBox.replaceChildren(...ENTITY_TYPES.map((ty) => {
      const cb = el('input', { type: 'checkbox', 'data-type': ty });
      cb.checked = !state.hiddenTypes.has(ty);
      cb.addEventListener('change', () => { if (cb.checked) state.hiddenTypes.delete(ty); else state.hiddenTypes.add(ty); update(); });
      return el('label', {}, cb, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[ty]}` }), t(ty));
    }));
    relBox.replaceChildren(...RELATION_TYPES.map((ty) => {
      const cb = el('input', { type: 'checkbox', 'data-rel': ty });
      cb.checked = !state.hiddenRels.has(ty);
      cb.addEventListener('change', () => { if (cb.checked) state.hiddenRels.delete(ty); else state.hiddenRels.add(ty); update(); });
      return el('label', {}, cb, `${t(ty)} (${ty})`);
    }));
    byId('legend').replaceChildren(...ENTITY_TYPES.filter((ty) => [...model.entities.values()].some((e) => e.type === ty))
      .map((ty) => el('div', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[ty]}` }), ` ${t(ty)}`)));
  };

  // Place filter: the place and the places inside it (by GB/T 2260 code).
  const placeSel = byId<HTMLSelectElement>('place-filter');
  const places = [...model.entities.values()].filter((e) => e.type === 'Place' && typeof e.props.code === 'string').sort((a, b) => String(a.props.code).localeCompare(String(b.props.code)));
  const renderPlaces = () => placeSel.replaceChildren(el('option', { value: '' }, t('allPlaces')), ...places.map((p) => el('option', { value: String(p.props.code) }, `${p.name} ${String(p.props.code)}`)));
  placeSel.addEventListener('change', () => { state.place = placeSel.value; update(); });

  // Time range over the article dates.
  const from = byId<HTMLInputElement>('from');
  const to = byId<HTMLInputElement>('to');
  const dates = model.dates;
  for (const r of [from, to]) { r.min = '0'; r.max = String(Math.max(0, dates.length - 1)); r.step = '1'; }
  from.value = String(state.from ? Math.max(0, dates.findIndex((d) => d >= state.from)) : 0);
  to.value = String(state.to ? Math.max(0, dates.length - 1 - [...dates].reverse().findIndex((d) => d <= state.to)) : dates.length - 1);
  const periodLabel = () => {
    byId('period-label').textContent = dates.length ? `${state.from || dates[0]} — ${state.to || dates[dates.length - 1]}` : '—';
  };
  const onRange = () => {
    let a = Number(from.value), b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    state.from = a > 0 ? dates[a] : '';
    state.to = b < dates.length - 1 ? dates[b] : '';
    periodLabel();
    update();
  };
  from.addEventListener('input', onRange);
  to.addEventListener('input', onRange);

  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  sizeBy.value = state.size;
  colorBy.value = state.color;
  sizeBy.addEventListener('change', () => { state.size = sizeBy.value as 'degree' | 'pagerank'; view.applySizes(); save(); });
  colorBy.addEventListener('change', () => { state.color = colorBy.value as 'type' | 'community'; view.applyColors(); save(); });

  const layoutBtn = byId<HTMLButtonElement>('layout');
  const layoutLabel = () => { layoutBtn.textContent = t(view.layoutRunning() ? 'stopLayout' : 'startLayout'); layoutBtn.dataset.running = String(view.layoutRunning()); };
  layoutBtn.addEventListener('click', () => { if (view.layoutRunning()) view.stopLayout(); else view.startLayout(8, layoutLabel); layoutLabel(); });

  const select = (id: string | null) => {
    state.node = id;
    view.selected = id;
    if (id) view.focusNode(id);
    showDetails(model, id, select, expand);
    save();
    view.sigma.refresh({ skipIndexation: true });
  };
  const expand = async (id: string) => {
    const more = await api.neighbours(id);
    buildModel(more, model);
    view.applySizes();
    view.applyColors();
    update();
  };
  view.sigma.on('clickNode', ({ node }) => select(node));
  view.sigma.on('clickStage', () => select(null));
  setupSearch(model, (id) => select(id));

  // Exports of the current view through the server's writers.
  byId('exports').replaceChildren(...EXPORTS.map((f) => {
    const b = el('button', { type: 'button', 'data-format': f }, f.toUpperCase());
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        const r = await api.exportView({ format: f, nodes: [...view.visible], edges: view.visibleEdgeRelations(), title: state.node ? `${model.entities.get(state.node)?.name ?? ''} 关系图` : '知识图谱', selection: location.search || 'the whole graph' });
        for (const file of r.files) download(file.name, file.data);
      } catch (e) { status.textContent = (e as Error).message; } finally { b.disabled = false; }
    });
    return b;
  }));

  const langBtn = byId<HTMLButtonElement>('lang');
  const renderLang = () => { langBtn.textContent = state.lang === 'zh' ? 'EN' : '中文'; applyI18n(); renderFilters(); renderPlaces(); placeSel.value = state.place; layoutLabel(); refreshStatus(); showDetails(model, state.node, select, expand); };
  langBtn.addEventListener('click', () => { state.lang = state.lang === 'zh' ? 'en' : 'zh'; setLang(state.lang); renderLang(); save(); });

  const params = new URLSearchParams(location.search);
  const initialParams: Record<string, string> = {};
  for (const [k, v] of params) if (k.startsWith('p.')) initialParams[k.slice(2)] = v;
  const runConsole = await setupConsole(info.console, {
    focus: (ids) => { view.focus = ids; update(); },
    onRun: (query, cypher, ps) => {
      state.query = query; state.cypher = cypher; save();
      const p = new URLSearchParams(location.search);
      for (const k of [...p.keys()]) if (k.startsWith('p.')) p.delete(k);
      for (const [k, v] of Object.entries(ps)) p.set(`p.${k}`, v);
      history.replaceState(null, '', `?${p.toString()}`);
    },
  }, { query: state.query, cypher: state.cypher, params: initialParams });

  function update(): void {
    view.recompute();
    refreshStatus();
    const keep = new URLSearchParams(location.search);
    save();
    // writeState rewrites the query string: carry the console's parameters over.
    const now = new URLSearchParams(location.search);
    for (const [k, v] of keep) if (k.startsWith('p.')) now.set(k, v);
    history.replaceState(null, '', now.toString() ? `?${now.toString()}` : location.pathname);
  }

  renderLang();
  periodLabel();
  update();
  view.startLayout(6, layoutLabel);
  layoutLabel();
  if (state.node) window.setTimeout(() => select(state.node), 300);
  if (info.console && (state.query || state.cypher)) await runConsole();
  // For tests and power users.
  (window as unknown as { __kg: unknown }).__kg = { view, model, state };
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  document.body.dataset.ready = 'error';
  byId('status').textContent = `error: ${(e as Error).message}`;
});
