// Scenarios compared (issue 12, observation 7): what differs, listed first, and each scenario's
// totals. Expected figures come from the independent oracle (tests/model/support/specOracle.ts,
// written from docs/methodology.md) and from hand arithmetic on the methodology's rules — never
// from the model's own output.
import { describe, expect, it } from 'vitest';
import { compareScenarios, DEFAULT_MULTI_YEAR, makeInput, type FundingSource, type Scenario } from '../../src/model';
import { SPEC_ROLES, specAssumptions, specPlan, type SpecInput } from './support/specOracle';

const detroitInput = { placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 } as const;

const detroitSpec: SpecInput = {
  population: 639_111,
  homicides: 203,
  fatalShootings: null,
  nonfatalShootings: 606,
  serviceReachPct: 100,
  hospitalReachPct: 50,
  method: 'population',
  localHighRiskCount: null,
  preset: 'shooting-informed',
};

function scenario(name: string, fields: Partial<Scenario> = {}): Scenario {
  return { name, input: makeInput(detroitInput), assumptions: {}, multiYear: DEFAULT_MULTI_YEAR, funding: [], currentStaffing: {}, ...fields };
}

describe('what differs between scenarios', () => {
  const a = scenario('Plan A');
  const b = scenario('Plan B', { input: makeInput({ ...detroitInput, serviceReachPct: 60 }), assumptions: { 'street-outreach.salary': 65_000 } });
  const comparison = compareScenarios([a, b], 2026);

  it('given two scenarios differing in reach and one salary, then exactly those two are listed, the input first', () => {
    expect(comparison.differences.map((d) => d.key)).toEqual(['input.serviceReachPct', 'assumption.street-outreach.salary']);
  });

  it('then the reach row gives each value with its unit, the default and its source', () => {
    const reach = comparison.differences[0]!;
    expect(reach.label).toBe('Service reach (%)');
    expect(reach.values).toEqual(['100%', '60%']);
    expect(reach.defaultValue).toBe('100%');
    expect(reach.source).toMatch(/^CAPS: /);
  });

  it('then the salary row gives both salaries in dollars, the $60,000 national default and its source', () => {
    const salary = comparison.differences[1]!;
    expect(salary.group).toBe('assumption');
    expect(salary.label).toMatch(/^Street outreach workers: salary/);
    expect(salary.values).toEqual(['$60,000', '$65,000']);
    expect(salary.defaultValue).toBe('$60,000');
    expect(salary.source).toMatch(/^(research|CAPS|assumption|CAPS-calibrated): \S/);
  });

  it('given two identical scenarios, then nothing is listed as different', () => {
    expect(compareScenarios([a, scenario('Copy of A')], 2026).differences).toEqual([]);
  });

  it('given an override equal to the default, then it is not a difference (the plan is the same)', () => {
    const same = scenario('Same', { assumptions: { 'street-outreach.salary': 60_000 } });
    expect(compareScenarios([a, same], 2026).differences).toEqual([]);
  });

  it('given different methodologies, then the methodology and the assumptions it switches are listed with each methodology’s default', () => {
    const caps = scenario('CAPS', { input: makeInput({ ...detroitInput, preset: 'caps' }) });
    const d = compareScenarios([a, caps], 2026).differences;
    expect(d[0]).toMatchObject({ key: 'input.preset', values: ['Shooting-informed', 'CAPS'], defaultValue: 'Shooting-informed' });
    const trauma = d.find((x) => x.key === 'assumption.trauma-counselor.enabled');
    expect(trauma?.values).toEqual(['on', 'off']);
    expect(trauma?.defaultValue).toBe('on (Shooting-informed methodology); off (CAPS methodology)');
  });

  it('given different horizons and funding, then the multi-year settings and the funding sources are listed after the assumptions', () => {
    const source: FundingSource = { name: 'City', kind: 'city-general-fund', annualAmount: 1_000_000, firstYear: 2027, lastYear: null };
    const longer = scenario('Five years', { multiYear: { startYear: null, years: 5, ramp: [0.5, 0.75, 1] }, funding: [source] });
    const d = compareScenarios([a, longer], 2026).differences;
    expect(d.map((x) => x.key)).toEqual(['multi-year.years', 'multi-year.ramp', 'funding.sources']);
    expect(d[0]?.values).toEqual(['3 years (2027–2029)', '5 years (2027–2031)']);
    expect(d[1]?.values).toEqual(['50%, 75%, 100%', '50%, 75%, 100%, 100%, 100%']);
    expect(d[2]?.values).toEqual(['none entered', 'City (City general fund): $1,000,000 a year, from 2027, ongoing']);
  });
});

describe('each scenario’s totals', () => {
  it('given Detroit at full reach with the default ramp in 2026, then full strength is the oracle’s total and year 1 (50%) is worked by hand', () => {
    const [t] = compareScenarios([scenario('Plan A')], 2026).totals;
    const o = specPlan(detroitSpec, specAssumptions('shooting-informed'));
    expect(t?.fullStrengthTotal).toBe(o.total);
    expect(t?.totalHeadcount).toBe(SPEC_ROLES.reduce((s, r) => s + o.headcount[r], 0));
    expect(t?.participants).toBe(639); // 0.1% of 639,111 = 639.111
    expect([t?.firstYear, t?.lastYear, t?.years, t?.yearOneShare]).toEqual([2027, 2029, 3, 0.5]);
    // Year 1 at 50% (tests/model/multiYear.test.ts works the lines): frontline 81 × $78,000 + 10 ×
    // $97,500, supervision 18 × $104,000 + 7 × $117,000 → staffing $9,984,000; training 25%,
    // evaluation 15%, wraparound $45,000 × 639.111 × 0.5 = $14,379,997.50 → $14,379,998.
    const staffing = 81 * 78_000 + 10 * 97_500 + 18 * 104_000 + 7 * 117_000;
    expect(t?.yearOneTotal).toBe(staffing + 0.25 * staffing + 0.15 * staffing + 14_379_998);
    // No funding entered: nothing committed, the whole horizon is the gap.
    expect(t?.committedFunding).toBe(0);
    expect(t?.fundingGap).toBe(t?.multiYearTotal);
  });

  it('given 60% reach, a $65,000 outreach salary, no growth, 100% every year and $5M a year for two of three years, then the totals follow', () => {
    const noRamp = { startYear: 2027, years: 3, ramp: [1, 1, 1] };
    const money: FundingSource = { name: 'Federal grant', kind: 'federal', annualAmount: 5_000_000, firstYear: 2027, lastYear: 2028 };
    const b = scenario('Plan B', {
      input: makeInput({ ...detroitInput, serviceReachPct: 60 }),
      assumptions: { 'street-outreach.salary': 65_000, salaryGrowth: 0, costGrowth: 0 },
      multiYear: noRamp,
      funding: [money],
    });
    const [t] = compareScenarios([b], 2026).totals;
    const reach60 = { ...detroitSpec, serviceReachPct: 60 };
    const full = specPlan(reach60, specAssumptions('shooting-informed', { 'street-outreach.salary': 65_000 })).total;
    expect(t?.fullStrengthTotal).toBe(full);
    expect(t?.yearOneTotal).toBe(full);
    expect(t?.multiYearTotal).toBe(3 * full);
    expect(t?.committedFunding).toBe(10_000_000);
    expect(t?.fundingGap).toBe(3 * full - 10_000_000);
    expect(t?.participants).toBe(383); // 639.111 × 60% = 383.4666
    // CAPS at the same reach: the CAPS preset, no changes, at 60% reach and 50% hospital reach.
    expect(t?.caps.total).toBe(specPlan({ ...reach60, preset: 'caps' }, specAssumptions('caps')).total);
    expect([t?.caps.reachPct, t?.caps.hospitalReachPct]).toEqual([60, 50]);
  });

  it('given money above the budget in a year, then the gap of that year is 0, not negative', () => {
    const rich = scenario('Rich', {
      assumptions: { salaryGrowth: 0, costGrowth: 0 },
      multiYear: { startYear: 2027, years: 2, ramp: [1, 1] },
      funding: [{ name: 'Endowment', kind: 'philanthropy', annualAmount: 1_000_000_000, firstYear: 2027, lastYear: 2027 }],
    });
    const [t] = compareScenarios([rich], 2026).totals;
    const full = specPlan(detroitSpec, specAssumptions('shooting-informed')).total;
    expect(t?.fundingGap).toBe(full); // 2027 fully covered, 2028 nothing
    // Only what 2027 can use is committed funding of the plan (as the brief and the worksheet
    // count it); the rest is shown apart, so committed + gap is the multi-year total.
    expect(t?.committedFunding).toBe(full);
    expect(t?.committedBeyondCost).toBe(1_000_000_000 - full);
    expect((t?.committedFunding ?? 0) + (t?.fundingGap ?? 0)).toBe(t?.multiYearTotal);
  });
});
