// Text assembled from pieces of a source file keeps a map back to the source offsets of each character.

export class OffsetMap {
  /** [textStart, sourceStart, length], sorted by textStart */
  private segs: Array<[number, number, number]> = [];
  private length = 0;

  /** Appends `len` characters that come from source offset `sourceStart` (contiguous). */
  push(sourceStart: number, len: number): void {
    if (len <= 0) return;
    const last = this.segs[this.segs.length - 1];
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === sourceStart) last[2] += len;
    else this.segs.push([this.length, sourceStart, len]);
    this.length += len;
  }

  /** Appends `len` characters inserted by us (a paragraph break), mapped to the source offset `at`. */
  pushInserted(at: number, len: number): void {
    if (len <= 0) return;
    this.segs.push([this.length, at, 0]);
    this.length += len;
  }

  get size(): number { return this.length; }

  /** Source offset of text index i (for i === size, one past the last mapped character). */
  toSource(i: number): number {
    const segs = this.segs;
    if (!segs.length) return 0;
    let lo = 0, hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= i) lo = mid; else hi = mid - 1;
    }
    const [t, s, len] = segs[lo];
    if (len === 0) return s;
    return s + Math.min(i - t, len);
  }

  /** Is text index i an inserted character (not in the source)? */
  isInserted(i: number): boolean {
    for (const [t, , len] of this.segs) if (i >= t && i < t + Math.max(len, 1) && len === 0) return true;
    return false;
  }
}
