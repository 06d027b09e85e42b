// A worker thread: extracts the files it is sent and posts back their packed facts (or the file's error message).
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileHint, type WorkerReply } from './run.ts';
import { packFacts } from '../resolve/packed-facts.ts';
import { UserError } from '../util/errors.ts';

/** Files are extracted one after another, in the order sent; the next one waits queued here, not in the sender. */
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (msg: { id: number; path: string; hint: FileHint }) => {
  queue = queue.then(() => extractOne(msg));
});

async function extractOne(msg: { id: number; path: string; hint: FileHint }): Promise<void> {
  try {
    const r = await extractFile(msg.path, msg.hint);
    const facts = r.facts.map(packFacts);
    const reply: WorkerReply = { id: msg.id, ok: true, facts, chars: r.chars };
    // The packed numbers move to the merging thread instead of being copied.
    parentPort!.postMessage(reply, facts.flatMap((f) => [f.mentions.buffer, f.evidence.buffer]));
  } catch (e) {
    const message = e instanceof UserError ? e.message : (e as Error)?.message ?? String(e);
    parentPort!.postMessage({ id: msg.id, ok: false, message } satisfies WorkerReply);
  }
}
