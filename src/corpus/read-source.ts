// Reads a source file and decodes it: UTF-8 (with or without BOM), UTF-16 LE/BE, GB18030/GBK. Bad input (missing,
// empty, binary, undecodable) is a UserError that names the file.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import { UserError } from '../util/errors.ts';

export interface SourceText {
  path: string;
  /** basename */
  name: string;
  /** decoded text, BOM removed */
  text: string;
  encoding: string;
  isHtml: boolean;
}

export async function readSource(path: string): Promise<SourceText> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a folder, not a file`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied`);
    throw new UserError(`${path}: cannot read (${code ?? String(e)})`);
  }
  return readSourceFromBuffer(path, buf);
}

function looksUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  // ASCII-heavy UTF-16 without a BOM has NULs in every other byte; CJK-heavy text shows no NULs, so also check that
  // decoding as UTF-16 yields mostly CJK and no invalid surrogates.
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) evenNul++; if (buf[i + 1] === 0) oddNul++; }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  }
  return ctrl > n * 0.02;
}

function sniffHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return false;
  return /^\s*(?:<!doctype html|<html|<body|<p[\s>])/iu.test(text);
}

export function readSourceFromBuffer(path: string, buf: Buffer): SourceText {
  const name = basename(path);
  let text: string;
  let encoding: string;
  if (buf.length === 0) throw new UserError(`${path}: empty file`);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = decodeUtf8(path, buf.subarray(3));
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = iconv.decode(buf.subarray(2), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(buf.subarray(2), 'utf-16be');
  } else {
    const u16 = looksUtf16(buf);
    if (u16) {
      encoding = u16;
      text = iconv.decode(buf, u16);
    } else {
      if (isBinary(buf)) throw new UserError(`${path}: binary file, not text (.txt, .md or .html expected)`);
      const utf8 = tryUtf8(buf);
      if (utf8 !== null) { encoding = 'utf-8'; text = utf8; }
      else {
        // Not UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese files otherwise are.
        text = iconv.decode(buf, 'gb18030');
        encoding = 'gb18030';
        const bad = (text.match(/\uFFFD/gu) ?? []).length;
        if (bad > Math.max(2, text.length * 0.001)) {
          throw new UserError(`${path}: cannot decode: neither UTF-8, UTF-16 nor GB18030 (${bad} undecodable characters)`);
        }
      }
    }
  }
  if (!text.trim()) throw new UserError(`${path}: empty file (only whitespace)`);
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/u.test(text.slice(0, 8192)) && (text.slice(0, 8192).match(/[\u0000-\u0008\u000E-\u001F]/gu) ?? []).length > 20) {
    throw new UserError(`${path}: binary file, not text (.txt, .md or .html expected)`);
  }
  return { path, name, text, encoding, isHtml: sniffHtml(path, text) };
}

function tryUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

function decodeUtf8(path: string, buf: Buffer): string {
  const t = tryUtf8(buf);
  if (t === null) throw new UserError(`${path}: starts with a UTF-8 byte-order mark but is not valid UTF-8`);
  return t;
}
