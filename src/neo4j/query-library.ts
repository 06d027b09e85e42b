// The named analyst queries in cypher/*.cypher. Each file opens with comment lines:
//   // <title: what it answers>
//   // @param <name> <string|int|float|bool> <description> [= default]
//   // @example npx kg query cypher/<file> --param name=…
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { UserError } from '../util/errors.ts';

export type ParamType = 'string' | 'int' | 'float' | 'bool';
export interface ParamSpec { name: string; type: ParamType; description: string; default?: string }
export interface LibraryQuery { name: string; file: string; title: string; description: string; params: ParamSpec[]; example?: string; cypher: string }

export const LIBRARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');

export function parseQueryFile(file: string, text: string): LibraryQuery {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('//')) { if (t) break; else continue; }
    header.push(t.replace(/^\/\/\s?/u, ''));
  }
  const params: ParamSpec[] = [];
  let example: string | undefined;
  const desc: string[] = [];
  for (const h of header) {
    const p = h.match(/^@param\s+(\w+)\s+(string|int|float|bool)\s+(.*?)(?:\s*=\s*(\S+))?$/u);
    if (p) { params.push({ name: p[1], type: p[2] as ParamType, description: p[3], default: p[4] }); continue; }
    const ex = h.match(/^@example\s+(.*)$/u);
    if (ex) { example = ex[1]; continue; }
    desc.push(h);
  }
  const cypher = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim().replace(/;\s*$/u, '');
  return { name: basename(file, '.cypher'), file, title: desc[0] ?? basename(file), description: desc.join(' '), params, example, cypher };
}

export async function listLibrary(dir = LIBRARY_DIR): Promise<LibraryQuery[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.cypher') && n !== 'schema.cypher').sort();
  return Promise.all(names.map(async (n) => parseQueryFile(join(dir, n), await readFile(join(dir, n), 'utf8'))));
}

/** The parameter names a query uses ($name). */
export function usedParams(cypher: string): Set<string> {
  const noStrings = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/gu, '');
  return new Set([...noStrings.matchAll(/\$(\w+)/gu)].map((m) => m[1]));
}

function convert(name: string, value: string, type: ParamType): unknown {
  switch (type) {
    case 'int': {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new UserError(`--param ${name}: expected an integer, got ${JSON.stringify(value)}`);
      // JavaScript numbers reach Neo4j as floats; LIMIT and ranges need integers.
      return neo4j.int(n);
    }
    case 'float': {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new UserError(`--param ${name}: expected a number, got ${JSON.stringify(value)}`);
      return n;
    }
    case 'bool':
      if (value !== 'true' && value !== 'false') throw new UserError(`--param ${name}: expected true or false, got ${JSON.stringify(value)}`);
      return value === 'true';
    default:
      return value;
  }
}

/**
 * Builds the parameter map from key=value pairs. For a library query the parameters are typed and checked against
 * its header; for an ad-hoc query every key must appear in the query as $key. Integers go to Neo4j as integers.
 */
export function buildParams(pairs: string[], q: { cypher: string; params?: ParamSpec[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const specs = new Map((q.params ?? []).map((p) => [p.name, p]));
  const used = usedParams(q.cypher);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UserError(`--param ${JSON.stringify(pair)}: expected name=value`);
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const spec = specs.get(name);
    if (q.params && !spec) throw new UserError(`--param ${name}: unknown parameter (this query takes ${[...specs.keys()].join(', ') || 'none'})`);
    if (!q.params && !used.has(name)) throw new UserError(`--param ${name}: the query has no $${name}`);
    out[name] = spec ? convert(name, value, spec.type) : (/^-?\d{1,15}$/u.test(value) ? neo4j.int(Number(value)) : value);
  }
  for (const spec of specs.values()) {
    if (name(out, spec.name)) continue;
    if (spec.default !== undefined) out[spec.name] = convert(spec.name, spec.default, spec.type);
    else throw new UserError(`missing --param ${spec.name} (${spec.description})`);
  }
  return out;
}

function name(o: Record<string, unknown>, k: string): boolean { return Object.prototype.hasOwnProperty.call(o, k); }
