// Current staffing, funding by year, gaps and sources that end (issue 5), and the cost of
// violence with break-even (docs/methodology.md §8). Worked by hand.
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, costOfViolence, EVIDENCE, fundingPicture, fundingSourceSchema, hiresNeeded, makeInput, type FundingSource } from '../../src/model';

const norfolk = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });

describe('hires needed', () => {
  it('given current staff per role, then hires are planned minus current and never negative', () => {
    const plan = computePlan(norfolk); // outreach 16, mediators 17, supervisors 12
    const hires = hiresNeeded(plan, { 'street-outreach': 10, mediator: 20, supervisor: 12 });
    const of = (id: string) => hires.find((h) => h.id === id);
    expect(of('street-outreach')).toMatchObject({ planned: 16, current: 10, hires: 6 });
    expect(of('mediator')).toMatchObject({ planned: 17, current: 20, hires: 0 });
    expect(of('supervisor')).toMatchObject({ planned: 12, current: 12, hires: 0 });
    expect(of('case-manager')).toMatchObject({ planned: 10, current: 0, hires: 10 });
  });
});

describe('funding by year', () => {
  const multi = computeMultiYear(norfolk, {}, { startYear: 2026, years: 3, ramp: [1, 1, 1] }, 2025);
  const sources: FundingSource[] = [
    { name: 'City general fund', kind: 'city-general-fund', annualAmount: 5_000_000, firstYear: 2026, lastYear: null },
    { name: 'ARPA relief', kind: 'federal', annualAmount: 3_000_000, firstYear: 2024, lastYear: 2026 },
    { name: 'Foundation grant', kind: 'philanthropy', annualAmount: 1_000_000, firstYear: 2027, lastYear: 2028 },
  ];
  const picture = fundingPicture(multi, sources);

  it('given sources active in different years, then each year sums only the sources active that year', () => {
    expect(picture.years.map((y) => y.funded)).toEqual([8_000_000, 6_000_000, 6_000_000]);
    expect(picture.years[0]?.byKind.federal).toBe(3_000_000);
    expect(picture.years[1]?.byKind.federal).toBe(0);
  });

  it('given a budget above the money, then the gap is the difference and the funded share is funded ÷ total', () => {
    for (const y of picture.years) {
      expect(y.gap).toBe(Math.max(0, y.total - y.funded));
      expect(y.fundedShare).toBeCloseTo(Math.min(1, y.funded / y.total), 12);
    }
    expect(picture.totalGap).toBe(picture.years.reduce((s, y) => s + y.gap, 0));
  });

  it('given relief money spent by the end of 2026, then the gap that opens in 2027 is called out', () => {
    expect(picture.years[1]?.ended.map((s) => s.name)).toEqual(['ARPA relief']);
    expect(picture.callouts).toHaveLength(1);
    expect(picture.callouts[0]).toContain('ARPA relief ($3,000,000 a year) ends after 2026');
    expect(picture.callouts[0]).toContain('in 2027 the unfunded gap is');
  });

  it('given more money than the budget, then there is a surplus, no gap and a funded share of 100%', () => {
    const rich = fundingPicture(multi, [{ name: 'Endowment', kind: 'other', annualAmount: 100_000_000, firstYear: 2000, lastYear: null }]);
    expect(rich.years.every((y) => y.gap === 0 && y.fundedShare === 1 && y.surplus === 100_000_000 - y.total)).toBe(true);
  });

  it('given a source whose last year is before its first, then it is refused with the rule', () => {
    const r = fundingSourceSchema.safeParse({ name: 'X', kind: 'state', annualAmount: 1, firstYear: 2028, lastYear: 2027 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Last year must not be before the first year.');
  });
});

describe('cost of violence and break-even', () => {
  it('given no shooting counts, then there is nothing to weigh the budget against', () => {
    expect(costOfViolence(computePlan(norfolk))).toBeNull();
  });

  it('given Detroit with 606 nonfatal and no fatal count, then the cost uses Everytown’s nonfatal figure and says it is understated', () => {
    const plan = computePlan(makeInput({ population: 639_111, homicides: 203, nonfatalShootings: 606 }));
    const c = costOfViolence(plan)!;
    expect(c.annualTaxpayerCost).toBe(606 * 52_585); // $31,866,510
    expect(c.breakEvenShare).toBeCloseTo(54_849_695 / 31_866_510, 12);
    expect(c.breakEvenShare).toBeGreaterThan(1);
    expect(c.working.annualTaxpayerCost.note).toMatch(/understated/);
    expect(c.working.breakEvenShare.note).toMatch(/More than all/);
  });

  it('given fatal and nonfatal counts, then cost = fatal × $270,399 + nonfatal × $52,585 and break-even = budget ÷ cost', () => {
    const plan = computePlan(makeInput({ population: 1_603_797, fatalShootings: 375, nonfatalShootings: 1_291 }));
    const c = costOfViolence(plan)!;
    const cost = 375 * 270_399 + 1_291 * 52_585;
    expect(c.annualTaxpayerCost).toBe(cost);
    expect(c.breakEvenShare).toBeCloseTo(plan.budget.total / cost, 12);
    expect(c.breakEvenShootings).toBeCloseTo((plan.budget.total / cost) * (375 + 1_291), 9);
  });

  it('given a local study, then every shooting costs the local figure', () => {
    const plan = computePlan(makeInput({ population: 500_000, fatalShootings: 40, nonfatalShootings: 160 }), { 'violenceCost.basis': 'local', 'violenceCost.localPerShooting': 1_000_000 });
    expect(costOfViolence(plan)?.annualTaxpayerCost).toBe(200 * 1_000_000);
  });

  it('given the evidence table, then every study carries its design and no wording promises prevention', () => {
    expect(EVIDENCE).toHaveLength(6);
    for (const row of EVIDENCE) expect(row.design.length).toBeGreaterThan(3);
    const plan = computePlan(makeInput({ population: 500_000, fatalShootings: 40, nonfatalShootings: 160 }));
    const text = JSON.stringify(costOfViolence(plan));
    expect(text).not.toMatch(/will prevent/i);
    expect(text).toMatch(/would need to prevent/);
  });
});
