// Small DOM helpers: elements are built with textContent only, so article text is always shown as text, never as HTML.
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

export function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** The sentence with every occurrence of the given words wrapped in <mark> (as DOM nodes). */
export function highlighted(sentence: string, words: string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const ws = [...new Set(words.filter((w) => w && w.length >= 2))].sort((a, b) => b.length - a.length);
  let i = 0;
  while (i < sentence.length) {
    let hit: string | null = null;
    let at = sentence.length;
    for (const w of ws) { const j = sentence.indexOf(w, i); if (j >= 0 && (j < at || (j === at && w.length > (hit?.length ?? 0)))) { at = j; hit = w; } }
    if (!hit) { frag.append(sentence.slice(i)); break; }
    if (at > i) frag.append(sentence.slice(i, at));
    frag.append(el('mark', {}, hit));
    i = at + hit.length;
  }
  return frag;
}

export function download(name: string, base64: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes]));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
