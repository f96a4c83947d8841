// First-load JavaScript of a built app: the scripts its index.html loads (module entry scripts
// and modulepreloads) and everything they import statically, gzipped one file at a time with
// node:zlib (default level, as servers send them). Chunks reached only through import() — the
// exports, the print layout — are not first-load and are listed apart.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { groupOf, walkSegments } from './sourcemap.mjs';

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];

function htmlScripts(html) {
  const files = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src) files.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (href && /\bmodulepreload\b/i.test(rel)) files.push(href);
  }
  return files;
}

/** Inline <script> elements (with a body) — a Content-Security-Policy without 'unsafe-inline' refuses them. */
export function inlineScripts(html) {
  return (html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []).filter((s) => !attr(s.match(/<script\b[^>]*>/i)[0], 'src') && s.replace(/<\/?script[^>]*>/gi, '').trim() !== '');
}

/** Static imports in built ESM (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`), not import(). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(m[1]);
  return [...found];
}

export async function firstLoad(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const queue = htmlScripts(html).map((src) => join(distDir, src.replace(/^\//, '')));
  const seen = new Map();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = await readFile(file);
    seen.set(file, { file, raw: code.length, gzip: gzipSync(code).length });
    for (const spec of staticImports(code.toString('utf8'))) queue.push(posix.join(dirname(file), spec));
  }
  const files = [...seen.values()].map((f) => ({ ...f, name: f.file.slice(distDir.length + 1) }));
  const all = (await readdir(join(distDir, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => join(distDir, 'assets', f));
  const lazy = [];
  for (const file of all) {
    if (seen.has(file)) continue;
    const code = await readFile(file);
    lazy.push({ name: file.slice(distDir.length + 1), raw: code.length, gzip: gzipSync(code).length });
  }
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  return { files, lazy, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), inlineScripts: inlineScripts(html).length };
}

/**
 * Minified bytes of the first-load files per origin (an npm package, or an app directory such as
 * src/ui), from their source maps; with a rough gzip figure per origin (its bytes compressed alone).
 */
export async function composition(load) {
  const text = new Map();
  for (const f of load.files) {
    const mapFile = `${f.file}.map`;
    const code = await readFile(f.file, 'utf8');
    if (!existsSync(mapFile)) {
      text.set('(no source map)', (text.get('(no source map)') ?? '') + code);
      continue;
    }
    const map = JSON.parse(await readFile(mapFile, 'utf8'));
    for (const [source, chunk] of spansBySource(code, map)) {
      const group = originOf(source);
      text.set(group, (text.get(group) ?? '') + chunk);
    }
  }
  return new Map([...text].map(([group, body]) => [group, { raw: Buffer.byteLength(body), gzip: gzipSync(body).length }]));
}

function originOf(source) {
  const g = groupOf(source);
  if (g.startsWith('src/data/')) return g;
  if (g.startsWith('src/')) return g.split('/').slice(0, 2).join('/');
  if (g.startsWith('bench/')) return 'bench/floor';
  return g;
}

function spansBySource(code, map) {
  const out = new Map();
  const push = (name, s) => out.set(name, (out.get(name) ?? '') + s);
  const lines = code.split('\n');
  walkSegments(map, (lineIndex, start, end, sourceIndex) => {
    const name = sourceIndex >= 0 ? (map.sources[sourceIndex] ?? '(unknown)') : '(unmapped)';
    push(name === '(unmapped)' ? unmappedName(map, lines[lineIndex], start, end) : name, (lines[lineIndex] ?? '').slice(start, end));
  }, lines);
  return out;
}

// rolldown leaves JSON modules (the city presets) without mappings: name them by what they look like.
function unmappedName(_map, line, start, end) {
  const text = (line ?? '').slice(start, end);
  return /populationSource|homicidesSource/.test(text) ? 'src/data/city-presets.json' : '(unmapped)';
}

