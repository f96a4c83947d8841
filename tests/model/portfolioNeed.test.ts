// What a funder compares across a portfolio (issue 14): violence per 100,000, budget per resident,
// plan cost per homicide, the high-risk estimate each place is planned with, the "population
// alone" rule at its edge, and the sorting comparator with blanks. Expected values are worked by
// hand from the inputs.
import { describe, expect, it } from 'vitest';
import {
  aboutTheSame,
  budgetPerResident,
  compareSortValues,
  computePlan,
  computePortfolio,
  costPerHomicide,
  homicidesPer100k,
  makeInput,
  placeMethod,
  SAME_COST_RATIO,
  shootingVictimsPer100k,
  sortedOrder,
  spreadOf,
} from '../../src/model';

// A made-up place: 250,000 residents, 45 homicides, 38 fatal and 150 nonfatal shooting victims.
const PLACE = makeInput({ placeName: 'Example', state: 'ZZ', population: 250_000, homicides: 45, fatalShootings: 38, nonfatalShootings: 150 });

describe('rates per 100,000 residents', () => {
  it('given 45 homicides in 250,000 residents, then 18 per 100,000; none when homicides are not given', () => {
    expect(homicidesPer100k(PLACE)).toBeCloseTo(18, 10); // 45 ÷ 250,000 × 100,000
    expect(homicidesPer100k({ population: 81_252, homicides: 60 })).toBeCloseTo(73.844, 3); // Flint: 6,000,000 ÷ 81,252
    expect(homicidesPer100k({ population: 250_000, homicides: null })).toBeNull();
    expect(homicidesPer100k({ population: 250_000, homicides: 0 })).toBe(0);
  });

  it('given fatal and nonfatal victims, then their sum per 100,000, saying which counts were given', () => {
    expect(shootingVictimsPer100k(PLACE)).toEqual({ per100k: expect.closeTo(75.2, 10), counted: 'fatal and nonfatal' }); // 188 ÷ 2.5
    expect(shootingVictimsPer100k({ population: 250_000, fatalShootings: 38, nonfatalShootings: null })).toEqual({ per100k: expect.closeTo(15.2, 10), counted: 'fatal only' });
    expect(shootingVictimsPer100k({ population: 250_000, fatalShootings: null, nonfatalShootings: 150 })).toEqual({ per100k: expect.closeTo(60, 10), counted: 'nonfatal only' });
    expect(shootingVictimsPer100k({ population: 250_000, fatalShootings: null, nonfatalShootings: null })).toBeNull();
    expect(shootingVictimsPer100k({ population: 250_000, fatalShootings: 0, nonfatalShootings: 0 })).toEqual({ per100k: 0, counted: 'fatal and nonfatal' });
  });
});

describe('budget per resident and plan cost per homicide', () => {
  it('given a $9,000,000 plan, then $36 per resident of 250,000 and $200,000 per homicide of 45', () => {
    expect(budgetPerResident(9_000_000, 250_000)).toBe(36);
    expect(costPerHomicide(9_000_000, 45)).toEqual({ value: 200_000 });
  });

  it('given homicides not given or 0, then no cost per homicide, with the reason', () => {
    expect(costPerHomicide(9_000_000, null)).toEqual({ value: null, reason: 'homicides not given' });
    expect(costPerHomicide(9_000_000, 0)).toEqual({ value: null, reason: 'no homicides' });
  });
});

describe('"about the same": highest ÷ lowest at most 1.10', () => {
  it('given 100 and 110, then the same; given 100 and 110.01, then not', () => {
    expect(SAME_COST_RATIO).toBe(1.1);
    const edge = spreadOf([100, 110]);
    expect(edge).toEqual({ lowest: 100, highest: 110, ratio: 1.1 });
    expect(edge && aboutTheSame(edge)).toBe(true);
    const over = spreadOf([110.01, 100, 105]);
    expect(over?.ratio).toBeCloseTo(1.1001, 10);
    expect(over && aboutTheSame(over)).toBe(false);
  });

  it('given fewer than two positive values, then no spread (nothing to compare)', () => {
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([100])).toBeNull();
    expect(spreadOf([100, 0])).toBeNull();
  });
});

describe('the high-risk estimate each place is planned with', () => {
  const noCounts = makeInput({ population: 100_000, nonfatalShootings: 40 });
  const fatalOnly = makeInput({ population: 100_000, fatalShootings: 12 });
  const local = makeInput({ population: 100_000, homicides: 10, method: 'custom', localHighRiskCount: 300 });
  const ownVa = makeInput({ population: 100_000, homicides: 10, method: 'violence-adjusted' });

  it('given each place’s own, then each place’s method', () => {
    expect(placeMethod(ownVa, 'each-place')).toEqual({ method: 'violence-adjusted', note: null });
    expect(placeMethod(PLACE, 'each-place')).toEqual({ method: 'population', note: null });
    expect(placeMethod(local, 'each-place')).toEqual({ method: 'custom', note: null });
    // §11: under the site-based preset a place on the CAPS rule follows its counts; without counts it stays.
    expect(placeMethod(PLACE, 'each-place', 'site-based')).toEqual({ method: 'violence-adjusted', note: null });
    expect(placeMethod({ ...PLACE, homicides: null, fatalShootings: null }, 'each-place', 'site-based')).toEqual({ method: 'population', note: null });
  });

  it('given population or violence-adjusted for every place, then that method, a local count kept and marked', () => {
    expect(placeMethod(ownVa, 'population')).toEqual({ method: 'population', note: null });
    expect(placeMethod(PLACE, 'violence-adjusted')).toEqual({ method: 'violence-adjusted', note: null });
    expect(placeMethod(fatalOnly, 'violence-adjusted')).toEqual({ method: 'violence-adjusted', note: null });
    expect(placeMethod(local, 'violence-adjusted')).toEqual({ method: 'custom', note: 'local-count' });
  });

  it('given violence-adjusted and a place without homicides or fatal shooting victims, then population, marked', () => {
    expect(placeMethod(noCounts, 'violence-adjusted')).toEqual({ method: 'population', note: 'no-violence-counts' });
  });
});

describe('computePortfolio', () => {
  // Two places of the same violence share: under the population estimate their plans differ by population alone.
  const small = makeInput({ placeName: 'Small', population: 100_000, homicides: 60 });
  const large = makeInput({ placeName: 'Large', population: 400_000, homicides: 40 });
  const none = makeInput({ placeName: 'No counts', population: 200_000 });
  const base = { name: 'P', preset: 'shooting-informed' as const, assumptions: {} };

  it('given the population estimate, then budgets follow population alone and the check says so', () => {
    const result = computePortfolio({ ...base, highRiskMethod: 'population', places: [small, large] });
    expect(result.populationOnly?.populationOnly).toBe(true);
    expect(result.rows.map((r) => r.method.method)).toEqual(['population', 'population']);
  });

  it('given violence-adjusted, then 60 homicides in 100,000 plan for more per resident than 40 in 400,000, and the check is off', () => {
    const result = computePortfolio({ ...base, highRiskMethod: 'violence-adjusted', places: [small, large] });
    // Small: 60 per 100,000 → factor 3; large: 10 per 100,000 → factor 0.5 (reference 20).
    expect(result.rows[0]?.plan.highRiskPopulation).toBeCloseTo(0.001 * 100_000 * 3, 6);
    expect(result.rows[1]?.plan.highRiskPopulation).toBeCloseTo(0.001 * 400_000 * 0.5, 6);
    expect(result.populationOnly?.populationOnly).toBe(false);
    expect(result.rows[0]?.budgetPerResident).toBeGreaterThan(result.rows[1]?.budgetPerResident ?? Infinity);
  });

  it('given violence-adjusted and a place without counts, then it is planned by population, marked, and counted in the totals', () => {
    const result = computePortfolio({ ...base, highRiskMethod: 'violence-adjusted', places: [small, none] });
    const byPopulation = computePlan({ ...none, preset: 'shooting-informed', method: 'population' });
    expect(result.rows[1]?.method).toEqual({ method: 'population', note: 'no-violence-counts' });
    expect(result.rows[1]?.plan.budget.total).toBe(byPopulation.budget.total);
    expect(result.withoutViolenceCounts).toEqual({ places: 1, total: byPopulation.budget.total });
    expect(result.total).toBe((result.rows[0]?.plan.budget.total ?? 0) + byPopulation.budget.total);
    expect(result.rows[1]?.costPerHomicide).toEqual({ value: null, reason: 'homicides not given' });
  });

  it('given a portfolio without the choice (saved before it), then each place keeps its own method', () => {
    const ownVa = { ...small, method: 'violence-adjusted' as const };
    const result = computePortfolio({ ...base, places: [ownVa, large] });
    expect(result.rows.map((r) => r.method.method)).toEqual(['violence-adjusted', 'population']);
    expect(result.rows[0]?.plan.budget.total).toBe(computePlan({ ...ownVa, preset: 'shooting-informed' }).budget.total);
  });
});

describe('sorting: blanks last, ties in the order added', () => {
  it('given numbers and blanks, then blanks sort last both ways', () => {
    const values = [30, null, 10, 20, null];
    expect(sortedOrder(values, 'ascending')).toEqual([2, 3, 0, 1, 4]);
    expect(sortedOrder(values, 'descending')).toEqual([0, 3, 2, 1, 4]);
  });

  it('given ties, then they keep the order added, in both directions', () => {
    expect(sortedOrder([5, 1, 5, 1], 'ascending')).toEqual([1, 3, 0, 2]);
    expect(sortedOrder([5, 1, 5, 1], 'descending')).toEqual([0, 2, 1, 3]);
  });

  it('given text, then any capitals sort together', () => {
    expect(sortedOrder(['oakland, CA', 'Flint, MI', 'baltimore, MD'], 'ascending')).toEqual([2, 1, 0]);
    expect(compareSortValues('a', 'A', 'ascending')).toBe(0);
    expect(compareSortValues(null, 0, 'descending')).toBe(1);
    expect(compareSortValues(0, null, 'ascending')).toBe(-1);
  });
});
