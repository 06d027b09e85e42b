// Export entry point: formats, rendering to files in memory, and atomic writing (temp files, then rename).
import { mkdir, rename, writeFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { GraphJson } from '../graph/types.ts';
import { UserError } from '../util/errors.ts';
import { writeGraphml } from './graphml.ts';
import { writeGexf } from './gexf.ts';
import { writeCsv } from './csv.ts';
import { writeSvg } from './svg.ts';
import { svgToPng } from './png.ts';
import { writeMarkdown, writeHtml } from './report.ts';
import { toGraphology } from './layout.ts';
export { selectSubgraph, type Selection, type Subgraph } from './subgraph.ts';
import type { Subgraph } from './subgraph.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'md', 'html', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function checkFormat(f: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new UserError(`--format: unknown format ${JSON.stringify(f)} (one of ${EXPORT_FORMATS.join(', ')})`);
  return f as ExportFormat;
}

/** graphology's serialisation, with each relation's evidence and the articles cited. */
function writeJson(g: GraphJson): string {
  const graph = toGraphology(g);
  const ent = new Map(g.entities.map((e) => [e.id, e]));
  graph.forEachNode((id) => { const e = ent.get(id)!; graph.mergeNodeAttributes(id, { aliases: e.aliases, props: e.props, mentions: e.mentions }); });
  const rel = new Map(g.relations.map((r) => [r.id, r]));
  graph.forEachEdge((id) => { const r = rel.get(id)!; graph.mergeEdgeAttributes(id, { props: r.props, confidence: r.confidence, evidence: r.evidence }); });
  const data = graph.export();
  return JSON.stringify({ ...data, attributes: { articles: g.articles.map(({ text: _t, ...a }) => a) } }, null, 1);
}

export async function renderExport(sub: Subgraph, format: ExportFormat, name = 'graph'): Promise<{ files: { name: string; data: Buffer }[] }> {
  const g = sub.graph;
  const one = (ext: string, data: string | Buffer) => ({ files: [{ name: `${name}.${ext}`, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') }] });
  switch (format) {
    case 'graphml': return one('graphml', writeGraphml(g));
    case 'gexf': return one('gexf', writeGexf(g, sub.title));
    case 'json': return one('json', writeJson(g));
    case 'csv': { const c = writeCsv(g); return { files: [{ name: `${name}.nodes.csv`, data: Buffer.from(c.nodes) }, { name: `${name}.edges.csv`, data: Buffer.from(c.edges) }] }; }
    case 'md': return one('md', writeMarkdown(g, sub.title, sub.selection));
    case 'html': return one('html', writeHtml(g, sub.title, sub.selection));
    case 'svg': return one('svg', writeSvg(g, 1200, 900, sub.title));
    case 'png': return one('png', svgToPng(writeSvg(g, 1200, 900, sub.title)));
  }
}

/**
 * Writes the export next to `out` (a file name; its extension is replaced by the format's) or into `out` when it is a
 * folder. Every file is written to a temporary name first and renamed at the end, so a failure leaves nothing behind.
 */
export async function writeExport(sub: Subgraph, format: ExportFormat, out: string): Promise<string[]> {
  let dir: string;
  let stem: string;
  const isDir = await stat(out).then((s) => s.isDirectory()).catch(() => false);
  if (isDir || out.endsWith('/')) { dir = out; stem = 'graph'; }
  else { dir = dirname(out); stem = basename(out, extname(out)).replace(/\.(nodes|edges)$/u, ''); }
  const { files } = await renderExport(sub, format, stem);
  try { await mkdir(dir, { recursive: true }); } catch (e) { throw new UserError(`${dir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code})`); }
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = join(dir, `.${f.name}.tmp-${process.pid}`);
      await writeFile(tmp, f.data);
      temps.push(tmp);
    }
    const done: string[] = [];
    for (let i = 0; i < files.length; i++) { const to = join(dir, files[i].name); await rename(temps[i], to); done.push(to); }
    return done;
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${dir}: cannot write the export (${code ?? (e as Error).message})`);
  }
}

