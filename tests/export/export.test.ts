// Every export format written for 李正奎's two-step neighbourhood of the seeds, read back and checked.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { extractPaths } from '../../src/extract/run.ts';
import { selectSubgraph, writeExport, renderExport, EXPORT_FORMATS, type Subgraph } from '../../src/export/index.ts';
import type { GraphJson } from '../../src/graph/types.ts';
import { launchChromium } from '../helpers/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
let graph: GraphJson;
let sub: Subgraph;
let dir: string;
const files: Record<string, string[]> = {};

beforeAll(async () => {
  graph = (await extractPaths([join(root, 'seeds')], { workers: 1 })).graph;
  sub = selectSubgraph(graph, { center: '李正奎', depth: 2 });
  dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  for (const f of EXPORT_FORMATS) files[f] = await writeExport(sub, f, join(dir, 'lizhengkui'));
}, 120_000);

const entityEdges = () => sub.graph.relations.filter((r) => sub.graph.entities.some((e) => e.id === r.target)).length;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('export of 李正奎 two steps out', () => {
  it('selects the neighbourhood: the person, the 市委, the 市长 who shares it', () => {
    const names = sub.graph.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['李正奎', '中共汾阳市委', '王宝启']));
    expect(sub.selection).toBe('李正奎 and its 2-step neighbourhood');
  });

  it('graphml parses, validates against the GraphML XSD, and has the same counts', () => {
    const text = readFileSync(files.graphml[0], 'utf8');
    execFileSync('xmllint', ['--noout', '--schema', join(root, 'schemas/graphml.xsd'), files.graphml[0]]);
    const doc = xml.parse(text);
    expect(asList(doc.graphml.graph.node)).toHaveLength(sub.graph.entities.length);
    expect(asList(doc.graphml.graph.edge)).toHaveLength(entityEdges());
    expect(asList(doc.graphml.key).map((k: Record<string, string>) => k['@attr.type'])).toContain('double');
    expect(text).toContain('中共汾阳市委');
  });

  it('gexf parses, validates against the GEXF 1.3 XSD, and has the same counts', () => {
    execFileSync('xmllint', ['--noout', '--schema', join(root, 'schemas/gexf.xsd'), files.gexf[0]]);
    const doc = xml.parse(readFileSync(files.gexf[0], 'utf8'));
    expect(asList(doc.gexf.graph.nodes.node)).toHaveLength(sub.graph.entities.length);
    expect(asList(doc.gexf.graph.edges.edge)).toHaveLength(entityEdges());
    expect(asList(doc.gexf.graph.nodes.node).map((n: Record<string, string>) => n['@label'])).toContain('李正奎');
  });

  it('json is graphology serialisation with the evidence', () => {
    const data = JSON.parse(readFileSync(files.json[0], 'utf8'));
    const g = new MultiDirectedGraph();
    g.import(data);
    expect(g.order).toBe(sub.graph.entities.length);
    const post = data.edges.find((e: { attributes: { type: string; props: { title?: string } } }) => e.attributes.type === 'HOLDS_POSITION' && e.attributes.props.title === '书记');
    expect(post.attributes.evidence[0].sentence).toContain('李正奎');
  });

  it('csv: UTF-8 with BOM, Chinese round-trips, and formula-looking cells are neutralised', async () => {
    const [nodesFile, edgesFile] = files.csv;
    const raw = readFileSync(nodesFile);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.label)).toContain('李正奎');
    expect(parseCsv(readFileSync(edgesFile, 'utf8').slice(1), { columns: true })).toHaveLength(sub.graph.relations.length);
    const evil: Subgraph = structuredClone(sub);
    evil.graph.entities[0].name = '=HYPERLINK("http://x","点我")';
    evil.graph.entities[0].props.note = '@SUM(1)';
    const { files: out } = await renderExport(evil, 'csv');
    const text = out[0].data.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(text).toContain("'@SUM(1)");
    expect(text).not.toMatch(/,=HYPERLINK/u);
  });

  it('md report cites the evidence sentences and their articles', () => {
    const md = readFileSync(files.md[0], 'utf8');
    expect(md).toContain('# 李正奎 关系图');
    expect(md).toContain('汾阳市委书记、市新时代文明实践中心主任李正奎');
    expect(md).toContain('000_e5d8bafecb39aede.txt');
    expect(md).toMatch(/!\[.*\]\(data:image\/svg\+xml;base64,/u);
  });

  it('png is a valid image of the expected size, and svg has Chinese labels', () => {
    const png = readFileSync(files.png[0]);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(900);
    const svg = readFileSync(files.svg[0], 'utf8');
    expect(xml.parse(svg).svg).toBeTruthy();
    expect(svg).toContain('李正奎');
  });

  it('html report is one self-contained file that renders in chromium and cites the evidence', async () => {
    const html = readFileSync(files.html[0], 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http/u);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.setContent(html);
      expect(await page.locator('h1').innerText()).toBe('李正奎 关系图');
      expect(await page.locator('body').innerText()).toContain('汾阳市委书记、市新时代文明实践中心主任李正奎');
      expect(await page.locator('figure svg circle:has(title)').count()).toBe(sub.graph.entities.length);
      mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
      await page.screenshot({ path: join(root, 'tests/artifacts/report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('kg export bad input', () => {
  const kg = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), 'export', ...args], { cwd: root, encoding: 'utf8' });
  let g: string;
  beforeAll(() => {
    g = join(dir, 'graph.json');
    execFileSync(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', 'seeds', '--out', dir, '--quiet'], { cwd: root });
  }, 60_000);

  it('an unknown centre, an unknown format, an empty selection: one line each, non-zero', () => {
    let r = kg(['--graph', g, '--center', '没有这个人', '--out', join(dir, 'x')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('kg: --center: no entity named or with id "没有这个人"');
    r = kg(['--graph', g, '--center', '李正奎', '--format', 'docx']);
    expect(r.stderr.trim()).toMatch(/^kg: --format: unknown format "docx"/u);
    r = kg(['--graph', g, '--center', '李正奎', '--types', 'Honor', '--depth', '0', '--out', join(dir, 'e')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^kg: the selection is empty/u);
    expect(existsSync(join(dir, 'e.graphml'))).toBe(false);
  });

  it('an unwritable output path leaves nothing half-written', () => {
    const before = readdirSync(dir).sort();
    // The "folder" is a file: nothing can be created under it.
    const bad = join(g, 'sub');
    const r = kg(['--graph', g, '--center', '李正奎', '--out', join(bad, 'x'), '--format', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`kg: ${bad}: cannot create the output folder (ENOTDIR)`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
