// The floor app's own build (bench/run.mjs runs it): same plugin and target as the planner.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/floor', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true, // as the planner's build: the benchmark reads it to say where the bytes come from
  },
});
