// Builds the viewer with Vite when its bundle is missing or older than its sources.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const VIEWER_DIR = resolve(import.meta.dirname, '../../viewer');
export const VIEWER_DIST = join(VIEWER_DIR, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export async function ensureViewerBuilt(log: (s: string) => void = () => {}): Promise<string> {
  const index = join(VIEWER_DIST, 'index.html');
  const srcTime = Math.max(newest(join(VIEWER_DIR, 'src')), statSync(join(VIEWER_DIR, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= srcTime) return VIEWER_DIST;
  log('building the viewer (vite)…');
  const { build } = await import('vite');
  await build({ root: VIEWER_DIR, logLevel: 'warn', configFile: join(VIEWER_DIR, 'vite.config.ts') });
  return VIEWER_DIST;
}
