// Writes a large text file through one reused buffer to a temporary name, renamed into place on commit: a failed
// write leaves nothing half-written where the file belongs.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 1 << 20;

export class LineWriter {
  private readonly tmp: string;
  private readonly fd: number;
  // Strings are encoded straight into this buffer and bytes copied into it: no joined string, no buffer per write.
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private ended = false;

  constructor(private readonly file: string) {
    this.tmp = `${file}.tmp-${process.pid}`;
    this.fd = openSync(this.tmp, 'w', 0o644);
  }

  write(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + s.length * 3 > BUFFER_BYTES) {
      this.flush();
      if (s.length * 3 > BUFFER_BYTES) { this.writeOut(Buffer.from(s, 'utf8')); return; }
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  /** Writes bytes already encoded as UTF-8 (text kept encoded, such as evidence read back from a file). */
  writeBytes(b: Uint8Array): void {
    if (this.used + b.length > BUFFER_BYTES) {
      this.flush();
      if (b.length > BUFFER_BYTES) { this.writeOut(b); return; }
    }
    this.buf.set(b, this.used);
    this.used += b.length;
  }

  /** Writes one byte (an ASCII character of the JSON around the texts). */
  writeByte(b: number): void {
    if (this.used + 1 > BUFFER_BYTES) this.flush();
    this.buf[this.used++] = b;
  }

  /** Writes a non-negative integer's decimal digits (offsets), without making a string of it. */
  writeInt(n: number): void {
    if (this.used + 16 > BUFFER_BYTES) this.flush();
    if (n === 0) { this.buf[this.used++] = 0x30; return; }
    let digits = 0;
    for (let x = n; x > 0; x = Math.floor(x / 10)) digits++;
    for (let i = this.used + digits - 1, x = n; i >= this.used; i--, x = Math.floor(x / 10)) this.buf[i] = 0x30 + (x % 10);
    this.used += digits;
  }

  private flush(): void {
    this.writeOut(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private writeOut(b: Uint8Array): void {
    let done = 0;
    while (done < b.length) done += writeSync(this.fd, b, done, b.length - done);
  }

  commit(): void {
    this.ended = true;
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.file);
  }

  /** Removes what was written; after a commit, does nothing. */
  abort(): void {
    if (this.ended) return;
    this.ended = true;
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.tmp, { force: true });
  }
}
