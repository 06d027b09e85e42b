// A worker thread: extracts the files it is sent and posts back plain facts (or the file's error message).
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileHint } from './run.ts';
import { UserError } from '../util/errors.ts';

parentPort!.on('message', async (msg: { id: number; path: string; hint: FileHint }) => {
  try {
    const r = await extractFile(msg.path, msg.hint);
    parentPort!.postMessage({ id: msg.id, ok: true, facts: r.facts, chars: r.chars });
  } catch (e) {
    const message = e instanceof UserError ? e.message : (e as Error)?.message ?? String(e);
    parentPort!.postMessage({ id: msg.id, ok: false, message });
  }
});
