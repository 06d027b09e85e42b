// Positions for drawings: ForceAtlas2 (graphology) from a seeded circular start, so the same graph gives the same picture.
import { MultiDirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

// The package is CommonJS: Node hands us module.exports as the default, TypeScript's NodeNext typing nests it once more.
type FA2 = { assign(g: MultiDirectedGraph, o: { iterations: number; settings?: ForceAtlas2Settings }): void; inferSettings(g: MultiDirectedGraph): ForceAtlas2Settings };
const forceAtlas2 = ((fa2Module as unknown as { default: FA2 }).default ?? fa2Module) as FA2;
import type { GraphJson } from '../graph/types.ts';

export interface Placed { id: string; label: string; type: string; x: number; y: number; size: number }
export interface PlacedEdge { source: string; target: string; type: string; label: string }

export const TYPE_COLORS: Record<string, string> = {
  Person: '#d1495b', Organization: '#00798c', Place: '#66a182', Program: '#edae49', Document: '#8d6a9f', Event: '#e07a5f', Honor: '#c9a227', Article: '#9aa5b1',
};

export function toGraphology(g: GraphJson): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const e of g.entities) graph.addNode(e.id, { label: e.name, type: e.type });
  for (const r of g.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    graph.addEdgeWithKey(r.id, r.source, r.target, { type: r.type, label: String(r.props.title ?? r.props.role ?? r.type) });
  }
  return graph;
}

export function layout(g: GraphJson, iterations = 300): { nodes: Placed[]; edges: PlacedEdge[] } {
  const graph = toGraphology(g);
  const n = graph.order;
  let i = 0;
  graph.forEachNode((id: string) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    graph.mergeNodeAttributes(id, { x: Math.cos(a) * 100, y: Math.sin(a) * 100 });
    i++;
  });
  if (n > 1) forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, adjustSizes: false } });
  const nodes: Placed[] = [];
  graph.forEachNode((id, a) => nodes.push({ id, label: a.label as string, type: a.type as string, x: a.x as number, y: a.y as number, size: 4 + Math.sqrt(graph.degree(id)) * 3 }));
  const edges: PlacedEdge[] = [];
  graph.forEachEdge((_k, a, s, t) => edges.push({ source: s, target: t, type: a.type as string, label: a.label as string }));
  return { nodes, edges };
}
