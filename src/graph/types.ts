// The graph.json model: the contract in shared/docs/graph-format.md §1. Extend `props`, change nothing else.

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Program', 'Document', 'Event', 'Honor'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'HOLDS_POSITION', 'PART_OF', 'LOCATED_IN', 'RUNS', 'TAKES_PLACE_IN',
  'ISSUED', 'ATTENDED', 'RECEIVED', 'AUTHORED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The relations scored first: a person holds a post in an organisation, which runs a program in a place. */
export const CORE_RELATIONS: readonly RelationType[] = ['HOLDS_POSITION', 'RUNS', 'TAKES_PLACE_IN', 'LOCATED_IN', 'PART_OF'];
export const CORE_ENTITIES: readonly EntityType[] = ['Person', 'Organization', 'Place'];

export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

export interface Article {
  /** source file stem + '#' + index in file */
  id: string;
  /** file name as given on the command line (basename) */
  source: string;
  title: string;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when known or inferred */
  date: string | null;
  dateInferred: boolean;
  /** the article's home Place id */
  place?: string;
  /** UTF-16 offsets into the source file's decoded text */
  start: number;
  end: number;
  /** extension: the article text (source text between start and end); loaders use it */
  text?: string;
  /** extension: the page's address, when a manifest gives it */
  url?: string;
  /** extension: this article's text was already seen (republished) in the article with this id */
  duplicateOf?: string;
}

export interface Mention {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  props: Props;
  mentions: Mention[];
}

export interface Evidence {
  article: string;
  start: number;
  end: number;
  sentence: string;
}

export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  /** an entity id, or for AUTHORED an article id */
  target: string;
  props: Props;
  confidence: number;
  evidence: Evidence[];
}

export interface GraphJson {
  version: 1;
  articles: Article[];
  entities: Entity[];
  relations: Relation[];
}
