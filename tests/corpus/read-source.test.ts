import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readSource } from '../../src/corpus/read-source.ts';

const SAMPLE = '本报讯 6月27日,汾陽市舉行啟動儀式。汾阳市委书记李正奎讲话。';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
});

function write(name: string, data: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describe('readSource', () => {
  it('decodes UTF-8 with and without BOM', async () => {
    expect((await readSource(write('a.txt', SAMPLE))).text).toBe(SAMPLE);
    const bom = await readSource(write('b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])));
    expect(bom.text).toBe(SAMPLE);
    expect(bom.encoding).toBe('utf-8-bom');
  });

  it('decodes GB18030 (and so GBK)', async () => {
    const simplified = '本报讯 汾阳市委书记李正奎指出,要做好安全生产工作。';
    const s = await readSource(write('gb.txt', iconv.encode(simplified, 'gb18030')));
    expect(s.encoding).toBe('gb18030');
    expect(s.text).toBe(simplified);
  });

  it('decodes UTF-16 LE and BE with a BOM, and LE without one', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf-16le')]);
    expect((await readSource(write('le.txt', le))).text).toBe(SAMPLE);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')]);
    expect((await readSource(write('be.txt', be))).text).toBe(SAMPLE);
    const ascii = 'Fenyang county news, plain ASCII in UTF-16 without a BOM.';
    expect((await readSource(write('le2.txt', iconv.encode(ascii, 'utf-16le')))).text).toBe(ascii);
  });

  it('refuses a binary file, an empty file and a missing path with one line naming the file', async () => {
    const bin = write('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await expect(readSource(bin)).rejects.toThrow(`${bin}: binary file`);
    const empty = write('e.txt', '');
    await expect(readSource(empty)).rejects.toThrow(`${empty}: empty file`);
    await expect(readSource(join(dir, 'nope.txt'))).rejects.toThrow('no such file');
  });
});
