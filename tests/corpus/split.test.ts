import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSource, readSourceFromBuffer } from '../../src/corpus/read-source.ts';
import { splitArticles } from '../../src/corpus/split-articles.ts';

const seed = (n: string) => join(import.meta.dirname, '../../seeds', n);

describe('splitArticles on the seed pages', () => {
  it('finds the articles of page 000 with titles and bylines, and maps every character back to the source', async () => {
    const src = await readSource(seed('000_e5d8bafecb39aede.txt'));
    const arts = splitArticles(src);
    expect(arts.map((a) => a.title)).toEqual([
      '汾阳市“新时代文明实践推进月”活动正式启动',
      '打造一支能打硬仗的教研队伍',
      '汾阳市开展2022年“安全生产月”集体宣誓暨宣传咨询日活动',
      '汾阳首座人行天桥投入使用',
      '汾阳：温情医保为终末期肾病患者“兜底”',
    ]);
    expect(arts[0].credits.map((c) => `${c.name}/${c.role}`)).toEqual(['李勇斌/文', '李勇斌/图', '郝健/图', '王仰哲/图']);
    expect(arts[1].credits.map((c) => c.name)).toEqual(['任应斌']);
    for (const a of arts) {
      for (let i = 0; i < a.text.length; i++) {
        if (a.text[i] === '\n') continue;
        expect(src.text[a.map.toSource(i)]).toBe(a.text[i]);
      }
      for (const c of a.credits) expect(src.text.slice(c.start, c.end)).toBe(c.name);
    }
  });

  it('joins a paragraph that the layout broke mid-sentence', async () => {
    const arts = splitArticles(await readSource(seed('000_e5d8bafecb39aede.txt')));
    expect(arts.some((a) => a.text.includes('严格落实安全生产法'))).toBe(true);
  });

  it('reads a multi-line headline with a column name above it, and the reporter in parentheses', async () => {
    const arts = splitArticles(await readSource(seed('001_edba7244ac40a510.txt')));
    expect(arts[0].title).toBe('市领导走访慰问 “最美退役军人”“最美职工”');
    expect(arts[0].kicker).toBe('政务之要');
    expect(arts[0].credits.map((c) => c.name)).toEqual(['弓凤飞']);
    expect(arts[0].date).toBe('2022-01-20');
  });

  it('tells headline pairs (## kicker / ### headline) from section headings', async () => {
    const arts = splitArticles(await readSource(seed('004_23e23115af799f35.txt')));
    expect(arts.map((a) => a.title)).toContain('铁东区召开全区农田排涝推进会');
    expect(arts.map((a) => a.title)).toContain('双辽市王奔镇开展主题活动');
    expect(arts[0].kicker).toBe('——伊通满族自治县教育工作综述');
    expect(arts[0].credits).toEqual([expect.objectContaining({ name: '孙月秋', role: '通讯员' })]);
  });

  it('drops a paragraph printed twice and keeps a start byline', () => {
    const page = '# 标题一\n\n□本报记者 李琳琳\n\n本报讯 汾阳市召开会议,研究部署安全生产工作。\n\n本报讯 汾阳市召开会议,研究部署安全生产工作。\n';
    const [a] = splitArticles(readSourceFromBuffer('p.md', Buffer.from(page)));
    expect(a.text.split('\n')).toHaveLength(1);
    expect(a.credits).toEqual([expect.objectContaining({ name: '李琳琳', role: '记者' })]);
  });

  it('reads bracketed credits with the time a site posted them, and names before a slash and their role', () => {
    const top = '# 文艺小分队下乡演出\n\n【记者 王小明】 【编辑 李红】 通讯员 张伟 消息来源 新城镇文化服务站 | 2023-03-14 09:26:05\n3月13日,新城镇文艺小分队走进乡村演出。\n';
    const [a] = splitArticles(readSourceFromBuffer('p.md', Buffer.from(top)));
    expect(a.credits.map((c) => `${c.name}:${c.role}`)).toEqual(['王小明:记者', '李红:编辑', '张伟:通讯员']);
    expect(a.text.startsWith('3月13日')).toBe(true);
    const end = '# 项目开工\n\n4月1日,平遥县重点项目开工。\n刘小林 陈大伟/文\n';
    const [b] = splitArticles(readSourceFromBuffer('q.md', Buffer.from(end)));
    expect(b.credits.map((c) => `${c.name}:${c.role}`)).toEqual(['刘小林:文', '陈大伟:文']);
    expect(b.text).not.toContain('刘小林');
  });

  it('titles a caption without a heading by its first clause that says what happened, past its purpose and its time', () => {
    const page = '# 平遥县召开会议\n\n本报讯 平遥县召开安全生产会议,部署有关工作。\n\n\n\n为深入推进全民阅读,近日,县图书馆走进东关社区,开展送书活动。\n\n本报通讯员 王健 摄\n';
    const arts = splitArticles(readSourceFromBuffer('p.md', Buffer.from(page)));
    expect(arts.map((a) => a.title)).toEqual(['平遥县召开会议', '县图书馆走进东关社区']);
  });

  it('strips HTML to text and keeps offsets into the HTML', () => {
    const html = '<html><head><title>x</title><script>var a=1;</script></head><body><h1>汾阳市召开会议</h1><p>本报讯 6月27日,汾阳市委书记<b>李正奎</b>讲话&amp;部署。</p></body></html>';
    const src = readSourceFromBuffer('p.html', Buffer.from(html));
    const [a] = splitArticles(src);
    expect(a.title).toBe('汾阳市召开会议');
    expect(a.text).toContain('汾阳市委书记李正奎讲话&部署');
    const i = a.text.indexOf('李正奎');
    expect(html.slice(a.map.toSource(i), a.map.toSource(i) + 3)).toBe('李正奎');
    expect(html.slice(a.titleStart, a.titleEnd)).toBe('汾阳市召开会议');
  });
});
