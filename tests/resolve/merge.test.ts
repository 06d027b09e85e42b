// The merger's two outputs (in memory; streamed to a file with evidence and article text spilled to disk) are the
// same graph; the stores and the writer they rest on keep every character and leave nothing behind.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile } from '../../src/extract/run.ts';
import { GraphMerger } from '../../src/resolve/merge.ts';
import { FileStringStore } from '../../src/resolve/string-store.ts';
import { LineWriter } from '../../src/util/line-writer.ts';
import { validateGraph } from '../../src/graph/read-graph.ts';
import type { ArticleFacts } from '../../src/extract/pipeline.ts';
import { globalId, packFacts } from '../../src/resolve/packed-facts.ts';

const seeds = resolve(import.meta.dirname, '../../seeds');

describe('string store on disk', () => {
  it('gives back every string, before and after its buffer is flushed, and deletes its file on close', () => {
    const store = new FileStringStore();
    const samples = ['汾阳市委书记李正奎', '', 'ascii', '𠮷野家 and 😀', '中'.repeat(400_000)];
    const ids = samples.map((s) => store.add(s));
    expect(ids.map((i) => store.get(i))).toEqual(samples);
    for (let k = 0; k < 3; k++) store.add('后'.repeat(200_000));
    expect(store.get(ids[3])).toBe(samples[3]);
    const read = store.readAll();
    expect(ids.map(read)).toEqual(samples);
    const dir = (store as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    store.close();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('line writer', () => {
  it('renames into place on commit and leaves nothing on abort', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-lw-'));
    const ok = new LineWriter(join(dir, 'a.json'));
    ok.write('{"x":'); ok.write('"汾阳"}'); ok.commit();
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual({ x: '汾阳' });
    const bad = new LineWriter(join(dir, 'b.json'));
    bad.write('{"half":');
    bad.abort();
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps strings and bytes in order across its buffer, however long', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-lw-'));
    const w = new LineWriter(join(dir, 'c.txt'));
    const parts = ['汾阳', '中'.repeat(400_000), 'x'.repeat(1_000_000), '😀'];
    w.write(parts[0]); w.write(parts[1]); w.writeBytes(Buffer.from(parts[2])); w.writeBytes(Buffer.from(parts[3])); w.write('end');
    w.commit();
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe(`${parts.join('')}end`);
  });
});

describe('graph merger', () => {
  it('streams the same graph to a file as it builds in memory', async () => {
    const facts = [];
    for (const f of readdirSync(seeds).sort()) facts.push(...(await extractFile(join(seeds, f))).facts);
    const inMemory = new GraphMerger();
    const file = join(mkdtempSync(join(tmpdir(), 'kg-merge-')), 'graph.json');
    const spilled = new GraphMerger({ out: file });
    for (const f of facts) { inMemory.add(packFacts(f)); spilled.add(packFacts(f)); }
    // Nothing stands where the graph belongs until it is committed.
    expect(existsSync(file)).toBe(false);
    const written = spilled.commit();
    const streamed = JSON.parse(readFileSync(file, 'utf8'));
    const graph = inMemory.finish();
    expect(validateGraph(streamed)).toEqual([]);
    expect(streamed).toEqual(graph);
    expect(written).toEqual({ articles: graph.articles.length, entities: graph.entities.length, relations: graph.relations.length });
    // One item per line: a large graph can be read line by line.
    expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(graph.entities.length + graph.relations.length);
  });

  it('leaves nothing behind when closed before its graph is committed (no source file, a failed run)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-merge-'));
    const m = new GraphMerger({ out: join(dir, 'graph.json') });
    m.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('graph merger: counting sources and evidence', () => {
  const sentence = '市委书记李正奎出席会议。';
  const facts = (id: string, textHash: string, starts: number[]): ArticleFacts => ({
    article: { id, source: `${id}.txt`, title: id, byline: null, date: '2022-06-27', dateInferred: false, start: 0, end: 200 },
    home: 'p:141182',
    textHash,
    entities: [
      { key: 'Person:李正奎', type: 'Person', name: '李正奎', aliases: [], props: {}, mentions: [{ article: id, start: 4, end: 7, text: '李正奎' }] },
      { key: 'Org:市委', type: 'Organization', name: '中共汾阳市委', aliases: ['市委'], props: {}, mentions: [{ article: id, start: 0, end: 2, text: '市委' }] },
    ],
    relations: starts.map((start) => ({
      type: 'HOLDS_POSITION' as const, source: 'Person:李正奎', target: 'Org:市委', props: { title: '书记' }, confidence: 0.9,
      evidence: { article: id, start, end: start + sentence.length, sentence },
    })),
  });

  const pack = (...a: Parameters<typeof facts>) => packFacts(facts(...a));

  it('counts a republished text once, keeps each article’s evidence, and drops evidence repeated within an article', () => {
    const m = new GraphMerger();
    m.add(pack('a1', 'text-1', [0, 0]));   // the same evidence twice in one article: kept once
    m.add(pack('a2', 'text-2', [10]));     // another text: a second source
    m.add(pack('a3', 'text-1', [0]));      // a copy of the first text: no new source, but its evidence is kept
    m.add(pack('a4', 'text-3', [5, 30]));  // two sentences of one new text: one more source
    const g = m.finish();
    expect(g.relations).toHaveLength(1);
    const r = g.relations[0];
    expect(r.props.sources).toBe(3);
    expect(r.evidence.map((e) => `${e.article}@${e.start}`)).toEqual(['a1@0', 'a2@10', 'a3@0', 'a4@5', 'a4@30']);
    expect(g.articles.find((a) => a.id === 'a3')?.duplicateOf).toBe('a1');
  });
});

describe('packed facts', () => {
  it('carry global ids, mentions as numbers, each sentence once, and drop a relation from an entity to itself', () => {
    const sentence = '县委书记张明主持会议。';
    const ev = (start: number) => ({ article: 'a1', start, end: start + sentence.length, sentence });
    const f: ArticleFacts = {
      article: { id: 'a1', source: 'a1.txt', title: 't', byline: null, date: null, dateInferred: false, start: 0, end: 100 },
      home: 'p:141182',
      textHash: 'h',
      entities: [
        { key: 'Person:张明', type: 'Person', name: '张明', aliases: ['张明'], props: {}, mentions: [{ article: 'a1', start: 4, end: 6, text: '张明' }, { article: 'a1', start: 30, end: 32, text: '张明' }] },
        { key: 'Org:县委', type: 'Organization', name: '中共汾阳市委', aliases: ['县委'], props: {}, mentions: [{ article: 'a1', start: 0, end: 2, text: '县委' }] },
      ],
      relations: [
        { type: 'HOLDS_POSITION', source: 'Person:张明', target: 'Org:县委', props: { title: '书记' }, confidence: 0.9, evidence: ev(0) },
        { type: 'HOLDS_POSITION', source: 'Person:张明', target: 'Org:县委', props: { title: '副书记' }, confidence: 0.9, evidence: ev(0) },
        { type: 'PART_OF', source: 'Org:县委', target: 'Org:县委', props: {}, confidence: 0.9, evidence: ev(0) },
      ],
    };
    const p = packFacts(f);
    expect(p.entities.map((e) => e.id)).toEqual(['per:张明@p:141182', 'org:中共汾阳市委@p:141182']);
    expect([...p.mentions]).toEqual([0, 4, 6, 0, 0, 30, 32, 0, 1, 0, 2, 1]);
    expect(p.texts).toEqual(['张明', '县委']);
    expect(p.relations.map((r) => [r.source, r.target, r.props.title])).toEqual([[0, 1, '书记'], [0, 1, '副书记']]);
    expect(new Set(p.relations.map((r) => r.id)).size).toBe(2);
    expect(p.sentences).toEqual([JSON.stringify(sentence)]);
    expect([...p.evidence]).toEqual([0, sentence.length, 0, 0, sentence.length, 0]);
  });
});

describe('event ids', () => {
  it('gives a meeting of the whole country, or one named with its place, one id everywhere; any other one per place', () => {
    const ev = (name: string, home: string) => globalId({ key: `Event:${name}`, type: 'Event', name, props: {} }, home);
    expect(ev('党的二十大', '141182')).toBe(ev('党的二十大', '220303'));
    expect(ev('中央经济工作会议', '141182')).toBe(ev('中央经济工作会议', '220303'));
    expect(ev('吉林省第十二次党代会', '220303')).toBe(ev('吉林省第十二次党代会', '220322'));
    expect(ev('座谈会', '141182')).not.toBe(ev('座谈会', '220303'));
    expect(ev('全县妇女工作会议', '141182')).not.toBe(ev('全县妇女工作会议', '220303'));
  });
});
