// Sigma.js rendering: visibility from the filters, hover highlight, sizes (degree or PageRank), colours (type or Louvain
// community), and ForceAtlas2 in a web worker that stops by itself.
import Sigma from 'sigma';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import fa2Module from 'graphology-layout-forceatlas2';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { DirectedGraph } from 'graphology';
import { TYPE_COLORS, type Model, relationDates, codePrefix } from './model.ts';
import type { ViewState } from './state.ts';

// CommonJS packages: their default export is the module itself.
type FA2Worker = { start(): void; stop(): void; kill(): void; isRunning(): boolean };
const FA2Layout = ((FA2LayoutModule as unknown as { default?: unknown }).default ?? FA2LayoutModule) as new (g: DirectedGraph, o: object) => FA2Worker;
const fa2 = ((fa2Module as unknown as { default?: unknown }).default ?? fa2Module) as { inferSettings(g: DirectedGraph): object };
const louvain = ((louvainModule as unknown as { default?: unknown }).default ?? louvainModule) as { assign(g: DirectedGraph, o?: object): void };
const pagerank = ((pagerankModule as unknown as { default?: unknown }).default ?? pagerankModule) as (g: DirectedGraph, o?: object) => Record<string, number>;

const COMMUNITY_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39'];

export class GraphView {
  sigma: Sigma;
  visible = new Set<string>();
  /** edges that pass the filters, computed once per filter change (the reducers run every frame) */
  visibleEdges = new Set<string>();
  focus: Set<string> | null = null;
  hovered: string | null = null;
  selected: string | null = null;
  layout: FA2Worker | null = null;
  private neighbours = new Set<string>();

  constructor(private model: Model, container: HTMLElement, private state: ViewState) {
    this.sigma = new Sigma(model.graph, container, {
      renderEdgeLabels: false,
      // Large graphs stay fluid while panning: edges and labels come back when the camera stops.
      hideEdgesOnMove: model.graph.size > 15_000,
      hideLabelsOnMove: model.graph.order > 5_000,
      labelFont: "'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif",
      labelRenderedSizeThreshold: 7,
      defaultEdgeType: 'arrow',
      nodeReducer: (node, data) => {
        if (!this.visible.has(node)) return { ...data, hidden: true };
        const res = { ...data };
        if (this.hovered && node !== this.hovered && !this.neighbours.has(node)) { res.color = '#e4e7eb'; res.label = ''; }
        if (node === this.selected || node === this.hovered) { res.highlighted = true; res.zIndex = 1; }
        return res;
      },
      edgeReducer: (edge, data) => {
        if (!this.visibleEdges.has(edge)) return { ...data, hidden: true };
        if (this.hovered) {
          const [s, t] = this.model.graph.extremities(edge);
          if (s !== this.hovered && t !== this.hovered) return { ...data, hidden: true };
          return { ...data, color: '#5b6b7b', size: 1.5 };
        }
        return data;
      },
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.applySizes();
    this.applyColors();
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.neighbours = node ? new Set(this.model.graph.neighbors(node)) : new Set();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Relation ids drawn by this edge that pass the relation-type and period filters. */
  edgeRelations(edge: string): string[] {
    const ids = this.model.graph.getEdgeAttribute(edge, 'rels') as string[];
    return ids.filter((id) => {
      const r = this.model.relations.get(id);
      if (!r || this.state.hiddenRels.has(r.type)) return false;
      if (this.state.from || this.state.to) {
        const dates = relationDates(this.model, r);
        if (!dates.length) return false;
        if (!dates.some((d) => (!this.state.from || d >= this.state.from) && (!this.state.to || d <= this.state.to))) return false;
      }
      return true;
    });
  }

  edgeVisible(edge: string): boolean { return this.edgeRelations(edge).length > 0; }

  /** Recomputes which nodes are shown from the filters (type, place, period, query focus). */
  recompute(): void {
    const m = this.model;
    const vis = new Set<string>();
    const placePrefix = this.state.place ? codePrefix(this.state.place) : null;
    const inPlace = (id: string): boolean => {
      const e = m.entities.get(id);
      if (!e) return false;
      const code = typeof e.props.code === 'string' ? e.props.code : null;
      const place = typeof e.props.place === 'string' ? e.props.place.replace(/^p:/u, '') : null;
      return (!!code && code.startsWith(placePrefix!)) || (!!place && place.startsWith(placePrefix!));
    };
    const placeSet = new Set<string>();
    if (placePrefix) {
      m.graph.forEachNode((id) => { if (inPlace(id)) placeSet.add(id); });
      // People with posts there, and what those organisations run.
      for (const id of [...placeSet]) m.graph.forEachNeighbor(id, (nb) => {
        const t = m.entities.get(nb)?.type;
        if (t === 'Person' || t === 'Program' || t === 'Event' || t === 'Document') placeSet.add(nb);
      });
    }
    const dated = !!(this.state.from || this.state.to);
    m.graph.forEachNode((id, a) => {
      if (this.state.hiddenTypes.has(a.kind as string)) return;
      if (placePrefix && !placeSet.has(id)) return;
      if (this.focus && !this.focus.has(id)) return;
      if (dated) {
        const ok = m.graph.edges(id).some((e) => this.edgeVisible(e));
        if (!ok) return;
      }
      vis.add(id);
    });
    this.visible = vis;
    const edges = new Set<string>();
    m.graph.forEachEdge((e, _a, s, t) => { if (vis.has(s) && vis.has(t) && this.edgeVisible(e)) edges.add(e); });
    this.visibleEdges = edges;
    this.sigma.refresh();
  }

  applySizes(): void {
    const g = this.model.graph;
    if (this.state.size === 'pagerank' && g.order > 0) {
      const pr = pagerank(g, { getEdgeWeight: null });
      const max = Math.max(...Object.values(pr));
      g.forEachNode((id) => g.setNodeAttribute(id, 'size', 3 + 17 * Math.sqrt((pr[id] ?? 0) / (max || 1))));
    } else {
      g.forEachNode((id) => g.setNodeAttribute(id, 'size', 3 + 2.2 * Math.sqrt(g.degree(id))));
    }
    this.sigma.refresh();
  }

  applyColors(): void {
    const g = this.model.graph;
    if (this.state.color === 'community' && g.size > 0) {
      louvain.assign(g, { nodeCommunityAttribute: 'community' });
      g.forEachNode((id, a) => g.setNodeAttribute(id, 'color', COMMUNITY_COLORS[(a.community as number) % COMMUNITY_COLORS.length]));
    } else {
      g.forEachNode((id, a) => g.setNodeAttribute(id, 'color', TYPE_COLORS[a.kind as string] ?? '#888'));
    }
    this.sigma.refresh();
  }

  startLayout(seconds = 6, onStop?: () => void): void {
    this.layout?.kill();
    const g = this.model.graph;
    if (g.order < 2) return;
    this.layout = new FA2Layout(g, { settings: { ...fa2.inferSettings(g), gravity: 1, scalingRatio: 8, slowDown: 2 } });
    this.layout.start();
    // Settles by itself: stopped after a while, sooner for small graphs.
    const ms = Math.min(seconds * 1000, 1500 + g.order * 15);
    window.setTimeout(() => { this.stopLayout(); onStop?.(); }, ms);
  }

  stopLayout(): void { if (this.layout?.isRunning()) this.layout.stop(); }
  layoutRunning(): boolean { return !!this.layout?.isRunning(); }

  focusNode(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (d) this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 500 });
  }

  visibleEdgeRelations(): string[] {
    return [...this.visibleEdges].flatMap((e) => this.edgeRelations(e));
  }
}
