// Reads and validates a graph.json; every problem names the file and the JSON path at fault.
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserError } from '../util/errors.ts';
import { ENTITY_TYPES, RELATION_TYPES, type GraphJson } from './types.ts';

type Json = unknown;

function isObj(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns the list of problems ("$.entities[3].type: ...") in a parsed graph.json; empty when valid. */
export function validateGraph(data: Json, maxProblems = 20): string[] {
  const problems: string[] = [];
  const add = (path: string, msg: string) => { if (problems.length < maxProblems) problems.push(`${path}: ${msg}`); };
  if (!isObj(data)) { add('$', 'expected an object'); return problems; }
  if (data.version !== 1) add('$.version', `expected 1, got ${JSON.stringify(data.version)}`);
  const str = (o: Record<string, Json>, k: string, path: string, nullable = false) => {
    const v = o[k];
    if (typeof v === 'string') return;
    if (nullable && (v === null || v === undefined)) return;
    add(`${path}.${k}`, `expected a string, got ${JSON.stringify(v)}`);
  };
  const num = (o: Record<string, Json>, k: string, path: string) => {
    if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) add(`${path}.${k}`, `expected a number, got ${JSON.stringify(o[k])}`);
  };
  for (const key of ['articles', 'entities', 'relations'] as const) {
    if (!Array.isArray(data[key])) add(`$.${key}`, 'expected an array');
  }
  if (problems.length) return problems;
  const articleIds = new Set<string>();
  (data.articles as Json[]).forEach((a, i) => {
    const p = `$.articles[${i}]`;
    if (!isObj(a)) return add(p, 'expected an object');
    str(a, 'id', p); str(a, 'source', p); str(a, 'title', p); str(a, 'byline', p, true); str(a, 'date', p, true);
    num(a, 'start', p); num(a, 'end', p);
    if (typeof a.id === 'string') articleIds.add(a.id);
  });
  const entityIds = new Set<string>();
  (data.entities as Json[]).forEach((e, i) => {
    const p = `$.entities[${i}]`;
    if (!isObj(e)) return add(p, 'expected an object');
    str(e, 'id', p); str(e, 'name', p);
    if (!ENTITY_TYPES.includes(e.type as never)) add(`${p}.type`, `unknown entity type ${JSON.stringify(e.type)}`);
    if (!Array.isArray(e.aliases)) add(`${p}.aliases`, 'expected an array');
    if (!isObj(e.props)) add(`${p}.props`, 'expected an object');
    if (!Array.isArray(e.mentions)) add(`${p}.mentions`, 'expected an array');
    if (typeof e.id === 'string') {
      if (entityIds.has(e.id)) add(`${p}.id`, `duplicate id ${e.id}`);
      entityIds.add(e.id);
    }
  });
  (data.relations as Json[]).forEach((r, i) => {
    const p = `$.relations[${i}]`;
    if (!isObj(r)) return add(p, 'expected an object');
    str(r, 'id', p); str(r, 'source', p); str(r, 'target', p);
    if (!RELATION_TYPES.includes(r.type as never)) add(`${p}.type`, `unknown relation type ${JSON.stringify(r.type)}`);
    if (!isObj(r.props)) add(`${p}.props`, 'expected an object');
    num(r, 'confidence', p);
    if (!Array.isArray(r.evidence)) add(`${p}.evidence`, 'expected an array');
    if (typeof r.source === 'string' && !entityIds.has(r.source)) add(`${p}.source`, `no entity with id ${r.source}`);
    if (typeof r.target === 'string' && !entityIds.has(r.target) && !articleIds.has(r.target)) {
      add(`${p}.target`, `no entity or article with id ${r.target}`);
    }
  });
  return problems;
}

const SECTIONS = { '"articles":[': 'articles', '"entities":[': 'entities', '"relations":[': 'relations' } as const;

/**
 * Reads the one-item-per-line layout `kg extract` writes without ever holding the file as one string (a 100 MB corpus
 * gives a graph.json of 500 MB, near V8's longest string). Returns null when the file has another layout.
 */
async function readLines(file: string): Promise<{ data: Json } | { error: string } | null> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const data: Record<string, Json[] | number> = {};
  let section: Json[] | null = null;
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
      if (n === 1) {
        if (line !== '{"version":1,') return null;
        data.version = 1;
        continue;
      }
      if (line in SECTIONS) { section = data[SECTIONS[line as keyof typeof SECTIONS]] = []; continue; }
      if (line === '],' || line === ']}' || line === '') { section = null; continue; }
      if (!section) return null;
      try {
        section.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Json);
      } catch (e) {
        return { error: `line ${n}: not valid JSON (${(e as Error).message})` };
      }
    }
  } finally {
    lines.close();
  }
  return { data };
}

/** Reads graph.json from disk; throws a UserError naming the file and the first problems. */
export async function readGraph(file: string): Promise<GraphJson> {
  let data: Json;
  let lined: Awaited<ReturnType<typeof readLines>>;
  try {
    lined = await readLines(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read graph (${code === 'ENOENT' ? 'no such file' : code ?? String(e)})`);
  }
  if (lined && 'error' in lined) throw new UserError(`${file}: ${lined.error}`);
  if (lined) {
    data = lined.data;
  } else {
    // Any other layout (pretty-printed, one line): parsed whole.
    const text = await readFile(file, 'utf8');
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  const problems = validateGraph(data);
  if (problems.length) {
    throw new UserError(`${file}: not a valid graph.json: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
  }
  return data as GraphJson;
}
