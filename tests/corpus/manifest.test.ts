// Manifests: a table giving each crawled file the place it comes from (and its address), for pages that never name
// their own county. Read on their own, through the pipeline, and through the real CLI.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readManifest } from '../../src/corpus/manifest.ts';
import { placeOfHint } from '../../src/resolve/home-place.ts';
import { extractFileArticles } from '../../src/extract/pipeline.ts';
import { extractPaths } from '../../src/extract/run.ts';
import type { GraphJson } from '../../src/graph/types.ts';

const root = resolve(import.meta.dirname, '../..');
const tmp = () => mkdtempSync(join(tmpdir(), 'kg-manifest-'));

// A county site's article that never names its county: 县委 and 县政府 alone.
const COUNTY_SITE_ARTICLE = '县总工会召开全委会议\n3月5日,县总工会召开全委会议。县委副书记赵明华出席会议并讲话。今年,县总工会将深入实施职工素质提升行动。';

describe('place named by a manifest', () => {
  it('reads division names from the top down, or a code', () => {
    expect(placeOfHint('山西省吕梁市汾阳市')).toBe('141182');
    expect(placeOfHint('141182')).toBe('141182');
    // 铁东区 is in both 四平 and 鞍山: the name before it decides.
    expect(placeOfHint('四平市铁东区')).toBe('220303');
    expect(placeOfHint('鞍山市铁东区')).toBe('210302');
    expect(placeOfHint('吕梁市汾阳市(推定)')).toBe('141182');
    expect(placeOfHint('火星')).toBeNull();
  });
});

describe('manifest file', () => {
  it('reads a TSV with a BOM and a CSV, matching by file name or by path relative to the manifest', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.tsv'), '\uFEFFfile\turl\tcity_or_county\nh1.txt\thttp://example.gov.cn/1\t吕梁市汾阳市\n\nh2.txt\t\t四平市铁东区\n');
    const tsv = readManifest(join(dir, 'index.tsv'));
    expect(tsv.lookup('/anywhere/h1.txt')).toEqual({ line: 2, url: 'http://example.gov.cn/1', place: '吕梁市汾阳市' });
    expect(tsv.lookup('h2.txt')).toEqual({ line: 4, place: '四平市铁东区' });
    writeFileSync(join(dir, 'm.csv'), 'path,place\npages/a.txt,"汾阳市"\n');
    const csv = readManifest(join(dir, 'm.csv'));
    expect(csv.lookup(join(dir, 'pages/a.txt'))?.place).toBe('汾阳市');
    expect(csv.lookup(join(dir, 'other/a.txt'))).toBeUndefined();
  });

  it('names the manifest and its first line when no column names the files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.csv'), 'name,place\na.txt,汾阳市\n');
    expect(() => readManifest(join(dir, 'bad.csv'))).toThrow(/bad\.csv: line 1 needs a column naming the files/u);
    expect(() => readManifest(join(dir, 'none.csv'))).toThrow(/none\.csv: manifest not found/u);
  });
});

describe('extraction with a manifest', () => {
  it('gives a page that never names its county the manifest’s county as its home', () => {
    const input = {
      id: 'a:x#0', source: 'x.txt', title: '', byline: null, date: '2022-03-05', dateInferred: false, start: 0,
      end: COUNTY_SITE_ARTICLE.length, text: COUNTY_SITE_ARTICLE, toSource: (i: number) => i, credits: [],
    };
    const without = extractFileArticles([input])[0];
    expect(without.home).toBeNull();
    const withHint = extractFileArticles([input], { place: '520322' })[0];
    expect(withHint.home).toBe('520322');
    const orgs = withHint.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['桐梓县总工会', '中共桐梓县委']));
  });

  it('does not move an article that names its own county elsewhere', () => {
    const text = '汾阳市召开安全生产会议\n本报讯 6月27日,汾阳市召开安全生产工作会议。市委书记李正奎出席会议。';
    const input = { id: 'a:y#0', source: 'y.txt', title: '', byline: null, date: null, dateInferred: false, start: 0, end: text.length, text, toSource: (i: number) => i, credits: [] };
    expect(extractFileArticles([input], { place: '520322' })[0].home).toBe('141182');
  });

  it('uses a manifest found in a folder, keeps the address, and warns about a place it does not know', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), COUNTY_SITE_ARTICLE);
    writeFileSync(join(dir, 'b.txt'), COUNTY_SITE_ARTICLE.replace('赵明华', '钱立新'));
    writeFileSync(join(dir, 'manifest.tsv'), 'file\tplace\turl\na.txt\t遵义市桐梓县\thttp://www.tongzi.gov.cn/1.html\nb.txt\t不存在县\t\n');
    const r = await extractPaths([dir]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/manifest\.tsv: line 3: no division is called "不存在县"/u)]);
    const a = r.graph.articles.find((x) => x.source === 'a.txt')!;
    expect(a.place).toBe('p:520322');
    expect(a.url).toBe('http://www.tongzi.gov.cn/1.html');
    expect(r.graph.articles.find((x) => x.source === 'b.txt')!.place).toBeUndefined();
  });

  it('takes --manifest on the command line', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages/a.txt'), COUNTY_SITE_ARTICLE);
    writeFileSync(join(dir, 'sites.csv'), 'file,county\npages/a.txt,桐梓县\n');
    const r = spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', join(dir, 'pages'), '--manifest', join(dir, 'sites.csv'), '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const g: GraphJson = JSON.parse(readFileSync(join(dir, 'out/graph.json'), 'utf8'));
    const union = g.entities.find((e) => e.name === '桐梓县总工会');
    expect(union).toBeDefined();
    expect(g.relations.some((x) => x.type === 'LOCATED_IN' && x.source === union!.id && x.target === 'p:520322')).toBe(true);
    const bad = spawnSync(process.execPath, [join(root, 'bin/kg.mjs'), 'extract', join(dir, 'pages'), '--manifest', join(dir, 'nope.csv'), '--out', join(dir, 'out2'), '--quiet'], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('nope.csv: manifest not found');
  });
});
