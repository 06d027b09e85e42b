// Word segmentation and part-of-speech tags from jieba (@node-rs/jieba, a prebuilt native binary). Used only to judge short
// candidate names (is this 清廉学校 a generic phrase or a proper name?), never to find entities: its name tags are poor here.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Token { word: string; tag: string }

let jieba: Jieba | null = null;

export function tag(text: string): Token[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text, false);
}
