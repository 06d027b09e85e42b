import { defineConfig } from 'vite';

// The viewer is a static bundle served by `kg serve` (its API lives on the same origin).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
