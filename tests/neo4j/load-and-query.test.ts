// Integration: a real Neo4j server, the seed graph loaded, every library query asked for concrete rows.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { extractPaths } from '../../src/extract/run.ts';
import { loadGraph, countGraph } from '../../src/neo4j/load.ts';
import { runQuery, openDriver } from '../../src/neo4j/driver.ts';
import { listLibrary, buildParams, type LibraryQuery } from '../../src/neo4j/query-library.ts';
import type { GraphJson } from '../../src/graph/types.ts';
import { startTestServer, dumpDatabase, wipe, type TestServer } from '../helpers/neo4j-server.ts';

const root = resolve(import.meta.dirname, '../..');
let server: TestServer;
let graph: GraphJson;
let library: Map<string, LibraryQuery>;

beforeAll(async () => {
  server = await startTestServer();
  graph = (await extractPaths([join(root, 'seeds')], { workers: 1 })).graph;
  await loadGraph(server.driver, graph);
  library = new Map((await listLibrary()).map((q) => [q.name, q]));
}, 300_000);

afterAll(async () => { await server?.stop(); });

async function ask(name: string, params: string[]): Promise<Record<string, unknown>[]> {
  const q = library.get(name)!;
  const r = await runQuery(server.driver, q.cypher, buildParams(params, q));
  return r.records.map((row) => Object.fromEntries(r.keys.map((k, i) => [k, row[i]])));
}

describe('the query library on the loaded seed graph', () => {
  it('has at least 12 documented queries, each with an example', () => {
    expect(library.size).toBeGreaterThanOrEqual(12);
    for (const q of library.values()) {
      expect(q.title.length, q.file).toBeGreaterThan(10);
      expect(q.example, q.file).toMatch(/^npx kg query cypher\//u);
    }
  });

  it('posts-of-person: 李正奎 is 书记 of 中共汾阳市委', async () => {
    const rows = await ask('posts-of-person', ['name=李正奎']);
    expect(rows).toContainEqual(expect.objectContaining({ title: '书记', organization: '中共汾阳市委', head: true, status: 'current' }));
  });

  it('leaders-of-organization: the 书记 first', async () => {
    const rows = await ask('leaders-of-organization', ['org=中共汾阳市委']);
    expect(rows[0]).toMatchObject({ person: '李正奎', title: '书记', head: true });
    expect(rows.map((r) => r.person)).toContain('王宝启');
  });

  it('officials-of-place: by code, including 李正奎 as 书记 of 中共汾阳市委', async () => {
    const rows = await ask('officials-of-place', ['place=141182']);
    expect(rows).toContainEqual(expect.objectContaining({ person: '李正奎', title: '书记', organization: '中共汾阳市委', place: '汾阳市' }));
    // A prefecture includes its counties.
    const lvliang = await ask('officials-of-place', ['place=吕梁市']);
    expect(lvliang.map((r) => r.person)).toEqual(expect.arrayContaining(['李正奎', '赵雪宏']));
  });

  it('units-of-organization: the 宣传部 under the 市委', async () => {
    expect(await ask('units-of-organization', ['org=中共汾阳市委'])).toContainEqual(expect.objectContaining({ unit: '中共汾阳市委宣传部', depth: 1 }));
  });

  it('programs-of-organization: what the 宣传部 undertakes', async () => {
    expect(await ask('programs-of-organization', ['org=中共汾阳市委宣传部'])).toContainEqual(expect.objectContaining({ program: '新时代文明实践推进月', role: '承办' }));
  });

  it('programs-in-place: programs in 汾阳市 and who runs them', async () => {
    const rows = await ask('programs-in-place', ['place=汾阳市']);
    const month = rows.find((r) => r.program === '新时代文明实践推进月');
    expect(month?.runBy).toEqual(expect.arrayContaining(['中共汾阳市委', '汾阳市人民政府', '中共汾阳市委宣传部']));
  });

  it('people-behind-program: people → organisations → program', async () => {
    const rows = await ask('people-behind-program', ['program=新时代文明实践推进月']);
    expect(rows).toContainEqual(expect.objectContaining({ organization: '中共汾阳市委', person: '李正奎', title: '书记' }));
  });

  it('connection-between-people: 李正奎 and 王宝启 are two steps apart', async () => {
    const rows = await ask('connection-between-people', ['from=李正奎', 'to=王宝启']);
    expect(rows[0].hops).toBe(2);
    expect((rows[0].chain as string[])[0]).toBe('李正奎');
  });

  it('colleagues: 王宝启 shares the 市委 with 李正奎', async () => {
    expect(await ask('colleagues', ['name=李正奎'])).toContainEqual(expect.objectContaining({ colleague: '王宝启', organization: '中共汾阳市委', colleaguePost: '副书记' }));
  });

  it('most-connected: organisations and people ranked by degree', async () => {
    const rows = await ask('most-connected', ['limit=5']);
    const orgs = rows.filter((r) => r.type === 'Organization');
    expect(orgs.length).toBe(5);
    expect(orgs[0].degree as number).toBeGreaterThanOrEqual(orgs[4].degree as number);
    expect(rows.some((r) => r.type === 'Person')).toBe(true);
  });

  it('article-facts: everything the first article says, with sentences', async () => {
    const rows = await ask('article-facts', ['article=a:000_e5d8bafecb39aede#0']);
    expect(rows).toContainEqual(expect.objectContaining({ source: '李正奎', relation: 'HOLDS_POSITION', detail: '书记', target: '中共汾阳市委' }));
    expect(rows.every((r) => typeof r.sentence === 'string' && (r.sentence as string).length > 0)).toBe(true);
  });

  it('evidence-for-relation: the sentence, article, file and offsets that quote the source', async () => {
    const rows = await ask('evidence-for-relation', ['from=李正奎', 'to=中共汾阳市委']);
    expect(rows[0]).toMatchObject({ relation: 'HOLDS_POSITION', file: '000_e5d8bafecb39aede.txt' });
    const src = readFileSync(join(root, 'seeds', rows[0].file as string), 'utf8');
    expect(src.slice(rows[0].start as number, rows[0].end as number)).toContain('李正奎');
  });

  it('search-entities: Chinese full-text search finds the bureaus', async () => {
    const rows = await ask('search-entities', ['q=教育局', 'limit=5']);
    expect(rows.map((r) => r.name)).toContain('吕梁市教育局');
  });

  it('posts-in-year: the graph as the articles of 2022 describe it', async () => {
    const rows = await ask('posts-in-year', ['year=2022']);
    expect(rows).toContainEqual(expect.objectContaining({ person: '李正奎', organization: '中共汾阳市委' }));
    expect(await ask('posts-in-year', ['year=1990'])).toEqual([]);
  });
});

describe('loading', () => {
  it('loads articles with text, mentions with offsets, and relations with evidence', async () => {
    const r = await runQuery(server.driver, `MATCH (p:Person {name: '李正奎'})-[m:MENTIONED_IN]->(a:Article) RETURN a.text AS text, m.starts AS starts, a.source AS source LIMIT 1`, {});
    const [text, starts, source] = r.records[0] as [string, number[], string];
    expect(text).toContain('李正奎');
    expect(readFileSync(join(root, 'seeds', source), 'utf8').slice(starts[0], starts[0] + 3)).toBe('李正奎');
  });

  it('is idempotent: loading the same graph twice leaves the same database', async () => {
    const before = await dumpDatabase(server.driver);
    await loadGraph(server.driver, graph);
    expect(await dumpDatabase(server.driver)).toEqual(before);
  });

  it('a re-extracted corpus replaces the facts of its articles (no stale relations)', async () => {
    const changed: GraphJson = structuredClone(graph);
    const dropped = changed.relations.find((r) => r.type === 'HOLDS_POSITION' && r.props.title === '书记')!;
    changed.relations = changed.relations.filter((r) => r.id !== dropped.id);
    await loadGraph(server.driver, changed);
    const r = await runQuery(server.driver, 'MATCH ()-[r {id: $id}]->() RETURN count(r) AS c', { id: dropped.id });
    expect(r.records[0][0]).toBe(0);
    await loadGraph(server.driver, graph);
  });

  it('a load cut off half-way is completed by running it again, and then equals a clean load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cut-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    await wipe(server.driver);
    // Small batches, so there is a moment when part of the graph is in and the rest is not.
    const child = spawn(process.execPath, [join(root, 'bin/kg.mjs'), 'load', file, '--batch', '20'], { env: { ...process.env, ...server.env }, cwd: root });
    await new Promise<void>((res) => {
      let out = '';
      const check = (d: Buffer) => { out += d.toString(); if (/load \[.*\] ([3-9]\d\d|1\d{3})\//u.test(out)) { child.kill('SIGKILL'); res(); } };
      child.stderr.on('data', check);
      child.on('exit', () => res());
    });
    const partial = await countGraph(server.driver);
    const partialTotal = Object.values(partial.nodes).reduce((a, b) => a + b, 0);
    expect(partialTotal).toBeGreaterThan(0);
    const again = spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), 'load', file, '--quiet'], { env: { ...process.env, ...server.env }, cwd: root, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    const resumed = await dumpDatabase(server.driver);
    await wipe(server.driver);
    await loadGraph(server.driver, graph);
    expect(resumed).toEqual(await dumpDatabase(server.driver));
  });
});

describe('kg export from Neo4j', () => {
  const kg = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), ...args], { env: { ...process.env, ...server.env }, cwd: root, encoding: 'utf8' });

  it('exports what a library query returns, and an ego network, as valid GEXF and GraphML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-nexp-'));
    const q = kg(['export', '--query', 'cypher/officials-of-place.cypher', '--param', 'place=141182', '--format', 'gexf', '--out', join(dir, 'officials')]);
    expect(q.status, q.stderr).toBe(0);
    const gexf = readFileSync(join(dir, 'officials.gexf'), 'utf8');
    expect(gexf).toContain('label="李正奎"');
    expect(gexf).toContain('label="中共汾阳市委"');
    expect(spawnSync('xmllint', ['--noout', '--schema', join(root, 'schemas/gexf.xsd'), join(dir, 'officials.gexf')]).status).toBe(0);
    const ego = kg(['export', '--center', '李正奎', '--depth', '2', '--format', 'graphml', '--out', join(dir, 'ego')]);
    expect(ego.status, ego.stderr).toBe(0);
    expect(ego.stdout).toMatch(/李正奎 and its 2-step neighbourhood: (\d+) entities/u);
    expect(spawnSync('xmllint', ['--noout', '--schema', join(root, 'schemas/graphml.xsd'), join(dir, 'ego.graphml')]).status).toBe(0);
    const bad = kg(['export', '--center', '没有这个人', '--out', join(dir, 'none')]);
    expect(bad.stderr.trim()).toBe('kg: --center: no entity named or with id "没有这个人"');
  });
});

describe('faults', () => {
  const kg = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), ...args], { env: { ...process.env, ...env }, cwd: root, encoding: 'utf8' });

  it('a wrong password is one clear line and a non-zero exit, without the password', () => {
    const r = kg(['query', '-e', 'RETURN 1'], { ...server.env, NEO4J_PASSWORD: 'not-the-password' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^kg: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ refused the credentials/u);
    expect(r.stderr).not.toContain('not-the-password');
  });

  it('an unreachable server is one clear line', () => {
    const r = kg(['query', '-e', 'RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('kg: Neo4j is not reachable at bolt://127.0.0.1:1');
  });

  it('a malformed graph.json names the JSON path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    const bad = structuredClone(graph) as unknown as { entities: Array<Record<string, unknown>> };
    bad.entities[3].type = 'Pirate';
    writeFileSync(join(dir, 'g.json'), JSON.stringify(bad));
    const r = kg(['load', join(dir, 'g.json')], server.env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('$.entities[3].type: unknown entity type "Pirate"');
  });

  it('a bad query gives Neo4j\'s message with the position; an unknown parameter is refused', () => {
    const r = kg(['query', '-e', 'MATCH (n) RETURN n LIMT 1'], server.env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid input 'LIMT'.*line 1, column 20/u);
    const p = kg(['query', 'cypher/posts-of-person.cypher', '--param', 'nme=李正奎'], server.env);
    expect(p.stderr.trim()).toBe('kg: --param nme: unknown parameter (this query takes name)');
  });

  it('refuses a write without --write, and every value travels as a parameter', async () => {
    const w = kg(['query', '-e', 'CREATE (x:Scratch) RETURN x'], server.env);
    expect(w.status).toBe(1);
    expect(w.stderr).toContain('run it with --write');
    // A hostile value is data, not Cypher.
    const rows = await ask('posts-of-person', ["name=x' OR 1=1 //"]);
    expect(rows).toEqual([]);
    const d = await openDriver(server.cfg);
    await d.close();
  });
});
