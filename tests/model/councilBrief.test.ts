// The council brief's figures (issue 12): year 1 of the multi-year plan, the horizon's total, what
// committed sources cover and what is not yet funded, people by role, the assumptions changed from
// the defaults with their sources, and the CAPS method at the plan's own reach. Expected values are
// worked by hand from the methodology (Norfolk, VA: 238,005 residents, high-risk 0.1%).
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, fundingPicture, makeInput, type FundingSource } from '../../src/model';
import { councilBriefFigures } from '../../src/model/councilBrief';
import { BENCHMARKS } from '../../src/model/benchmarkData';
import { expectedStats, RAW_METRICS } from '../helpers/benchmarkFile';

const norfolk = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });
const settings = { startYear: 2026, years: 3, ramp: [0.5, 0.75, 1] };

describe('council brief figures', () => {
  const plan = computePlan(norfolk);
  const multi = computeMultiYear(norfolk, {}, settings, 2025);
  const [t1, t2, t3] = multi.years.map((y) => y.budget.total) as [number, number, number];

  it('given a three-year plan, then year 1 is the first fiscal year at half staffing and the total is the sum of the three years', () => {
    const f = councilBriefFigures(plan, multi, null, BENCHMARKS);
    expect(f.yearOne).toMatchObject({ fiscalYear: 2026, share: 0.5, total: t1 });
    expect(f.years.map((y) => y.fiscalYear)).toEqual([2026, 2027, 2028]);
    expect(f.multiYearTotal).toBe(t1 + t2 + t3);
    expect([f.firstYear, f.lastYear]).toEqual([2026, 2028]);
    expect(f.fullStrengthTotal).toBe(plan.budget.total);
  });

  it('given no funding source, then nothing is called funded', () => {
    const f = councilBriefFigures(plan, multi, null, BENCHMARKS);
    expect(f.funding).toBeNull();
    expect(f.years.every((y) => y.committed === null && y.notYetFunded === null)).toBe(true);
  });

  it('given a city fund every year and a federal grant larger than year 1, then committed counts only what each year can use and the rest is not yet funded', () => {
    const sources: FundingSource[] = [
      { name: 'City general fund', kind: 'city-general-fund', annualAmount: 5_000_000, firstYear: 2026, lastYear: null },
      { name: 'Federal grant', kind: 'federal', annualAmount: 30_000_000, firstYear: 2026, lastYear: 2026 },
    ];
    // Preconditions of the hand arithmetic: year 1 is fully covered, later years are not.
    expect(t1).toBeLessThan(35_000_000);
    expect(Math.min(t2, t3)).toBeGreaterThan(5_000_000);
    const f = councilBriefFigures(plan, multi, fundingPicture(multi, sources), BENCHMARKS);
    expect(f.years.map((y) => y.committed)).toEqual([t1, 5_000_000, 5_000_000]);
    expect(f.years.map((y) => y.notYetFunded)).toEqual([0, t2 - 5_000_000, t3 - 5_000_000]);
    expect(f.funding).toEqual({ committed: t1 + 10_000_000, notYetFunded: t2 + t3 - 10_000_000, surplus: 35_000_000 - t1 });
  });

  it('given the CAPS preset, then people by role list the enabled roles only, whole people in year 1 and at full strength', () => {
    const f = councilBriefFigures(plan, multi, null, BENCHMARKS);
    expect(f.roles.map((r) => r.id)).not.toContain('trauma-counselor');
    // Street outreach: 238.005 participants ÷ 15 = 15.87 → 16; year 1 at 50%: 119.0 ÷ 15 = 7.93 → 8.
    expect(f.roles.find((r) => r.id === 'street-outreach')).toMatchObject({ yearOneHeadcount: 8, fullStrengthHeadcount: 16 });
    for (const r of f.roles) expect(Number.isInteger(r.yearOneHeadcount) && Number.isInteger(r.fullStrengthHeadcount)).toBe(true);
  });

  it('given a changed fringe rate and a "change" equal to the default, then only the fringe is listed, with its default and the source of the default', () => {
    const overrides = { fringeRate: 0.25, 'street-outreach.caseload': 15 };
    const changedPlan = computePlan(norfolk, overrides);
    const f = councilBriefFigures(changedPlan, computeMultiYear(norfolk, overrides, settings, 2025), null, BENCHMARKS);
    expect(f.changedAssumptions).toHaveLength(1);
    expect(f.changedAssumptions[0]).toMatchObject({ id: 'fringeRate', value: '25%', defaultValue: '30%', source: { label: 'research' } });
  });

  it('given a 60% reach and a changed assumption, then the CAPS comparison is the CAPS method at 60% with the defaults', () => {
    const at60 = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, serviceReachPct: 60 });
    const changed = computePlan(at60, { fringeRate: 0.25 });
    const f = councilBriefFigures(changed, computeMultiYear(at60, { fringeRate: 0.25 }, settings, 2025), null, BENCHMARKS);
    expect(f.caps.reachPct).toBe(60);
    expect(f.caps.total).toBe(computePlan({ ...at60, preset: 'caps' }).budget.total);
    expect(f.caps.total).toBeLessThan(computePlan({ ...norfolk, preset: 'caps' }).budget.total);
  });

  it('given start-up costs switched on, then year 1 names them: $2,500 a hire + $1,500 of equipment a person + $5,000 academy a frontline worker', () => {
    const overrides = { 'startup.enabled': true };
    const withStartup = computeMultiYear(norfolk, overrides, settings, 2025);
    const first = withStartup.years[0];
    if (!first) throw new Error('no year 1');
    const f = councilBriefFigures(computePlan(norfolk, overrides), withStartup, null, BENCHMARKS);
    expect(f.yearOneStartup).toBe(first.totalHeadcount * (2_500 + 1_500) + first.frontlineHeadcount * 5_000);
    expect(councilBriefFigures(plan, multi, null, BENCHMARKS).yearOneStartup).toBe(0);
  });
});

describe('council brief: beside real programs (docs/methodology.md §12)', () => {
  it('given Norfolk, then the brief carries one line per metric whose range equals the raw file’s', () => {
    const f = councilBriefFigures(computePlan(norfolk), computeMultiYear(norfolk, {}, settings, 2025), null, BENCHMARKS);
    expect(f.realityCheck.metrics.map((m) => m.id).sort()).toEqual([...RAW_METRICS].sort());
    for (const m of f.realityCheck.metrics) expect(m.range, m.id).toEqual(expectedStats(m.id));
    expect(f.realityCheck.shortStatement).toMatch(/fully resourced ecosystem.*not adjusted/);
  });
});
