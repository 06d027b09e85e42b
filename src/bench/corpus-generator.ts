// A large synthetic corpus for benchmarks: real pages of the genre (the seeds and any extra folder given) recombined
// with other places' names from the division data, written file by file (never held whole in memory).
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gazetteer } from '../extract/gazetteer.ts';

/** A small deterministic PRNG (mulberry32), so the same seed gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateCorpus(outDir: string, targetBytes: number, templatesDirs: string[], seed = 1): Promise<{ files: number; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  const templates: string[] = [];
  for (const d of templatesDirs) {
    for (const n of (await readdir(d)).filter((x) => x.endsWith('.txt')).sort()) templates.push(await readFile(join(d, n), 'utf8'));
  }
  if (!templates.length) throw new Error(`no .txt templates in ${templatesDirs.join(', ')}`);
  const g = gazetteer();
  const counties = [...g.byCode.values()].filter((r) => r.level === 'county' && /[县市区]$/u.test(r.name) && r.name.length >= 3);
  const names = [...g.byCode.values()].filter((r) => r.level === 'county' || r.level === 'prefecture').map((r) => r.name).filter((n) => n.length >= 3);
  const nameRe = new RegExp(names.sort((a, b) => b.length - a.length).slice(0, 3000).join('|'), 'gu');
  const rand = rng(seed);
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const file = join(outDir, `page-${String(files).padStart(6, '0')}.txt`);
    const out = createWriteStream(file);
    // A page of 8–20 articles taken from the templates, each moved to another county.
    const n = 8 + Math.floor(rand() * 12);
    let page = '';
    for (let i = 0; i < n; i++) {
      const t = templates[Math.floor(rand() * templates.length)];
      const county = counties[Math.floor(rand() * counties.length)];
      page += `${t.replace(nameRe, (m) => (rand() < 0.7 ? county.name : m))}\n\n\n`;
    }
    const buf = Buffer.from(page, 'utf8');
    await new Promise<void>((res, rej) => out.end(buf, (e?: Error | null) => (e ? rej(e) : res())));
    bytes += buf.length;
    files++;
  }
  return { files, bytes };
}
