import { extractSnippet, type ArticleFacts } from '../../src/extract/pipeline.ts';

export function run(text: string, title = ''): ArticleFacts {
  return extractSnippet(text, { title, date: '2022-06-27' });
}

/** Relations as readable triples: "王宝启 -HOLDS_POSITION(市长)-> 汾阳市人民政府". */
export function triples(f: ArticleFacts, type?: string): string[] {
  const name = new Map(f.entities.map((e) => [e.key, e.name]));
  return f.relations
    .filter((r) => !type || r.type === type)
    .map((r) => `${name.get(r.source)} -${r.type}(${String(r.props.title ?? r.props.role ?? '')})-> ${name.get(r.target) ?? r.target}`);
}

export function names(f: ArticleFacts, type: string): string[] {
  return f.entities.filter((e) => e.type === type).map((e) => e.name);
}
