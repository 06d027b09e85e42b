// A manifest: a CSV or TSV table that says, per source file, what the file itself does not (where a crawled page comes
// from). County and city sites often never name their own county ("县委副书记…出席"); the manifest's place becomes the
// page's home place, and its address is kept with the article.
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UserError } from '../util/errors.ts';

export interface PageHint {
  /** where the page comes from, as written (a division name such as 晋中市平遥县, or a 6-digit code) */
  place?: string;
  /** the page's address */
  url?: string;
  /** the manifest line it was read from (1-based, the header is line 1) */
  line?: number;
}

const FILE_COLUMNS = ['file', 'path', 'filename', 'source', '文件'];
const PLACE_COLUMNS = ['place', 'code', 'county', 'city_or_county', 'city', 'region', '地区', '地点'];
const URL_COLUMNS = ['url', 'link', 'address', '网址'];

/** Manifest names looked for in each folder given to `kg extract`. */
export const MANIFEST_NAMES = ['manifest.tsv', 'manifest.csv', 'index.tsv', 'index.csv'];

export class Manifest {
  private readonly byPath = new Map<string, PageHint>();
  private readonly byName = new Map<string, PageHint>();

  constructor(readonly file: string) {}

  add(name: string, hint: PageHint): void {
    // A name with a folder is relative to the manifest; a bare name matches that file name in any folder.
    if (/[\\/]/u.test(name)) this.byPath.set(resolve(dirname(this.file), name), hint);
    else this.byName.set(name, hint);
  }

  lookup(path: string): PageHint | undefined {
    return this.byPath.get(resolve(path)) ?? this.byName.get(basename(path));
  }
}

/** Reads a manifest; a missing file, an unreadable table or a table without a file column is a UserError naming it. */
export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  } catch {
    throw new UserError(`${file}: manifest not found or unreadable`);
  }
  const delimiter = extname(file).toLowerCase() === '.tsv' || (!text.split('\n')[0].includes(',') && text.includes('\t')) ? '\t' : ',';
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // csv-parse's typings do not model `info: true` (each record with its line number).
    rows = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (e) {
    throw new UserError(`${file}: not a CSV/TSV table: ${(e as Error).message}`);
  }
  const header = (rows[0]?.record ?? []).map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const fileCol = col(FILE_COLUMNS);
  if (fileCol < 0) throw new UserError(`${file}: line 1 needs a column naming the files (${FILE_COLUMNS.join(', ')}); found ${header.join(', ') || 'nothing'}`);
  const placeCol = col(PLACE_COLUMNS);
  const urlCol = col(URL_COLUMNS);
  const m = new Manifest(file);
  for (const { record: row, info } of rows.slice(1)) {
    const name = row[fileCol];
    if (!name) continue;
    const hint: PageHint = { line: info.lines };
    if (placeCol >= 0 && row[placeCol]) hint.place = row[placeCol];
    if (urlCol >= 0 && row[urlCol]) hint.url = row[urlCol];
    m.add(name, hint);
  }
  return m;
}

/** The manifest inside a folder given on the command line, if it has one. */
export function findManifest(folder: string): string | null {
  for (const n of MANIFEST_NAMES) if (existsSync(join(folder, n))) return join(folder, n);
  return null;
}
