import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The built app's Content-Security-Policy (issue 7): scripts, styles, workers and requests only
// from the app's own origin — no inline script, no eval, no third party. React and recharts set
// styles through the CSSOM (element.style), which style-src does not govern, so no
// 'unsafe-inline' is needed. Only the build gets it: the dev server injects inline scripts and
// <style> elements for hot reloading. frame-ancestors cannot be set from a <meta> element; a
// host that can send headers should add `frame-ancestors 'none'`.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'cvi-planner:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
      }),
    },
  };
}

// The list of files public/sw.js caches when it installs — every built file (the lazily loaded
// exports, print layout and workers included) and the public files it serves as they are — so the
// whole app works offline after the first visit. Source maps are left to the network.
function serviceWorkerPrecacheList(): Plugin {
  let publicDir = '';
  return {
    name: 'cvi-planner:sw-precache',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir ? readdirSync(publicDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
      const files = [...Object.keys(bundle), ...publicFiles].filter((name) => !name.endsWith('.map') && name !== 'sw.js' && name !== 'index.html');
      this.emitFile({ type: 'asset', fileName: 'sw-precache.json', source: `${JSON.stringify([...new Set(files)].sort(), null, 1)}\n` });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorkerPrecacheList()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one chunk. Left alone, rolldown splits each module
        // the entry shares with a lazily loaded chunk (the print view, the exports, the portfolio)
        // into a small chunk of its own, and each small chunk compresses worse than one file.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Two workers even on a 2-core machine (vitest's default is cores − 1, i.e. one file at a
    // time there): the suite took 258 s with one worker and 158 s with two on this machine.
    maxWorkers: 2,
  },
});
