// The view's state, kept in the URL so a view can be shared and reloaded.
export interface ViewState {
  node: string | null;
  hiddenTypes: Set<string>;
  hiddenRels: Set<string>;
  place: string;
  from: string;
  to: string;
  cypher: string;
  query: string;
  lang: 'zh' | 'en';
  size: 'degree' | 'pagerank';
  color: 'type' | 'community';
}

export function readState(): ViewState {
  const p = new URLSearchParams(location.search);
  const list = (k: string) => new Set((p.get(k) ?? '').split(',').filter(Boolean));
  return {
    node: p.get('node'),
    hiddenTypes: list('hideTypes'),
    hiddenRels: list('hideRels'),
    place: p.get('place') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    cypher: p.get('cypher') ?? '',
    query: p.get('query') ?? '',
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
    size: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    color: p.get('color') === 'community' ? 'community' : 'type',
  };
}

export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  if (s.node) p.set('node', s.node);
  if (s.hiddenTypes.size) p.set('hideTypes', [...s.hiddenTypes].join(','));
  if (s.hiddenRels.size) p.set('hideRels', [...s.hiddenRels].join(','));
  if (s.place) p.set('place', s.place);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.query) p.set('query', s.query);
  if (s.cypher) p.set('cypher', s.cypher);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.size !== 'degree') p.set('size', s.size);
  if (s.color !== 'type') p.set('color', s.color);
  const q = p.toString();
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
}
