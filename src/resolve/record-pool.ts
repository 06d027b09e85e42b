// Lists of four-number records (article, start, end, string index) for many owners, chained per owner in fixed-size
// Int32Array chunks: a corpus's million mentions cost 20 bytes each, not a small array (and its slack) per entity, and
// growing never copies (nor briefly doubles) what is already stored.

export interface RecordList { head: number; tail: number; count: number }

export const emptyList = (): RecordList => ({ head: -1, tail: -1, count: 0 });

const WIDTH = 5; // four values and the number of the owner's next record
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS; // records per chunk

export class RecordPool {
  private chunks: Int32Array[] = [];
  private used = 0;

  append(list: RecordList, a: number, b: number, c: number, d: number): void {
    const n = this.used++;
    if ((n & (CHUNK - 1)) === 0) this.chunks.push(new Int32Array(CHUNK * WIDTH));
    const chunk = this.chunks[n >>> CHUNK_BITS];
    const at = (n & (CHUNK - 1)) * WIDTH;
    chunk[at] = a; chunk[at + 1] = b; chunk[at + 2] = c; chunk[at + 3] = d; chunk[at + 4] = -1;
    if (list.tail >= 0) this.chunks[list.tail >>> CHUNK_BITS][(list.tail & (CHUNK - 1)) * WIDTH + 4] = n;
    else list.head = n;
    list.tail = n;
    list.count++;
  }

  /** Calls fn for each record of the list, in the order they were appended; stops when fn returns true. */
  each(list: RecordList, fn: (a: number, b: number, c: number, d: number) => boolean | void): void {
    for (let n = list.head; n >= 0;) {
      const chunk = this.chunks[n >>> CHUNK_BITS];
      const at = (n & (CHUNK - 1)) * WIDTH;
      if (fn(chunk[at], chunk[at + 1], chunk[at + 2], chunk[at + 3]) === true) return;
      n = chunk[at + 4];
    }
  }
}
