// A progress display for long runs: a bar on a terminal, a line every few seconds otherwise (logs, CI).
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number, payload: Record<string, string | number>): void;
  stop(): void;
}

export function progressBar(format: string, quiet = false): ProgressReporter {
  if (quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(done, total, payload) {
        if (!started) { bar.start(total, 0, payload); started = true; }
        bar.setTotal(total);
        bar.update(done, payload);
      },
      stop() { if (started) bar.stop(); },
    };
  }
  let last = 0;
  return {
    update(done, total, payload) {
      const now = Date.now();
      if (now - last < 2000 && done < total) return;
      last = now;
      const text = format.replace(/\{(\w+)\}/gu, (_, k: string) => (k === 'value' ? String(done) : k === 'total' ? String(total) : k === 'bar' ? '' : k === 'percentage' ? String(Math.round((100 * done) / Math.max(1, total))) : String(payload[k] ?? '')));
      process.stderr.write(`${text.trim()}\n`);
    },
    stop() {},
  };
}
