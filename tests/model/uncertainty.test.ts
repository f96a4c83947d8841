// Monte Carlo ranges (issue 6): reproducible with a seed, percentiles ordered and inside the draws'
// min and max, a histogram that counts every draw, percentiles by Hyndman–Fan type 7 (checked
// against hand-worked arrays), and the ranges the methodology gives (outreach caseload 15–20,
// fringe 22–38%) or ±20% of the plan's value otherwise.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DRAWS,
  computePlan,
  histogram,
  makeInput,
  monteCarlo,
  percentile,
  resolveAssumptions,
  seededRandom,
  uncertainRanges,
  type AssumptionOverrides,
  type PlanInput,
  type UncertainRange,
} from '../../src/model';
import { arbInput } from './support/arbitraries';

const NORFOLK: PlanInput = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });

/** The canonical mulberry32 (Tommy Ettinger's), written out here as the reference. */
function mulberry32Reference(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rangeOf(ranges: readonly UncertainRange[], id: string): UncertainRange {
  const found = ranges.find((r) => r.id === id);
  if (!found) throw new Error(`no range for ${id}`);
  return found;
}

describe('seededRandom', () => {
  it('given a seed, then it draws the same sequence as the reference mulberry32, every value in [0, 1)', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 4_294_967_295]) {
      const ours = seededRandom(seed);
      const reference = mulberry32Reference(seed);
      for (let i = 0; i < 200; i++) {
        const value = ours();
        expect(value).toBe(reference());
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
      }
    }
  });
});

describe('percentile (type 7: linear between order statistics)', () => {
  it('given hand-worked arrays, then it interpolates as R’s quantile(type = 7) does', () => {
    // [1, 2, 3, 4]: h = (n − 1)p. p = 0.1 → h = 0.3 → 1 + 0.3 × (2 − 1) = 1.3.
    expect(percentile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    // [10, 20, 40]: p = 0.25 → h = 0.5 → 15; p = 0.9 → h = 1.8 → 20 + 0.8 × 20 = 36.
    expect(percentile([10, 20, 40], 0.25)).toBe(15);
    expect(percentile([10, 20, 40], 0.9)).toBeCloseTo(36, 12);
    // The ends are the min and max; one value is every percentile; an odd count's median is the middle.
    expect(percentile([3, 5, 9], 0)).toBe(3);
    expect(percentile([3, 5, 9], 1)).toBe(9);
    expect(percentile([3, 5, 9], 0.5)).toBe(5);
    expect(percentile([7], 0.1)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('histogram', () => {
  it('given values, then the bins are contiguous from min to max and count every value once', () => {
    const bins = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(bins[0]?.from).toBe(0);
    expect(bins[4]?.to).toBe(10);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.from).toBe(bins[i - 1]?.to);
  });

  it('given identical values, then one bin holds them all; given none, then no bins', () => {
    expect(histogram([5, 5, 5])).toEqual([{ from: 5, to: 5, count: 3 }]);
    expect(histogram([])).toEqual([]);
  });
});

describe('uncertain ranges', () => {
  it('given the defaults, then outreach caseload is the sources’ 15–20 and fringe their 22–38%; the rest ±20%', () => {
    const ranges = uncertainRanges(NORFOLK, {});
    expect(rangeOf(ranges, 'street-outreach.caseload')).toMatchObject({ low: 15, high: 20, basis: 'source' });
    expect(rangeOf(ranges, 'fringeRate')).toMatchObject({ low: 0.22, high: 0.38, basis: 'source' });
    const mediator = rangeOf(ranges, 'mediator.caseload');
    expect(mediator.basis).toBe('spread');
    expect(mediator.low).toBeCloseTo(14 * 0.8, 10);
    expect(mediator.high).toBeCloseTo(14 * 1.2, 10);
    expect(rangeOf(ranges, 'wraparoundPerParticipant')).toMatchObject({ low: 36_000, high: 54_000, basis: 'spread' });
    expect(rangeOf(ranges, 'salaries')).toMatchObject({ low: 0.8, high: 1.2, basis: 'spread' });
    expect(rangeOf(ranges, 'highRiskRate').low).toBeCloseTo(0.0008, 12);
    expect(rangeOf(ranges, 'highRiskRate').high).toBeCloseTo(0.0012, 12);
  });

  it('given a user value inside the sources’ range, then the sources’ range is used', () => {
    expect(rangeOf(uncertainRanges(NORFOLK, { 'street-outreach.caseload': 18 }), 'street-outreach.caseload')).toMatchObject({ low: 15, high: 20, basis: 'source' });
  });

  it('given a user value outside the sources’ range, then the range is ±20% around it', () => {
    const ranges = uncertainRanges(NORFOLK, { 'street-outreach.caseload': 30, fringeRate: 0.5 });
    expect(rangeOf(ranges, 'street-outreach.caseload')).toMatchObject({ low: 24, high: 36, basis: 'spread' });
    const fringe = rangeOf(ranges, 'fringeRate');
    expect(fringe.basis).toBe('spread');
    expect(fringe.low).toBeCloseTo(0.4, 12);
    expect(fringe.high).toBeCloseTo(0.6, 12);
  });
});

describe('monteCarlo', () => {
  it('given the same seed, then the result is identical; given another seed, then it differs', () => {
    const a = monteCarlo(NORFOLK, {}, { draws: 500, seed: 7 });
    const b = monteCarlo(NORFOLK, {}, { draws: 500, seed: 7 });
    const c = monteCarlo(NORFOLK, {}, { draws: 500, seed: 8 });
    expect(b).toEqual(a);
    expect(c.total).not.toEqual(a.total);
    expect(c.histogram).not.toEqual(a.histogram);
    expect(a).toMatchObject({ draws: 500, seed: 7 });
  });

  it('given no seed, then the seed is 1; the default number of draws is 10,000', () => {
    expect(DEFAULT_DRAWS).toBe(10_000);
    const unseeded = monteCarlo(NORFOLK, {}, { draws: 50 });
    expect(unseeded.seed).toBe(1);
    expect(unseeded).toEqual(monteCarlo(NORFOLK, {}, { draws: 50, seed: 1 }));
  });

  it('given Norfolk, then the plan total lies between the 10th and 90th percentiles and the histogram counts every draw', () => {
    const result = monteCarlo(NORFOLK, {}, { draws: 2_000, seed: 1 });
    const plan = computePlan(NORFOLK);
    expect(result.total.p10).toBeLessThan(plan.budget.total);
    expect(result.total.p90).toBeGreaterThan(plan.budget.total);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(2_000);
    expect(result.histogram[0]?.from).toBe(result.total.min);
    expect(result.histogram[result.histogram.length - 1]?.to).toBe(result.total.max);
  });

  it('given every assumption at the cost-raising or cost-lowering end of its range, then no draw falls outside those two plans', () => {
    // Lower caseloads, higher salaries, fringe, wraparound and high-risk share all cost more.
    const ranges = uncertainRanges(NORFOLK, {});
    const defaults = resolveAssumptions('caps');
    const extreme = (costly: boolean): AssumptionOverrides => {
      const overrides: Record<string, number> = {};
      for (const r of ranges) {
        if (r.id === 'salaries') {
          for (const id of Object.keys(defaults).filter((k) => k.endsWith('.salary'))) overrides[id] = (defaults[id as keyof typeof defaults] as number) * (costly ? r.high : r.low);
        } else if (r.id.endsWith('.caseload') || r.id.endsWith('clientsPerResponder')) overrides[r.id] = costly ? r.low : r.high;
        else overrides[r.id] = costly ? r.high : r.low;
      }
      return overrides as AssumptionOverrides;
    };
    const cheapest = computePlan(NORFOLK, extreme(false));
    const dearest = computePlan(NORFOLK, extreme(true));
    const result = monteCarlo(NORFOLK, {}, { draws: 2_000, seed: 3 });
    expect(result.total.min).toBeGreaterThanOrEqual(cheapest.budget.total);
    expect(result.total.max).toBeLessThanOrEqual(dearest.budget.total);
    expect(result.staff.min).toBeGreaterThanOrEqual(cheapest.totalHeadcount);
    expect(result.staff.max).toBeLessThanOrEqual(dearest.totalHeadcount);
  });

  it('given one draw, then every percentile is that draw', () => {
    const { total, staff } = monteCarlo(NORFOLK, {}, { draws: 1, seed: 5 });
    expect(new Set([total.p10, total.p50, total.p90, total.min, total.max]).size).toBe(1);
    expect(new Set([staff.p10, staff.p50, staff.p90, staff.min, staff.max]).size).toBe(1);
  });

  it('property: over places and seeds, p10 ≤ p50 ≤ p90 inside [min, max] for the total and the staff, and the histogram sums to the draws', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 4_294_967_295 }), fc.integer({ min: 1, max: 60 }), (input, seed, draws) => {
        const result = monteCarlo(input, {}, { draws, seed });
        for (const p of [result.total, result.staff]) {
          expect(p.min).toBeLessThanOrEqual(p.p10);
          expect(p.p10).toBeLessThanOrEqual(p.p50);
          expect(p.p50).toBeLessThanOrEqual(p.p90);
          expect(p.p90).toBeLessThanOrEqual(p.max);
          for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
        }
        expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(draws);
      }),
      { numRuns: 80 },
    );
  });
});

describe('site teams (docs/methodology.md §11)', () => {
  it('given a site-based plan, then participants per site (45–60, 3 workers × 15–20) and direct assistance ($5,000–$23,000) are drawn from their sources, and the site roles’ caseloads are not drawn', () => {
    const baltimore = { ...NORFOLK, population: 585_708, homicides: 201, nonfatalShootings: 414, method: 'violence-adjusted' as const, preset: 'site-based' as const };
    const ranges = uncertainRanges(baltimore, {});
    expect(rangeOf(ranges, 'sites.participantsPerSite')).toMatchObject({ low: 45, high: 60, basis: 'source' });
    expect(rangeOf(ranges, 'directAssistancePerParticipant')).toMatchObject({ low: 5_000, high: 23_000, basis: 'source' });
    const ids = ranges.map((r) => r.id);
    expect(ids).not.toContain('wraparoundPerParticipant');
    expect(ids).not.toContain('street-outreach.caseload');
  });
});
