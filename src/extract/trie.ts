// A character trie for longest-match lookups of many lexicon words at once; linear in the text scanned.

export class Trie<V> {
  private root: TrieNode<V> = { next: new Map() };
  size = 0;

  add(word: string, value: V): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) { child = { next: new Map() }; node.next.set(ch, child); }
      node = child;
    }
    if (node.values === undefined) { node.values = []; this.size++; }
    node.values.push(value);
  }

  /** All matches starting at `pos`, longest first: [end, values]. */
  matchesAt(text: string, pos: number): Array<[number, V[]]> {
    const out: Array<[number, V[]]> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) out.push([i + 1, node.values]);
    }
    return out.reverse();
  }

  /** The longest match starting at `pos`, or null. */
  longestAt(text: string, pos: number): { end: number; values: V[] } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) best = { end: i + 1, values: node.values };
    }
    return best;
  }

  has(word: string): boolean {
    let node: TrieNode<V> | undefined = this.root;
    for (const ch of word) { node = node.next.get(ch); if (!node) return false; }
    return node.values !== undefined;
  }

  /** Longest match of the trie's words that ends exactly at `end` (scanning back at most maxLen chars). Needs a reversed trie. */
  static reversed<V>(words: Iterable<[string, V]>): Trie<V> {
    const t = new Trie<V>();
    for (const [w, v] of words) t.add([...w].reverse().join(''), v);
    return t;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}

/** Longest word of a reversed trie ending at `end` in `text`: returns [start, values]. */
export function longestEndingAt<V>(rev: Trie<V>, text: string, end: number, minStart = 0): { start: number; values: V[] } | null {
  let node: TrieNode<V> | undefined = (rev as unknown as { root: TrieNode<V> }).root;
  let best: { start: number; values: V[] } | null = null;
  for (let i = end - 1; i >= minStart; i--) {
    node = node.next.get(text[i]);
    if (!node) break;
    if (node.values) best = { start: i, values: node.values };
  }
  return best;
}
