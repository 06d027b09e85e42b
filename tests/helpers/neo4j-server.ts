// A real Neo4j server for a test file: own free port, own data folder, stopped afterwards.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j, stopLocalNeo4j, freePort } from '../../src/neo4j/local-server.ts';
import { openDriver } from '../../src/neo4j/driver.ts';
import type { Neo4jConfig } from '../../src/neo4j/config.ts';

export interface TestServer { cfg: Neo4jConfig; driver: Driver; dir: string; env: Record<string, string>; stop(): Promise<void> }

export async function startTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-'));
  const port = await freePort();
  const password = `test-${Math.random().toString(36).slice(2)}`;
  const prev = process.env.NEO4J_PASSWORD;
  process.env.NEO4J_PASSWORD = password;
  try {
    const cfg = await startLocalNeo4j({ port, dir, heap: '768m' });
    const driver = await openDriver(cfg);
    return {
      cfg, driver, dir,
      env: { NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password },
      async stop() { await driver.close(); await stopLocalNeo4j(dir); },
    };
  } finally {
    if (prev === undefined) delete process.env.NEO4J_PASSWORD; else process.env.NEO4J_PASSWORD = prev;
  }
}

/** Everything in the database as sorted plain data, to compare two states. */
export async function dumpDatabase(driver: Driver): Promise<{ nodes: string[]; rels: string[] }> {
  const s = driver.session();
  try {
    const n = await s.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
    const r = await s.run('MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS p');
    const norm = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && 'low' in x && 'high' in x ? Number(x.low) : x), 0);
    const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      nodes: n.records.map((x) => norm([[...x.get('l')].sort(), sorted(x.get('p'))])).sort(),
      rels: r.records.map((x) => norm([x.get('t'), x.get('a'), x.get('b'), sorted(x.get('p'))])).sort(),
    };
  } finally {
    await s.close();
  }
}

export async function wipe(driver: Driver): Promise<void> {
  const s = driver.session();
  try { await s.run('MATCH (n) DETACH DELETE n'); } finally { await s.close(); }
}
