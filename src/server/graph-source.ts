// Where the viewer's data comes from: Neo4j when reachable (with the Cypher console on), or a graph.json file.
import type { Driver } from 'neo4j-driver';
import type { GraphJson } from '../graph/types.ts';
import { readGraph } from '../graph/read-graph.ts';
import { fetchGraph } from '../export/from-neo4j.ts';
import { runQuery } from '../neo4j/driver.ts';

export interface GraphSource {
  mode: 'neo4j' | 'file';
  describe: string;
  /** the whole graph (articles without text) */
  graph(): Promise<GraphJson>;
  article(id: string): Promise<{ id: string; title: string; date: string | null; source: string; text: string | null } | null>;
  neighbours(id: string): Promise<GraphJson>;
  driver?: Driver;
}

const stripText = (g: GraphJson): GraphJson => ({ ...g, articles: g.articles.map(({ text: _t, ...a }) => a) });

function neighbourhood(g: GraphJson, id: string): GraphJson {
  const keep = new Set([id]);
  for (const r of g.relations) { if (r.source === id) keep.add(r.target); if (r.target === id) keep.add(r.source); }
  return { version: 1, articles: [], entities: g.entities.filter((e) => keep.has(e.id)), relations: g.relations.filter((r) => keep.has(r.source) && keep.has(r.target)) };
}

export async function fileSource(file: string): Promise<GraphSource> {
  const g = await readGraph(file);
  const light = stripText(g);
  const arts = new Map(g.articles.map((a) => [a.id, a]));
  return {
    mode: 'file',
    describe: file,
    graph: async () => light,
    article: async (id) => { const a = arts.get(id); return a ? { id: a.id, title: a.title, date: a.date, source: a.source, text: a.text ?? null } : null; },
    neighbours: async (id) => neighbourhood(light, id),
  };
}

export async function neo4jSource(driver: Driver, uri: string): Promise<GraphSource> {
  return {
    mode: 'neo4j',
    describe: uri,
    driver,
    async graph() {
      const r = await runQuery(driver, 'MATCH (n:Entity) RETURN n.id AS id LIMIT 50000', {}, { limit: 50_000 });
      return stripText(await fetchGraph(driver, r.records.map((x) => String(x[0])), null, null));
    },
    async article(id) {
      const r = await runQuery(driver, 'MATCH (a:Article {id: $id}) RETURN a.id, a.title, a.date, a.source, a.text', { id });
      if (!r.records.length) return null;
      const [aid, title, date, source, text] = r.records[0] as [string, string, string | null, string, string | null];
      return { id: aid, title, date, source, text };
    },
    async neighbours(id) {
      const r = await runQuery(driver, `MATCH (n:Entity {id: $id}) OPTIONAL MATCH (n)-[r]-(m:Entity) WHERE NOT r:MENTIONED_IN
        RETURN n.id + collect(DISTINCT m.id) AS ids`, { id });
      const ids = (r.records[0]?.[0] as string[] | undefined) ?? [];
      return stripText(await fetchGraph(driver, ids, null, null));
    },
  };
}
