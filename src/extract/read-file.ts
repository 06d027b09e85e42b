// From a path to the pipeline's input: decode, split into articles, and give each article its working text
// (title line + body) with a map back to source offsets.
import { basename, extname } from 'node:path';
import { readSource } from '../corpus/read-source.ts';
import { splitArticles, type ArticleSlice } from '../corpus/split-articles.ts';
import type { ArticleInput } from './pipeline.ts';

export function toArticleInput(slice: ArticleSlice, source: string, url?: string): ArticleInput {
  const stem = basename(source, extname(source));
  const title = slice.titleStart >= 0 ? slice.title : '';
  const offset = title ? title.length + 1 : 0;
  const text = title ? `${title}\n${slice.text}` : slice.text;
  const toSource = (i: number): number => {
    if (title && i < title.length) return slice.titleMap.toSource(i);
    if (title && i === title.length) return slice.titleEnd;
    const j = i - offset;
    if (j >= slice.text.length) return slice.end;
    return slice.map.toSource(j);
  };
  return {
    id: `a:${stem}#${slice.index}`,
    source,
    title: slice.title || slice.text.slice(0, 30).split(/[。，,\n]/u)[0],
    byline: slice.byline,
    date: slice.date,
    dateInferred: slice.dateInferred,
    start: slice.start,
    end: slice.end,
    text,
    toSource,
    credits: slice.credits.map((c) => ({ name: c.name, role: c.role, start: c.start, end: c.end })),
    kind: slice.kind,
    ...(url ? { url } : {}),
  };
}

/** Reads one source file into pipeline inputs; throws UserError (naming the file) for unreadable input. */
export async function readArticles(path: string, url?: string): Promise<{ inputs: ArticleInput[]; chars: number }> {
  const src = await readSource(path);
  const slices = splitArticles(src);
  return { inputs: slices.map((s) => toArticleInput(s, src.name, url)), chars: src.text.length };
}
