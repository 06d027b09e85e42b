// End to end: the real CLI extracts the seed pages; concrete facts and the seed-gold scores are checked.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { GraphJson } from '../../src/graph/types.ts';
import { scoreGraph } from '../../src/eval/score.ts';
import { readGoldFolder } from '../../src/eval/gold.ts';

const root = resolve(import.meta.dirname, '../..');
const kg = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), ...args], { cwd: root, encoding: 'utf8' });
let out: string;
let graph: GraphJson;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  const r = kg(['extract', 'seeds', '--out', out, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
});

const byName = (type: string, name: string) => graph.entities.find((e) => e.type === type && e.name === name);
const rels = (type: string, from: string, to: string) => {
  const a = graph.entities.filter((e) => e.name === from).map((e) => e.id);
  const b = graph.entities.filter((e) => e.name === to).map((e) => e.id);
  return graph.relations.filter((r) => r.type === type && a.includes(r.source) && b.includes(r.target));
};

describe('kg extract seeds', () => {
  it('writes graph.json as the contract says', () => {
    expect(graph.version).toBe(1);
    expect(graph.articles.length).toBeGreaterThan(15);
    const a = graph.articles[0];
    expect(a.id).toBe('a:000_e5d8bafecb39aede#0');
    expect(a.source).toBe('000_e5d8bafecb39aede.txt');
    const text = readFileSync(join(root, 'seeds', a.source), 'utf8');
    // Every mention's offsets quote its words in the source file.
    for (const e of graph.entities) for (const m of e.mentions.slice(0, 3)) {
      const art = graph.articles.find((x) => x.id === m.article)!;
      const src = art.source === a.source ? text : readFileSync(join(root, 'seeds', art.source), 'utf8');
      expect(src.slice(m.start, m.end).replace(/\n/gu, '')).toBe(m.text.replace(/\n/gu, ''));
    }
  });

  it('knows who holds which post, who runs what, and where', () => {
    const post = rels('HOLDS_POSITION', '李正奎', '中共汾阳市委');
    expect(post.map((r) => r.props.title)).toContain('书记');
    expect(post[0].props).toMatchObject({ head: true, status: 'current' });
    expect(post[0].evidence[0].sentence).toContain('李正奎');
    expect(rels('RUNS', '中共汾阳市委宣传部', '新时代文明实践推进月').map((r) => r.props.role)).toContain('承办');
    const fenyang = byName('Place', '汾阳市')!;
    expect(fenyang.props).toMatchObject({ code: '141182', parent: 'p:141100' });
    expect(rels('LOCATED_IN', '汾阳市', '山西省')).toHaveLength(1);
  });

  it('gives the same ids on every run', () => {
    const again = mkdtempSync(join(tmpdir(), 'kg-e2e2-'));
    expect(kg(['extract', 'seeds', '--out', again, '--quiet', '--workers', '1']).status).toBe(0);
    const g2: GraphJson = JSON.parse(readFileSync(join(again, 'graph.json'), 'utf8'));
    expect(g2.entities.map((e) => e.id)).toEqual(graph.entities.map((e) => e.id));
    expect(g2.relations.map((r) => r.id)).toEqual(graph.relations.map((r) => r.id));
  });

  it('scores on the seed gold at or above the measured floor', async () => {
    // Floors are the measured quality at the time of writing (README "Measured quality"); they guard against regressions.
    const { golds } = await readGoldFolder(resolve(root, '../shared/gold/seeds'));
    const r = scoreGraph(graph, golds);
    expect(r.coreEntities.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.allEntities.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.coreRelations.f1).toBeGreaterThanOrEqual(0.77);
  });

  it('keeps going past bad files, names them, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(root, 'seeds/000_e5d8bafecb39aede.txt'), join(dir, 'in/good.txt'));
    writeFileSync(join(dir, 'in/empty.txt'), '');
    writeFileSync(join(dir, 'in/binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    writeFileSync(join(dir, 'in/gbk.txt'), iconv.encode('汾阳市召开会议\n\n本报讯 汾阳市委书记李正奎指出,要抓好安全生产。', 'gbk'));
    const r = kg(['extract', join(dir, 'in'), join(dir, 'missing.txt'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.txt: empty file');
    expect(r.stderr).toContain('binary.txt: binary file');
    expect(r.stderr).toContain('missing.txt: no such file');
    const g: GraphJson = JSON.parse(readFileSync(join(dir, 'out/graph.json'), 'utf8'));
    expect(new Set(g.articles.map((a) => a.source))).toEqual(new Set(['good.txt', 'gbk.txt']));
    expect(g.entities.some((e) => e.name === '李正奎' && e.mentions.some((m) => m.article.startsWith('a:gbk#')))).toBe(true);
  });

  it('fails only the file a worker died on, and a new worker extracts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-oom-'));
    mkdirSync(join(dir, 'in'));
    const seed = (n: string) => readFileSync(join(root, 'seeds', n), 'utf8');
    writeFileSync(join(dir, 'in/a.txt'), seed('000_e5d8bafecb39aede.txt'));
    // One file far larger than the worker's heap (bounded here to show it): its worker is stopped.
    writeFileSync(join(dir, 'in/b.txt'), Array.from({ length: 1000 }, () => seed('001_edba7244ac40a510.txt')).join('\n'));
    writeFileSync(join(dir, 'in/c.txt'), seed('002_66cf1caf6c33b5ee.txt'));
    writeFileSync(join(dir, 'in/d.txt'), seed('003_2c61f8197f109232.txt'));
    const r = spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet', '--workers', '1'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, KG_WORKER_HEAP_MB: '64' } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: extraction thread stopped: .*memory/u);
    const g: GraphJson = JSON.parse(readFileSync(join(dir, 'out/graph.json'), 'utf8'));
    expect(new Set(g.articles.map((a) => a.source))).toEqual(new Set(['a.txt', 'c.txt', 'd.txt']));
  });

  it('recognises a republished article: one set of facts, both sources in the evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-dup-'));
    const page = readFileSync(join(root, 'seeds/000_e5d8bafecb39aede.txt'));
    writeFileSync(join(dir, 'a.txt'), page);
    writeFileSync(join(dir, 'b.txt'), page);
    expect(kg(['extract', dir, '--out', join(dir, 'out'), '--quiet']).status).toBe(0);
    const g: GraphJson = JSON.parse(readFileSync(join(dir, 'out/graph.json'), 'utf8'));
    const post = g.relations.find((r) => r.type === 'HOLDS_POSITION' && r.props.title === '书记' && r.target === 'org:中共汾阳市委')!;
    expect(new Set(post.evidence.map((e) => e.article.split('#')[0]))).toEqual(new Set(['a:a', 'a:b']));
    expect(post.props.sources).toBe(1);
    expect(g.articles.filter((a) => a.duplicateOf).length).toBeGreaterThan(0);
  });

  it('prints help for every command', () => {
    const help = execFileSync(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--out');
  });
});
