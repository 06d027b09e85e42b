// The viewer's HTTP API and static files. Binds to 127.0.0.1 by default; every parameter is validated, results are
// capped, and Cypher from the console runs in a read transaction with a timeout (writes are refused).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { GraphSource } from './graph-source.ts';
import { runQuery, type Plain } from '../neo4j/driver.ts';
import { listLibrary, buildParams } from '../neo4j/query-library.ts';
import { renderExport, checkFormat, type Subgraph } from '../export/index.ts';
import { restrict } from '../export/subgraph.ts';
import { UserError } from '../util/errors.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};
const MAX_BODY = 2 * 1024 * 1024;
const MAX_ROWS = 2000;
const QUERY_TIMEOUT_MS = 15_000;

export interface AppOptions { source: GraphSource; staticDir: string; version: string }

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' && !type.startsWith('application/json') ? body : JSON.stringify(body));
  res.writeHead(status, { 'content-type': type, 'content-length': data.length, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store',
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:" });
  res.end(data);
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) { size += (c as Buffer).length; if (size > MAX_BODY) throw new UserError('request body too large'); chunks.push(c as Buffer); }
  try {
    const v = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error();
    return v as Record<string, unknown>;
  } catch { throw new UserError('request body must be a JSON object'); }
}

function str(v: unknown, name: string, max = 200): string {
  if (typeof v !== 'string' || !v || v.length > max) throw new UserError(`parameter ${name}: expected a string of 1–${max} characters`);
  return v;
}

function strList(v: unknown, name: string, maxItems = 20000): string[] {
  if (!Array.isArray(v) || v.length > maxItems || !v.every((x) => typeof x === 'string' && x.length <= 300)) throw new UserError(`parameter ${name}: expected a list of ids`);
  return v as string[];
}

export function createApp(opts: AppOptions): Server {
  const { source } = opts;
  const staticRoot = resolve(opts.staticDir);
  const routes: Record<string, (req: IncomingMessage, url: URL) => Promise<unknown>> = {
    'GET /api/info': async () => ({ mode: source.mode, source: source.describe, console: source.mode === 'neo4j', version: opts.version }),
    'GET /api/graph': async () => source.graph(),
    'GET /api/article': async (_req, url) => {
      const a = await source.article(str(url.searchParams.get('id'), 'id'));
      if (!a) throw new NotFound('no such article');
      return a;
    },
    'GET /api/neighbours': async (_req, url) => source.neighbours(str(url.searchParams.get('id'), 'id')),
    'GET /api/queries': async () => (await listLibrary()).map((q) => ({ name: q.name, title: q.title, params: q.params })),
    'POST /api/query': async (req) => {
      if (!source.driver) throw new UserError('the Cypher console needs Neo4j; this viewer serves a graph.json file');
      const b = await body(req);
      let cypher: string;
      let params: Record<string, unknown>;
      const pairs = b.params && typeof b.params === 'object' && !Array.isArray(b.params)
        ? Object.entries(b.params as Record<string, unknown>).map(([k, v]) => `${str(k, 'params key', 60)}=${str(String(v), `params.${k}`, 500)}`) : [];
      if (typeof b.name === 'string') {
        const q = (await listLibrary()).find((x) => x.name === b.name);
        if (!q) throw new UserError(`no library query named ${JSON.stringify(b.name)}`);
        cypher = q.cypher;
        params = buildParams(pairs, q);
      } else {
        cypher = str(b.cypher, 'cypher', 5000);
        params = buildParams(pairs, { cypher });
      }
      try {
        const r = await runQuery(source.driver, cypher, params, { timeoutMs: QUERY_TIMEOUT_MS, limit: MAX_ROWS });
        return { keys: r.keys, rows: r.records as Plain[][], truncated: r.truncated };
      } catch (e) {
        const m = (e as Error).message ?? '';
        if (/Writing in read access mode|AccessMode|not allowed for/iu.test(m)) throw new UserError('refused: the console is read-only and this query would change the database');
        throw e;
      }
    },
    'POST /api/export': async (req) => {
      const b = await body(req);
      const format = checkFormat(str(b.format, 'format', 10));
      const ids = new Set(strList(b.nodes, 'nodes'));
      const edgeIds = b.edges === undefined ? null : new Set(strList(b.edges, 'edges'));
      const full = await source.graph();
      const g = restrict(full, ids, null);
      if (edgeIds) g.relations = g.relations.filter((r) => edgeIds.has(r.id));
      const title = typeof b.title === 'string' && b.title.length <= 100 ? b.title : '知识图谱';
      const sub: Subgraph = { graph: g, title, selection: typeof b.selection === 'string' ? b.selection.slice(0, 300) : 'the current view' };
      if (!g.entities.length) throw new UserError('nothing to export: the view is empty');
      const { files } = await renderExport(sub, format, 'graph');
      return { files: files.map((f) => ({ name: f.name, data: f.data.toString('base64') })) };
    },
  };

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[`${req.method} ${url.pathname}`];
    try {
      if (route) return send(res, 200, await route(req, url));
      if (url.pathname.startsWith('/api/')) return send(res, 404, { error: `no such endpoint ${url.pathname}` });
      if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
      // Static files of the built viewer, never outside its folder.
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/u, '');
      let file = join(staticRoot, rel);
      if (!file.startsWith(staticRoot)) return send(res, 403, { error: 'forbidden' });
      const st = await stat(file).catch(() => null);
      if (!st || st.isDirectory()) file = join(staticRoot, 'index.html');
      const data = await readFile(file);
      return send(res, 200, data, MIME[extname(file)] ?? 'application/octet-stream');
    } catch (e) {
      if (e instanceof NotFound) return send(res, 404, { error: e.message });
      if (e instanceof UserError) return send(res, 400, { error: e.message });
      return send(res, 500, { error: (e as Error).message ?? 'internal error' });
    }
  });
}

class NotFound extends Error {}
