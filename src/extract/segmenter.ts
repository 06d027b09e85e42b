// Word segmentation and part-of-speech tags from jieba (@node-rs/jieba, a prebuilt native binary). Used only to judge short
// candidate names (is this 清廉学校 a generic phrase or a proper name?), never to find entities: its name tags are poor here.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Token { word: string; tag: string }

let jieba: Jieba | null = null;

const cache = new Map<string, Token[]>();

/** Tags a short text; the same candidates recur across articles, so results are cached (bounded). */
export function tag(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  jieba ??= Jieba.withDict(dict);
  const toks = jieba.tag(text, false);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, toks);
  return toks;
}
