import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, triples, names } from './helpers.ts';
import { extractPaths } from '../../src/extract/run.ts';

describe('news outlets', () => {
  it('takes the outlet a lead names (云上平遥讯), placed by the place in its name; 本报讯 names none', () => {
    const f = run('云上平遥讯 记者李明远报道:4月22日,我县召开秋季森林防火推进会。');
    expect(names(f, 'Organization')).toEqual(['云上平遥']);
    expect(triples(f, 'LOCATED_IN')).toContain('云上平遥 -LOCATED_IN()-> 平遥县');
    expect(names(run('本报讯 4月22日,平遥县召开秋季森林防火推进会。'), 'Organization')).toEqual([]);
  });

  it('takes an outlet named in a source line, and leaves an outlet that names no place unplaced', () => {
    expect(names(run('来源:平遥新闻网 发布时间:2021-06-01\n6月1日,平遥县召开会议。'), 'Organization')).toEqual(['平遥新闻网']);
    const f = run('三晋都市报讯(通讯员张春华、吴小明)9月25日,晋中市在平遥县召开农业现场会。');
    expect(names(f, 'Organization')).toEqual(['三晋都市报']);
    expect(triples(f, 'LOCATED_IN').filter((t) => t.startsWith('三晋都市报'))).toEqual([]);
  });

  it('gives the lead’s reporter, not its correspondent, a post at the outlet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-outlets-'));
    writeFileSync(join(dir, 'a.txt'), '# 平遥县召开秋季森林防火推进会\n\n云上平遥讯 记者李明远 通讯员张春华报道:4月22日,我县召开秋季森林防火推进会。县委书记王强出席会议。\n');
    const { graph } = await extractPaths([dir]);
    const name = new Map(graph.entities.map((e) => [e.id, e.name]));
    const posts = graph.relations.filter((r) => r.type === 'HOLDS_POSITION' && name.get(r.target) === '云上平遥').map((r) => `${name.get(r.source)} ${String(r.props.title)}`);
    expect(posts).toEqual(['李明远 记者']);
  });

  it('gives the credited reporter a post at the outlet a source line names, at the start or under the closing credits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-outlets-'));
    writeFileSync(join(dir, 'a.txt'), '# 平遥县召开会议\n\n来源:平遥新闻网 发布时间:2021-06-01 09:52:03\n4月22日,平遥县召开防汛会议。县委书记王强出席会议。\n记 者:李明远\n');
    writeFileSync(join(dir, 'b.txt'), '# 平遥县召开会议\n\n4月22日,平遥县召开防汛会议。县委书记王强出席会议。\n记 者:李明远\n编 辑:张华\n责编:张华\n来源:平遥县融媒体中心\n');
    const { graph } = await extractPaths([dir]);
    // The credits under an article stay that article's: no article of their own.
    expect(graph.articles.map((a) => a.title)).toEqual(['平遥县召开会议', '平遥县召开会议']);
    const name = new Map(graph.entities.map((e) => [e.id, e.name]));
    const posts = graph.relations.filter((r) => r.type === 'HOLDS_POSITION' && String(r.props.title) === '记者').map((r) => `${name.get(r.source)} ${name.get(r.target)}`);
    expect(posts.sort()).toEqual(['李明远 平遥县融媒体中心', '李明远 平遥新闻网']);
  });
});

