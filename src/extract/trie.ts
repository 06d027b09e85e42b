// A character trie for longest-match lookups of many lexicon words at once; linear in the text scanned. Nodes are
// keyed by UTF-16 code unit (a number): indexing a string by position would allocate a one-character string per step
// for every CJK character, and that garbage was a large share of extraction time.

// Most nodes of a name trie have one child or none: a single child is kept in k/only, a Map made only from the second
// child on (the place names alone would otherwise need some 60,000 Maps per thread).
// Every node has all four fields, so lookups see one object shape (monomorphic, fast).
interface TrieNode<V> {
  k: number;
  only: TrieNode<V> | undefined;
  next: Map<number, TrieNode<V>> | undefined;
  values: V[] | undefined;
}

const newNode = <V>(): TrieNode<V> => ({ k: -1, only: undefined, next: undefined, values: undefined });

function step<V>(node: TrieNode<V>, c: number): TrieNode<V> | undefined {
  return node.k === c ? node.only : node.next?.get(c);
}

function child<V>(node: TrieNode<V>, c: number): TrieNode<V> {
  const found = step(node, c);
  if (found) return found;
  const made = newNode<V>();
  if (node.only === undefined && node.next === undefined) { node.k = c; node.only = made; }
  else (node.next ??= new Map()).set(c, made);
  return made;
}

// A root with more children than this is read through a table indexed by code unit: every lookup starts at the root,
// once per character scanned, and a Map lookup there costs more than an array read.
const TABLE_FROM = 64;

// With a table comes a bit per hashed pair of first two code units that starts some word: most characters of a text
// start a word of a large lexicon (a place name starts with nearly any character) but few pairs do, and a bit read
// settles those before a child lookup would.
const PAIR_BITS = 20;
const pairHash = (a: number, b: number): number => ((a * 40503) ^ b) & ((1 << PAIR_BITS) - 1);

export class Trie<V> {
  /** @internal */ readonly root: TrieNode<V> = newNode<V>();
  size = 0;
  private table: Array<TrieNode<V> | undefined> | null = null;
  private pairs: Uint32Array | null = null;
  private tableReady = false;

  /** @internal The root's child for code unit c. */
  first(c: number): TrieNode<V> | undefined {
    if (!this.tableReady) this.buildTable();
    return this.table ? this.table[c] : step(this.root, c);
  }

  /** @internal The child for code unit b of the root's child `node` for code unit a. */
  second(node: TrieNode<V>, a: number, b: number): TrieNode<V> | undefined {
    const pairs = this.pairs;
    if (pairs !== null) { const h = pairHash(a, b); if ((pairs[h >>> 5] & (1 << (h & 31))) === 0) return undefined; }
    return step(node, b);
  }

  private buildTable(): void {
    this.tableReady = true;
    const next = this.root.next;
    if (!next || next.size < TABLE_FROM) { this.table = null; this.pairs = null; return; }
    // Filled, not holey: reading a hole would look it up on the prototype chain.
    const t: Array<TrieNode<V> | undefined> = new Array(0x10000).fill(undefined);
    for (const [c, n] of next) t[c] = n;
    if (this.root.only !== undefined) t[this.root.k] = this.root.only;
    this.table = t;
    const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    const mark = (a: number, b: number) => { const h = pairHash(a, b); pairs[h >>> 5] |= 1 << (h & 31); };
    t.forEach((n, a) => {
      if (!n) return;
      if (n.only !== undefined) mark(a, n.k);
      if (n.next) for (const b of n.next.keys()) mark(a, b);
    });
    this.pairs = pairs;
  }

  add(word: string, value: V): void {
    this.tableReady = false;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      node = child(node, word.charCodeAt(i));
    }
    if (node.values === undefined) { node.values = []; this.size++; }
    node.values.push(value);
  }

  /** All matches starting at `pos`, longest first: [end, values]. */
  matchesAt(text: string, pos: number): Array<[number, V[]]> {
    const out: Array<[number, V[]]> = [];
    if (pos >= text.length) return out;
    let node: TrieNode<V> | undefined = this.first(text.charCodeAt(pos));
    for (let i = pos; node; ) {
      if (node.values) out.push([i + 1, node.values]);
      if (++i >= text.length) break;
      node = i === pos + 1 ? this.second(node, text.charCodeAt(pos), text.charCodeAt(i)) : step(node, text.charCodeAt(i));
    }
    return out.reverse();
  }

  /** The longest match starting at `pos`, or null. */
  longestAt(text: string, pos: number): { end: number; values: V[] } | null {
    if (pos >= text.length) return null;
    let node: TrieNode<V> | undefined = this.first(text.charCodeAt(pos));
    let end = -1;
    let values: V[] | undefined;
    for (let i = pos; node; ) {
      if (node.values) { end = i + 1; values = node.values; }
      if (++i >= text.length) break;
      node = i === pos + 1 ? this.second(node, text.charCodeAt(pos), text.charCodeAt(i)) : step(node, text.charCodeAt(i));
    }
    return values ? { end, values } : null;
  }

  has(word: string): boolean {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = step(node, word.charCodeAt(i));
    return node?.values !== undefined;
  }

  /** A trie of the words written backwards, for longestEndingAt. */
  static reversed<V>(words: Iterable<[string, V]>): Trie<V> {
    const t = new Trie<V>();
    for (const [w, v] of words) t.add(w.split('').reverse().join(''), v);
    return t;
  }
}

/** Longest word of a reversed trie ending at `end` in `text` (never starting before minStart): [start, values]. */
export function longestEndingAt<V>(rev: Trie<V>, text: string, end: number, minStart = 0): { start: number; values: V[] } | null {
  if (end - 1 < minStart) return null;
  let node: TrieNode<V> | undefined = rev.first(text.charCodeAt(end - 1));
  let start = -1;
  let values: V[] | undefined;
  for (let i = end - 1; node; ) {
    if (node.values) { start = i; values = node.values; }
    if (--i < minStart) break;
    node = i === end - 2 ? rev.second(node, text.charCodeAt(end - 1), text.charCodeAt(i)) : step(node, text.charCodeAt(i));
  }
  return values ? { start, values } : null;
}

/** Start of the shortest word of a reversed trie ending at `end` (any match is enough for a rejection), or null. */
export function shortestEndingAt<V>(rev: Trie<V>, text: string, end: number, minStart = 0): number | null {
  if (end - 1 < minStart) return null;
  let node: TrieNode<V> | undefined = rev.first(text.charCodeAt(end - 1));
  for (let i = end - 1; node; ) {
    if (node.values) return i;
    if (--i < minStart) return null;
    node = i === end - 2 ? rev.second(node, text.charCodeAt(end - 1), text.charCodeAt(i)) : step(node, text.charCodeAt(i));
  }
  return null;
}
