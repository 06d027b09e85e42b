// Lists of four-number records (article, start, end, string index) for many owners, all in one growable Int32Array and
// chained per owner: a corpus's million mentions cost 20 bytes each, not a small array (and its slack) per entity.

export interface RecordList { head: number; tail: number; count: number }

export const emptyList = (): RecordList => ({ head: -1, tail: -1, count: 0 });

const WIDTH = 5; // four values and the index of the owner's next record

export class RecordPool {
  private data = new Int32Array(WIDTH * 1024);
  private used = 0;

  append(list: RecordList, a: number, b: number, c: number, d: number): void {
    if (this.used + WIDTH > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.used;
    const d32 = this.data;
    d32[at] = a; d32[at + 1] = b; d32[at + 2] = c; d32[at + 3] = d; d32[at + 4] = -1;
    this.used += WIDTH;
    if (list.tail >= 0) this.data[list.tail + 4] = at;
    else list.head = at;
    list.tail = at;
    list.count++;
  }

  /** Calls fn for each record of the list, in the order they were appended; stops when fn returns true. */
  each(list: RecordList, fn: (a: number, b: number, c: number, d: number) => boolean | void): void {
    for (let at = list.head; at >= 0; at = this.data[at + 4]) {
      if (fn(this.data[at], this.data[at + 1], this.data[at + 2], this.data[at + 3]) === true) return;
    }
  }
}
