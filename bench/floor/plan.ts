// The floor's "plan": a few budget lines proportional to population. Shared with bench/run.mjs
// (through esbuild) so the benchmark knows which total text each edit must produce.
export interface FloorPlan {
  total: number;
  lines: { name: string; amount: number }[];
}

const PER_RESIDENT: readonly [string, number][] = [
  ['Outreach', 9.5],
  ['Case management', 7.25],
  ['Hospital', 3.1],
  ['Supervision', 2.4],
  ['Indirect', 1.75],
];

export function floorPlan(population: number): FloorPlan {
  const lines = PER_RESIDENT.map(([name, rate]) => ({ name, amount: Math.round(population * rate) }));
  return { total: lines.reduce((sum, l) => sum + l.amount, 0), lines };
}
