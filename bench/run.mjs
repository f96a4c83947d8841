#!/usr/bin/env node
// npm run bench: the planner measured against the floor (a minimal app on the same stack,
// bench/floor/) in one run — first-load JavaScript, edit-to-screen latency in Chromium, and the
// model's speed. Prints the table, writes bench/RESULTS.md, and ends with the four summary lines
// (bundle-ratio, latency-ratio, latency-p95-ms, model-plans-per-second). Figures, never asserts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { composition, firstLoad } from './lib/bundle.mjs';
import { launchChromium, openTarget, quantile } from './lib/latency.mjs';
import { benchModel } from './lib/model.mjs';
import { serveStatic } from './lib/serve.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const root = dirname(bench);
const dist = join(bench, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const EDITS = Number(process.env.BENCH_EDITS ?? 60);
const WARMUP = 5;
const TARGETS = { bundleRatio: 1.25, latencyRatio: 1.5, latencyP95: 50, plansPerSecond: 200_000 };

function step(what) {
  process.stderr.write(`bench: ${what}\n`);
}

function exec(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (status ${result.status})`);
}

/** Which source was measured: the commit, and whether the working tree differed from it. */
function sourceDescription() {
  const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return 'not a git checkout';
  const dirty = git(['status', '--porcelain', '--untracked-files=all', '--', '.', ':!bench/RESULTS.md', ':!bench/dist'])
    .stdout.split('\n')
    .filter(Boolean).length;
  return `commit ${head.stdout.trim()}${dirty > 0 ? ` with ${dirty} uncommitted file${dirty === 1 ? '' : 's'} in the working tree` : ' (clean working tree)'}`;
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const started = new Date();
const loadBefore = loadAverage();

// 1. Builds: the planner as `vite build` makes it (into bench/dist/app, leaving dist/ alone), the
//    floor with its own config, and the model bundled by esbuild for Node.
step('building the planner, the floor and the model bundle');
mkdirSync(dist, { recursive: true });
exec(bin('vite'), ['build', '--outDir', join(dist, 'app'), '--emptyOutDir', '--logLevel', 'error']);
exec(bin('vite'), ['build', '--config', join(bench, 'floor', 'vite.config.ts'), '--logLevel', 'error']);
exec(bin('esbuild'), [join(bench, 'entry.ts'), '--bundle', '--format=esm', '--platform=node', '--target=node20', `--outfile=${join(dist, 'model.mjs')}`, '--log-level=warning']);
const model = await import(pathToFileURL(join(dist, 'model.mjs')).href);

// 2. First-load JavaScript.
step('measuring first-load JavaScript');
const appLoad = await firstLoad(join(dist, 'app'));
const floorLoad = await firstLoad(join(dist, 'floor'));
const bundleRatio = appLoad.gzip / floorLoad.gzip;
const appParts = await composition(appLoad);
const floorParts = await composition(floorLoad);

// 3. Edit-to-screen latency: both apps open side by side, edits alternating between them so a
//    busy machine slows both alike.
step(`measuring edit-to-screen latency (${EDITS} edits each after ${WARMUP} warm-up edits)`);
const base = model.defaultInput();
const floorUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
// Populations that swing between two ranges, so every chart (staffing too) redraws on every edit.
const populations = Array.from({ length: WARMUP + EDITS }, (_, i) => (i % 2 === 0 ? 640_000 : 220_000) + i * 1_013);
const CHARTS = '.recharts-wrapper > svg.recharts-surface';
const appServer = await serveStatic(join(dist, 'app'));
const floorServer = await serveStatic(join(dist, 'floor'));
const browser = await launchChromium();
let latency;
try {
  const app = await openTarget(browser, {
    name: 'app',
    url: appServer.url,
    inputLabel: 'Population',
    totalSelector: '[data-testid="stat-total"]',
    chartSelector: CHARTS,
    // The Monte Carlo ranges: debounced and computed in a Web Worker by design, so timed apart.
    backgroundSelector: '[data-testid="mc-result"]',
    // The sections below the first screen, brought up to date after the headline's frame (useAfterPaint).
    laterSelector: '[data-testid="budget-table-total"]',
    expectedTotal: (population) => model.formatUsd(model.computePlan({ ...base, population }).budget.total),
  });
  const floor = await openTarget(browser, {
    name: 'floor',
    url: floorServer.url,
    inputLabel: 'Population',
    totalSelector: '[data-testid="total"]',
    chartSelector: CHARTS,
    expectedTotal: (population) => floorUsd.format(model.floorPlan(population).total),
  });
  for (let i = 0; i < populations.length; i++) {
    const order = i % 2 === 0 ? [app, floor] : [floor, app];
    for (const t of order) await t.edit(populations[i], i < WARMUP);
  }
  const describe = async (t) => ({ ...t.samples, charts: await t.chartCount(), backgroundCharts: await t.backgroundChartCount(), elements: await t.domElements() });
  latency = { app: await describe(app), floor: await describe(floor), chromium: browser.version() };
} finally {
  await browser.close();
  await appServer.close();
  await floorServer.close();
}
const stat = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) });
const lat = {
  app: { headline: stat(latency.app.headline), complete: stat(latency.app.complete), dom: stat(latency.app.completeDom), background: stat(latency.app.background), later: stat(latency.app.later) },
  floor: { headline: stat(latency.floor.headline), complete: stat(latency.floor.complete), dom: stat(latency.floor.completeDom) },
};
const latencyRatio = lat.app.complete.median / lat.floor.complete.median;
const latencyP95 = lat.app.complete.p95;

// 4. The model.
step('measuring the model');
const speed = benchModel(model);
const loadAfter = loadAverage();

// Report.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const int = (value) => Math.round(value).toLocaleString('en-US');
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const origins = [...new Set([...appParts.keys(), ...floorParts.keys()])]
  .map((k) => ({ k, app: appParts.get(k) ?? { raw: 0, gzip: 0 }, floor: floorParts.get(k) ?? { raw: 0, gzip: 0 } }))
  .sort((a, b) => b.app.gzip - b.floor.gzip - (a.app.gzip - a.floor.gzip))
  .filter((o) => o.app.raw - o.floor.raw > 1024)
  .slice(0, 12);

const cpu = os.cpus()[0]?.model ?? 'unknown';
const sections = [
  `# Benchmark results\n\nMeasured ${started.toISOString()} by \`npm run bench\` (bench/run.mjs). Figures, not assertions: they vary with the machine and its load. Why the planner misses a target, and what would fix it: bench/FINDINGS.md (written by hand).`,
  `## Machine\n\n${table(['', ''], [
    ['OS', `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`],
    ['CPU', `${cpu}, ${os.cpus().length} cores`],
    ['Memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['Node.js', process.version],
    ['Browser', `Chromium ${latency.chromium} (headless, /usr/bin/chromium)`],
    ['Load average (1, 5, 15 min)', `${loadBefore} at the start, ${loadAfter} at the end`],
    ['Source measured', sourceDescription()],
  ])}`,
  `## The floor\n\nbench/floor/: the least an app on this stack can be — React ${'19'}, zustand, zod and one recharts bar chart (five bars, axes, a tooltip) bound to one input (population), with a total shown as text. Built by Vite with the planner's plugin and target (bench/floor/vite.config.ts → bench/dist/floor). The planner is built by its own \`vite build\` into bench/dist/app.`,
  `## Summary\n\n${table(['measure', 'planner', 'floor', 'ratio / figure', 'target', ''], [
    ['First-load JS, gzipped', kb(appLoad.gzip), kb(floorLoad.gzip), bundleRatio.toFixed(2), `≤ ${TARGETS.bundleRatio}`, verdict(bundleRatio <= TARGETS.bundleRatio)],
    ['Edit to screen, median', ms(lat.app.complete.median), ms(lat.floor.complete.median), latencyRatio.toFixed(2), `≤ ${TARGETS.latencyRatio}`, verdict(latencyRatio <= TARGETS.latencyRatio)],
    ['Edit to screen, p95', ms(lat.app.complete.p95), ms(lat.floor.complete.p95), ms(latencyP95), `< ${TARGETS.latencyP95} ms`, verdict(latencyP95 < TARGETS.latencyP95)],
    ['computePlan, plans per second', int(speed.computePlan), '', int(speed.computePlan), `≥ ${int(TARGETS.plansPerSecond)}`, verdict(speed.computePlan >= TARGETS.plansPerSecond)],
  ])}`,
  `## First-load JavaScript\n\nThe scripts each index.html loads (module entry and modulepreloads) and their static imports, each gzipped with node:zlib at its default level; chunks reached only through \`import()\` are not first-load.\n\n${table(['app', 'file', 'raw', 'gzipped'], [
    ...appLoad.files.map((f) => ['planner', f.name, kb(f.raw), kb(f.gzip)]),
    ['planner', '**first load**', kb(appLoad.raw), `**${kb(appLoad.gzip)}**`],
    ...floorLoad.files.map((f) => ['floor', f.name, kb(f.raw), kb(f.gzip)]),
    ['floor', '**first load**', kb(floorLoad.raw), `**${kb(floorLoad.gzip)}**`],
  ])}\n\nLoaded later, on demand (planner): ${appLoad.lazy.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ') || 'none'}. Inline scripts in the planner's index.html: ${appLoad.inlineScripts}.\n\nWhere the planner's extra first-load bytes come from (minified bytes per origin from the source maps; "gzipped" compresses each origin alone, so it is indicative, not additive):\n\n${table(['origin', 'planner raw', 'floor raw', 'planner gzipped', 'floor gzipped', 'extra gzipped'], origins.map((o) => [o.k, kb(o.app.raw), kb(o.floor.raw), kb(o.app.gzip), kb(o.floor.gzip), kb(o.app.gzip - o.floor.gzip)]))}`,
  `## Edit-to-screen latency\n\n${EDITS} edits each (after ${WARMUP} warm-up edits), typed into the Population field with Playwright's \`fill\` (one input event), alternating between the planner and the floor. Timed inside the page from the input event (first capture listener on window) to the frame after the DOM shows the new plan: "headline" = the total reads the expected text (computed by the model in Node); "complete" = that and every recharts chart in the page redrawn (each chart's SVG differs from before the edit). "DOM ready" is the complete condition without waiting for the frame. The ratio and p95 use "complete". Charts inside the planner's Monte Carlo result ([data-testid="mc-result"]) are not in "complete": that result is computed on purpose a moment later (debounced, in a Web Worker) and marked aria-busy meanwhile; "background result" times it until it is redrawn and current, before the next edit is typed. Viewport 1280×900, fresh profile, service workers blocked (a first visit). The planner draws a chart only while it is on screen or within 400 px of it (src/ui/charts/ChartFrame.tsx; the data tables beside the charts stay current), so "charts in the page" counts the charts a person at the top of the page can see; the staffing table and the sections below the first screen are brought up to date after the headline's frame is painted (src/ui/hooks/useAfterPaint.ts), timed as "sections below the first screen current" (the budget table's total reads the new plan).\n\n${table(['', 'planner', 'floor', 'ratio'], [
    ['headline, median', ms(lat.app.headline.median), ms(lat.floor.headline.median), (lat.app.headline.median / lat.floor.headline.median).toFixed(2)],
    ['headline, p95', ms(lat.app.headline.p95), ms(lat.floor.headline.p95), (lat.app.headline.p95 / lat.floor.headline.p95).toFixed(2)],
    ['complete, median', ms(lat.app.complete.median), ms(lat.floor.complete.median), latencyRatio.toFixed(2)],
    ['complete, p95', ms(lat.app.complete.p95), ms(lat.floor.complete.p95), (lat.app.complete.p95 / lat.floor.complete.p95).toFixed(2)],
    ['DOM ready, median', ms(lat.app.dom.median), ms(lat.floor.dom.median), (lat.app.dom.median / lat.floor.dom.median).toFixed(2)],
    ['charts in the page (of them in the background result)', `${latency.app.charts} (${latency.app.backgroundCharts})`, String(latency.floor.charts), ''],
    ...(latency.app.later.length > 0
      ? [
          ['sections below the first screen current (budget and later), median', ms(lat.app.later.median), '', ''],
          ['sections below the first screen current, p95', ms(lat.app.later.p95), '', ''],
        ]
      : []),
    ...(latency.app.background.length > 0
      ? [
          ['background result (Monte Carlo ranges), median', ms(lat.app.background.median), '', ''],
          ['background result (Monte Carlo ranges), p95', ms(lat.app.background.p95), '', ''],
        ]
      : []),
    ['DOM elements', int(latency.app.elements), int(latency.floor.elements), (latency.app.elements / latency.floor.elements).toFixed(1)],
  ])}`,
  `## Model\n\nThe model as shipped, bundled by esbuild for Node (bench/entry.ts; not tsx). Plans per second over ${speed.inputs} inputs (the ${speed.cities} preset cities × reach 100/60/25% × both methodologies), ≥ 1.5 s after a warm-up; Monte Carlo times are the median of 5 runs.\n\n${table(['measure', 'figure'], [
    ['computePlan (the numbers)', `${int(speed.computePlan)} plans/s`],
    ['computePlan + explainPlan (the numbers and the working of every figure)', `${int(speed.explained)} plans/s`],
    [`monteCarlo: every preset city (${speed.cities}) × 1,000 draws`, ms(speed.everyCity)],
    ['monteCarlo: one plan (Norfolk, VA) × 10,000 draws', ms(speed.tenThousand)],
    [`saving a full plans library on an edit (100 plans × 4 scenarios, ${int(speed.libraryBytes / 1000)} kB of text; median of 50)`, ms(speed.librarySave)],
  ])}`,
];
const markdown = `${sections.join('\n\n')}\n`;
writeFileSync(join(bench, 'RESULTS.md'), markdown);
process.stdout.write(`${markdown}\n`);
process.stdout.write(`bundle-ratio ${bundleRatio.toFixed(3)}\n`);
process.stdout.write(`latency-ratio ${latencyRatio.toFixed(3)}\n`);
process.stdout.write(`latency-p95-ms ${latencyP95.toFixed(1)}\n`);
process.stdout.write(`model-plans-per-second ${Math.round(speed.computePlan)}\n`);
process.stdout.write(`library-save-ms ${speed.librarySave.toFixed(2)}\n`);
