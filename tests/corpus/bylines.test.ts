import { describe, expect, it } from 'vitest';
import { readSourceFromBuffer } from '../../src/corpus/read-source.ts';
import { splitArticles } from '../../src/corpus/split-articles.ts';

describe('credits at an article’s end', () => {
  it('reads role words and two-character names padded with a space (记 者:范 鹏), and keeps the name’s span', () => {
    const page = '# 平遥县召开会议\n\n3月1日,平遥县召开会议。县长王强出席。\n记 者:范 鹏\n编 辑:刘小燕\n一 审:周 敏\n二 审:赵大伟 钱一鸣\n';
    const src = readSourceFromBuffer('p.md', Buffer.from(page));
    const [a] = splitArticles(src);
    expect(a.credits.map((c) => `${c.name}:${c.role}`)).toEqual(['范鹏:记者', '刘小燕:编辑', '周敏:审核', '赵大伟:审核', '钱一鸣:审核']);
    expect(a.text).not.toContain('范');
    const fan = a.credits[0];
    expect(src.text.slice(fan.start, fan.end)).toBe('范 鹏');
  });
});
