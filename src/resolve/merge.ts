// Entity resolution across articles and files: local keys become stable global ids, the same entity's mentions and
// aliases merge, and the same relation seen twice keeps one record with all its evidence.
import { createHash } from 'node:crypto';
import type { Article, Entity, GraphJson, Relation } from '../graph/types.ts';
import type { ArticleFacts, LocalEntity } from '../extract/pipeline.ts';

/** The global id of a local entity in an article whose home place is `home`. */
export function globalId(e: Pick<LocalEntity, 'key' | 'type' | 'name' | 'props'>, home: string | null): string {
  const at = home ?? 'x';
  switch (e.type) {
    // Named areas (广场, 景区) have no code: their name and their parent place identify them.
    case 'Place': return e.key.startsWith('Place:area:') ? `p:${e.name}@${String(e.props.parent ?? at).replace(/^p:/u, '')}` : `p:${e.key.slice('Place:'.length)}`;
    case 'Person': return `per:${e.name}@${at}`;
    case 'Organization': return e.props.namedPlace || e.props.national ? `org:${e.name}` : `org:${e.name}@${at}`;
    case 'Program': return `prog:${e.name}`;
    case 'Document': return `doc:${e.name}`;
    case 'Event': return `evt:${e.name}@${at}`;
    case 'Honor': return `hon:${e.name}`;
  }
}

/** One relation per type and ends; a post is also told apart by its title (one person, two posts in one body). */
function relationId(r: { type: string; source: string; target: string; props: Record<string, unknown> }): string {
  const key = [r.type, r.source, r.target, String(r.props.title ?? '')].join('|');
  return `r:${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

type MergedRelation = Relation & { _texts: Set<string> };

/**
 * Merges per-article facts into one graph, one article at a time, so a large corpus never has to be held as facts.
 * Facts must be added in a fixed order (file order) for the output to be the same on every run.
 */
export class GraphMerger {
  private articles: Article[] = [];
  private entities = new Map<string, Entity>();
  private relations = new Map<string, MergedRelation>();
  private firstByHash = new Map<string, string>();

  add(f: ArticleFacts): void {
    const art: Article = { ...f.article };
    const original = this.firstByHash.get(f.textHash);
    if (original && f.article.end - f.article.start > 80) art.duplicateOf = original;
    else this.firstByHash.set(f.textHash, f.article.id);
    this.articles.push(art);
    const ids = new Map<string, string>();
    for (const le of f.entities) {
      const id = globalId(le, f.home);
      ids.set(le.key, id);
      let e = this.entities.get(id);
      if (!e) {
        e = { id, type: le.type, name: le.name, aliases: [], props: { ...le.props }, mentions: [] };
        this.entities.set(id, e);
      } else {
        for (const [k, v] of Object.entries(le.props)) if (!(k in e.props)) e.props[k] = v;
      }
      for (const a of [le.name, ...le.aliases]) if (!e.aliases.includes(a)) e.aliases.push(a);
      for (const m of le.mentions) e.mentions.push(m);
    }
    for (const lr of f.relations) {
      const source = ids.get(lr.source);
      const target = lr.type === 'AUTHORED' ? lr.target : ids.get(lr.target);
      if (!source || !target || source === target) continue;
      const id = relationId({ type: lr.type, source, target, props: lr.props });
      let r = this.relations.get(id);
      if (!r) {
        r = { id, type: lr.type, source, target, props: { ...lr.props }, confidence: lr.confidence, evidence: [], _texts: new Set() };
        this.relations.set(id, r);
      } else {
        r.confidence = Math.max(r.confidence, lr.confidence);
        // Several roles for one pair (开展 and 推进 a program; 主持 and 讲话 at a meeting): keep them all.
        const role = lr.props.role;
        if (typeof role === 'string') {
          const roles = Array.isArray(r.props.roles) ? (r.props.roles as string[]) : [String(r.props.role)];
          if (!roles.includes(role)) { roles.push(role); r.props.roles = roles; }
        }
        // A post seen at several dates: keep the span of dates it was seen.
        const asOf = lr.props.asOf;
        if (typeof asOf === 'string') {
          const first = String(r.props.firstSeen ?? r.props.asOf ?? asOf);
          const last = String(r.props.asOf ?? asOf);
          r.props.firstSeen = first < asOf ? first : asOf;
          r.props.asOf = last > asOf ? last : asOf;
        }
      }
      if (!r.evidence.some((ev) => ev.article === lr.evidence.article && ev.start === lr.evidence.start)) r.evidence.push(lr.evidence);
      r._texts.add(f.textHash);
    }
  }

  finish(): GraphJson {
    const rels: Relation[] = [];
    for (const r of this.relations.values()) {
      const { _texts, ...rest } = r;
      // Republished copies are one source: count distinct article texts, not files.
      rest.props.sources = _texts.size;
      rels.push(rest);
    }
    const referenced = new Set<string>();
    for (const r of rels) { referenced.add(r.source); referenced.add(r.target); }
    const ents = [...this.entities.values()].filter((e) => e.mentions.length > 0 || referenced.has(e.id));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    ents.sort(byId);
    rels.sort(byId);
    return { version: 1, articles: this.articles, entities: ents, relations: rels };
  }
}

/** Merges per-article facts (in input order) into one graph.json. */
export function mergeFacts(all: ArticleFacts[]): GraphJson {
  const m = new GraphMerger();
  for (const f of all) m.add(f);
  return m.finish();
}
