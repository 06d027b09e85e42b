// Gold annotation files (shared/docs/graph-format.md §2): reading and checking them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../util/errors.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../graph/types.ts';

export interface GoldEntity { key: string; type: EntityType; name: string; aliases: string[]; code?: string }
export interface GoldRelation { type: RelationType; source: string; target: string; title?: string; role?: string }
export interface GoldFile { file: string; source: string; entities: GoldEntity[]; relations: GoldRelation[] }

export function parseGold(file: string, data: unknown): GoldFile {
  const fail = (path: string, msg: string): never => { throw new UserError(`${file}: ${path}: ${msg}`); };
  if (typeof data !== 'object' || data === null) return fail('$', 'expected an object');
  const d = data as Record<string, unknown>;
  if (typeof d.source !== 'string') fail('$.source', 'expected the source file name');
  if (!Array.isArray(d.entities)) fail('$.entities', 'expected an array');
  if (!Array.isArray(d.relations)) fail('$.relations', 'expected an array');
  const keys = new Set<string>();
  const entities = (d.entities as unknown[]).map((e, i) => {
    const o = e as Record<string, unknown>;
    const p = `$.entities[${i}]`;
    if (typeof o?.key !== 'string') fail(`${p}.key`, 'expected a string');
    if (!ENTITY_TYPES.includes(o.type as EntityType)) fail(`${p}.type`, `unknown entity type ${JSON.stringify(o.type)}`);
    if (typeof o.name !== 'string') fail(`${p}.name`, 'expected a string');
    keys.add(o.key as string);
    return { key: o.key as string, type: o.type as EntityType, name: o.name as string,
      aliases: Array.isArray(o.aliases) ? (o.aliases as unknown[]).filter((a): a is string => typeof a === 'string') : [],
      code: typeof o.code === 'string' ? o.code : undefined };
  });
  const relations = (d.relations as unknown[]).map((r, i) => {
    const o = r as Record<string, unknown>;
    const p = `$.relations[${i}]`;
    if (!RELATION_TYPES.includes(o?.type as RelationType)) fail(`${p}.type`, `unknown relation type ${JSON.stringify(o?.type)}`);
    if (typeof o.source !== 'string' || !keys.has(o.source)) fail(`${p}.source`, `no entity with key ${JSON.stringify(o.source)}`);
    if (typeof o.target !== 'string' || (!keys.has(o.target) && !o.target.startsWith('article:'))) fail(`${p}.target`, `no entity with key ${JSON.stringify(o.target)}`);
    return { type: o.type as RelationType, source: o.source as string, target: o.target as string,
      title: typeof o.title === 'string' ? o.title : undefined, role: typeof o.role === 'string' ? o.role : undefined };
  });
  return { file, source: d.source as string, entities, relations };
}

/** Reads every *.json gold file of a folder; a bad file is reported and the others still count. */
export async function readGoldFolder(dir: string): Promise<{ golds: GoldFile[]; errors: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new UserError(`${dir}: no such gold folder`);
  }
  if (!names.length) throw new UserError(`${dir}: no gold files (*.json) in this folder`);
  const golds: GoldFile[] = [];
  const errors: string[] = [];
  for (const n of names) {
    const file = join(dir, n);
    try {
      let data: unknown;
      try { data = JSON.parse(await readFile(file, 'utf8')); } catch (e) { throw new UserError(`${file}: not valid JSON (${(e as Error).message})`); }
      golds.push(parseGold(file, data));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { golds, errors };
}
