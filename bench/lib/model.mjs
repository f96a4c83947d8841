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
  const tenThousand = time(() => m.monteCarlo(norfolk, {}, { draws: 10_000, seed: 7 }).total.p50, 5);
  return { inputs: inputs.length, cities: cities.length, computePlan, explained, everyCity, tenThousand };
}
