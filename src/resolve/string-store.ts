// Append-only stores of long strings (article records, evidence sentences) addressed by index. The file-backed store
// keeps them in a temporary file, so a large corpus's text is never all in memory while its graph is merged.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StringStore {
  /** Stores a string and returns its index. */
  add(s: string): number;
  get(i: number): string;
  readonly size: number;
  /** A reader of every string by index, for reading most of them in no particular order. */
  readAll(): (i: number) => string;
  /** The same, giving each string's UTF-8 bytes (to be copied into a file as they are). */
  readAllBytes(): (i: number) => Uint8Array;
  /** Frees the store (the file-backed one deletes its file). */
  close(): void;
}

export class MemoryStringStore implements StringStore {
  private items: string[] = [];
  add(s: string): number { this.items.push(s); return this.items.length - 1; }
  get(i: number): string { return this.items[i]; }
  get size(): number { return this.items.length; }
  readAll(): (i: number) => string { const items = this.items; return (i) => items[i]; }
  readAllBytes(): (i: number) => Uint8Array { const items = this.items; return (i) => Buffer.from(items[i], 'utf8'); }
  close(): void { this.items = []; }
}

const FLUSH_AT = 1 << 20;

export class FileStringStore implements StringStore {
  private readonly dir: string;
  private readonly fd: number;
  // Offsets fit in a double exactly; lengths of one string in 32 bits. Typed, they cost 12 bytes a string.
  private offsets = new Float64Array(4096);
  private lengths = new Uint32Array(4096);
  private count = 0;
  private written = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  private closed = false;

  constructor(dir = tmpdir()) {
    this.dir = mkdtempSync(join(dir, 'kg-store-'));
    this.fd = openSync(join(this.dir, 'strings'), 'w+', 0o600);
  }

  add(s: string): number {
    // Byte lengths are counted without encoding; the strings are encoded together when flushed.
    const bytes = Buffer.byteLength(s, 'utf8');
    if (this.count === this.offsets.length) {
      const o = new Float64Array(this.count * 2); o.set(this.offsets); this.offsets = o;
      const l = new Uint32Array(this.count * 2); l.set(this.lengths); this.lengths = l;
    }
    this.offsets[this.count] = this.written + this.pendingBytes;
    this.lengths[this.count] = bytes;
    this.count++;
    this.pending.push(s);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
    return this.count - 1;
  }

  get(i: number): string {
    if (this.offsets[i] + this.lengths[i] > this.written) this.flush();
    const buf = Buffer.allocUnsafe(this.lengths[i]);
    let done = 0;
    while (done < buf.length) done += readSync(this.fd, buf, done, buf.length - done, this.offsets[i] + done);
    return buf.toString('utf8');
  }

  get size(): number { return this.count; }

  /**
   * Reads the whole file once and returns a reader by index: for reading most strings in no particular order, where a
   * read per string would cost a system call each (graph.json's evidence, written in relation order).
   */
  readAll(): (i: number) => string {
    const bytes = this.readAllBytes();
    return (i) => bytes(i).toString('utf8');
  }

  readAllBytes(): (i: number) => Buffer {
    this.flush();
    const all = Buffer.allocUnsafe(this.written);
    let done = 0;
    while (done < all.length) done += readSync(this.fd, all, done, all.length - done, done);
    return (i) => all.subarray(this.offsets[i], this.offsets[i] + this.lengths[i]);
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    // Encoded one by one: joined, a lone surrogate at one string's end could pair with the next one's start.
    const all = Buffer.concat(this.pending.map((x) => Buffer.from(x, 'utf8')), this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
    this.offsets = new Float64Array(0);
    this.lengths = new Uint32Array(0);
    this.count = 0;
  }
}
