// Multi-year plans (issue 5): ramp, rounding, growth, start-up costs, cumulative total.
// Expected figures are worked by hand from the issue's rules on the Detroit example (§9).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMultiYear, computePlan, makeInput, multiYearSchema, rampShare, resolveStartYear, DEFAULT_MULTI_YEAR } from '../../src/model';

const detroit = makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 });
// Full plan (§9): outreach 43, mediators 46, case managers 27, family 13, advocates 21, hospital 8, trauma 19; supervisors 35; OVP 7.
const FULL = [43, 46, 27, 13, 21, 8, 19];

describe('ramp-up years', () => {
  const multi = computeMultiYear(detroit, {}, DEFAULT_MULTI_YEAR, 2026);

  it('given the default settings in 2026, then the plan runs 2027–2029 at 50%, 75% and 100%', () => {
    expect(multi.startYear).toBe(2027);
    expect(multi.years.map((y) => y.year?.fiscalYear)).toEqual([2027, 2028, 2029]);
    expect(multi.years.map((y) => y.year?.share)).toEqual([0.5, 0.75, 1]);
  });

  it('given year 1 at 50%, then each frontline headcount is the full headcount × 0.5 rounded half up, supervisors follow, OVP is full', () => {
    const y1 = multi.years[0]!;
    const frontline = FULL.map((h) => Math.floor(h * 0.5 + 0.5)); // 21.5→22, 23, 13.5→14, 6.5→7, 10.5→11, 4, 9.5→10
    expect(frontline).toEqual([22, 23, 14, 7, 11, 4, 10]);
    expect(y1.roles.slice(0, 7).map((r) => r.headcount)).toEqual(frontline);
    const workers = 91;
    expect(y1.frontlineHeadcount).toBe(workers);
    expect(y1.roles.find((r) => r.id === 'supervisor')?.headcount).toBe(18); // 91 ÷ 5 = 18.2
    expect(y1.roles.find((r) => r.id === 'ovp-staff')?.headcount).toBe(7);
  });

  it('given year 1, then money has no growth: lines are the full-plan rules on year-1 staffing and half the participants', () => {
    const y1 = multi.years[0]!;
    const line = (id: string) => y1.budget.lines.find((l) => l.id === id)?.amount;
    // frontline: (22+23+14+7+11+4) × 78,000 + 10 × 97,500
    expect(line('frontline')).toBe(81 * 78_000 + 10 * 97_500);
    expect(line('supervision-ovp')).toBe(18 * 104_000 + 7 * 117_000);
    const staffing = 81 * 78_000 + 10 * 97_500 + 18 * 104_000 + 7 * 117_000;
    expect(line('training-ta')).toBe(Math.round(0.25 * staffing));
    expect(line('data-evaluation')).toBe(Math.round(0.15 * staffing));
    expect(line('wraparound')).toBe(Math.round(45_000 * 639.111 * 0.5)); // 14,379,997.5 → 14,379,998
  });

  it('given year 3 (k = 2) at 100%, then salaries grow 3% a year and wraparound 2.5% a year', () => {
    const y3 = multi.years[2]!;
    expect(y3.roles.map((r) => r.headcount)).toEqual([...FULL, 35, 7]);
    const g = 1.03 ** 2;
    const outreach = y3.roles.find((r) => r.id === 'street-outreach')!;
    expect(outreach.salary).toBeCloseTo(60_000 * g, 6);
    expect(outreach.cost).toBe(Math.round(43 * 60_000 * g * 1.3));
    expect(y3.budget.lines.find((l) => l.id === 'wraparound')?.amount).toBe(Math.round(45_000 * 639.111 * 1.025 ** 2));
  });

  it('given every year, then the cumulative total is the sum of the years', () => {
    expect(multi.cumulativeTotal).toBe(multi.years.reduce((s, y) => s + y.budget.total, 0));
    expect(multi.cumulativeWorking.value).toBe(multi.cumulativeTotal);
  });

  it('given a horizon past the ramp list, then later years stay at 100%', () => {
    const long = computeMultiYear(detroit, {}, { startYear: 2030, years: 6, ramp: [0.4] }, 2026);
    expect(long.years.map((y) => y.year?.share)).toEqual([0.4, 1, 1, 1, 1, 1]);
    expect(rampShare({ startYear: null, years: 3, ramp: [] }, 0)).toBe(1);
    expect(resolveStartYear({ startYear: 2031, years: 1, ramp: [] }, 2026)).toBe(2031);
  });
});

describe('one-time start-up costs', () => {
  it('given start-up on, then year 1 alone carries recruitment per hire, academy per frontline worker and equipment per person', () => {
    const multi = computeMultiYear(detroit, { 'startup.enabled': true }, DEFAULT_MULTI_YEAR, 2026);
    const [y1, y2] = multi.years;
    // Year 1: 91 frontline + 18 supervisors + 7 OVP = 116 people.
    expect(y1!.budget.startup).toEqual({ recruitment: 116 * 2_500, academy: 91 * 5_000, equipment: 116 * 1_500 });
    expect(y1!.budget.lines.find((l) => l.id === 'startup')?.amount).toBe(116 * 2_500 + 91 * 5_000 + 116 * 1_500);
    expect(y2!.budget.lines.some((l) => l.id === 'startup')).toBe(false);
  });

  it('given start-up off (the default), then no year has a start-up line', () => {
    const multi = computeMultiYear(detroit, {}, DEFAULT_MULTI_YEAR, 2026);
    expect(multi.years.every((y) => !y.budget.lines.some((l) => l.id === 'startup'))).toBe(true);
  });
});

describe('multi-year properties', () => {
  const settings = fc.record({
    years: fc.integer({ min: 1, max: 10 }),
    ramp: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }),
  });
  const place = fc.record({ population: fc.integer({ min: 1, max: 5_000_000 }), reach: fc.integer({ min: 0, max: 100 }) });

  it('given any horizon and ramp, then the cumulative total is the sum of the years and nothing is NaN', () => {
    fc.assert(
      fc.property(settings, place, (s, p) => {
        const multi = computeMultiYear(makeInput({ population: p.population, serviceReachPct: p.reach }), { 'startup.enabled': true }, { startYear: 2030, ...s }, 2026);
        expect(multi.years).toHaveLength(s.years);
        expect(multi.cumulativeTotal).toBe(multi.years.reduce((sum, y) => sum + y.budget.total, 0));
        expect(Number.isFinite(multi.cumulativeTotal)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('given a higher share in a year, then that year never costs less', () => {
    fc.assert(
      fc.property(place, fc.integer({ min: 0, max: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, index, s1, s2) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const input = makeInput({ population: p.population, serviceReachPct: p.reach, nonfatalShootings: Math.min(p.population, 50) });
        const low = computePlan(input, { 'wellness.enabled': true, 'indirect.enabled': true }, { index, fiscalYear: 2030 + index, share: lo });
        const high = computePlan(input, { 'wellness.enabled': true, 'indirect.enabled': true }, { index, fiscalYear: 2030 + index, share: hi });
        expect(high.budget.total).toBeGreaterThanOrEqual(low.budget.total);
        expect(high.totalHeadcount).toBeGreaterThanOrEqual(low.totalHeadcount);
      }),
      { numRuns: 500 },
    );
  });
});

describe('multi-year settings validation', () => {
  it.each([
    [{ startYear: 2027, years: 0, ramp: [] }, 'Years must be a whole number from 1 to 10.'],
    [{ startYear: 2027, years: 11, ramp: [] }, 'Years must be a whole number from 1 to 10.'],
    [{ startYear: 1999, years: 3, ramp: [] }, 'Start year must be a whole number from 2000 to 2100.'],
    [{ startYear: 2027, years: 3, ramp: [0.5, 1.5] }, 'Each ramp-up share must be a percentage from 0 to 100.'],
  ])('given %j, then it is refused with the rule', (raw, message) => {
    const result = multiYearSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});
