// The viewer's calls to its server (same origin).
export interface Mention { article: string; start: number; end: number; text: string }
export interface Entity { id: string; type: string; name: string; aliases: string[]; props: Record<string, unknown>; mentions: Mention[] }
export interface Evidence { article: string; start: number; end: number; sentence: string }
export interface Relation { id: string; type: string; source: string; target: string; props: Record<string, unknown>; confidence: number; evidence: Evidence[] }
export interface Article { id: string; source: string; title: string; date: string | null; byline: string | null; url?: string }
export interface GraphData { articles: Article[]; entities: Entity[]; relations: Relation[] }
export interface Info { mode: 'neo4j' | 'file'; source: string; console: boolean }
export interface LibraryQuery { name: string; title: string; params: { name: string; type: string; description: string; default?: string }[] }
export interface QueryResult { keys: string[]; rows: unknown[][]; truncated: boolean }

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const data = await r.json();
  if (!r.ok) throw new Error((data as { error?: string }).error ?? `HTTP ${r.status}`);
  return data as T;
}

export const api = {
  info: () => call<Info>('/api/info'),
  graph: () => call<GraphData>('/api/graph'),
  neighbours: (id: string) => call<GraphData>(`/api/neighbours?id=${encodeURIComponent(id)}`),
  queries: () => call<LibraryQuery[]>('/api/queries'),
  query: (body: { name?: string; cypher?: string; params: Record<string, string> }) =>
    call<QueryResult>('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  exportView: (body: { format: string; nodes: string[]; edges: string[]; title: string; selection: string }) =>
    call<{ files: { name: string; data: string }[] }>('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
};
