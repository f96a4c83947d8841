// The model's speed, on the code the app ships, bundled by esbuild (bench/entry.ts): plans per
// second for computePlan (the numbers) and for computePlan with explainPlan (the numbers and the
// working behind every figure, as "Why this number?", the JSON output and the workbook ask), and
// Monte Carlo time for every preset city × 1,000 draws and for one plan × 10,000 draws.
import { performance } from 'node:perf_hooks';

/** Runs `fn(i)` for at least `ms` milliseconds after a warm-up; returns calls per second. */
function rate(fn, ms = 1500) {
  let sink = 0;
  const until = (limit) => {
    const start = performance.now();
    let n = 0;
    let now = start;
    while (now - start < limit) {
      for (let k = 0; k < 200; k++) sink += fn(n++);
      now = performance.now();
    }
    return { n, elapsed: now - start };
  };
  until(300);
  const { n, elapsed } = until(ms);
  if (!Number.isFinite(sink)) throw new Error('a benchmarked plan produced a non-finite total');
  return (n / elapsed) * 1000;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/** Median of `runs` timings of `fn`, in milliseconds. */
function time(fn, runs) {
  const ms = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    sink += fn();
    ms.push(performance.now() - start);
  }
  if (!Number.isFinite(sink)) throw new Error('a Monte Carlo run produced a non-finite total');
  return median(ms);
}

/**
 * A full plans library (MAX_LIBRARY_PLANS plans): preset cities, each plan with the most scenarios
 * allowed, three funding sources and current staff, as a large real library would be.
 */
function libraryOfMaxSize(m, cities) {
  const plan = (input, i) => {
    const scenario = (n) => ({
      name: `Scenario ${n + 1}`,
      input: { ...input, serviceReachPct: 100 - n * 20 },
      assumptions: { fringeRate: 0.3 },
      multiYear: { startYear: 2027, years: 5, ramp: [0.5, 0.75, 1, 1, 1] },
      funding: [0, 1, 2].map((k) => ({ name: `Source ${k + 1}`, kind: k === 0 ? 'federal' : 'philanthropy', annualAmount: 1_000_000 + k, firstYear: 2027, lastYear: 2029 })),
      currentStaffing: { 'street-outreach': 4 + (i % 5) },
    });
    return { format: m.PLAN_FORMAT, version: m.PLAN_VERSION, activeScenario: 0, scenarios: Array.from({ length: m.MAX_SCENARIOS }, (_, n) => scenario(n)) };
  };
  let library = m.newLibrary(plan(cities[0], 0), '2026-01-01T00:00:00.000Z');
  for (let i = 1; i < m.MAX_LIBRARY_PLANS; i++) {
    const added = m.addPlan(library, plan({ ...cities[i % cities.length], population: cities[i % cities.length].population + i }, i), { now: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z` });
    if (!added.ok) throw new Error(added.message);
    library = added.library;
  }
  return library;
}

/** What the browser does on every edit: the open plan saved into the library, and the library written as text. Returns its length. */
function saveLibrary(m, library) {
  const updated = m.updatePlan(library, library.activePlan, library.plans[0].plan, new Date().toISOString());
  return JSON.stringify({ state: { doc: updated, draft: {} }, version: 1 }).length;
}

export function benchModel(m) {
  const cities = m.CITIES.map((city) => m.makeInput(m.cityFill(city).fields));
  // A spread of plans: every preset city, at several reaches, under both methodologies.
  const inputs = [];
  for (const input of cities) {
    for (const reach of [100, 60, 25]) {
      for (const preset of ['shooting-informed', 'caps']) inputs.push({ ...input, serviceReachPct: reach, preset });
    }
  }
  const computePlan = rate((i) => m.computePlan(inputs[i % inputs.length]).budget.total);
  const explained = rate((i) => m.explainPlan(m.computePlan(inputs[i % inputs.length])).total.value);
  const everyCity = time(() => cities.reduce((s, input) => s + m.monteCarlo(input, {}, { draws: 1000, seed: 7 }).total.p50, 0), 5);
  const norfolk = m.defaultInput();
  const fullLibrary = libraryOfMaxSize(m, cities);
  const tenThousand = time(() => m.monteCarlo(norfolk, {}, { draws: 10_000, seed: 7 }).total.p50, 5);
  const librarySave = time(() => saveLibrary(m, fullLibrary), 50);
  return { inputs: inputs.length, cities: cities.length, computePlan, explained, everyCity, tenThousand, librarySave, libraryBytes: saveLibrary(m, fullLibrary) };
}
