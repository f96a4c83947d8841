// computePlan returns a plan's numbers; explainPlan(plan) builds the working behind them from the
// same steps, once per plan object. These check that the working is the plan's own whatever the
// caller does afterwards: reads it late, spreads the plan, or changes its own objects.
import { describe, expect, it } from 'vitest';
import { computePlan, explainPlan, makeInput, type AssumptionOverrides, type PlanInput } from '../../src/model';

const input: PlanInput = makeInput({ population: 238_005, homicides: 58, nonfatalShootings: 190 });

describe('explainPlan: the working behind a plan', () => {
  it('given a plan, when it is explained twice, then the same working object comes back, and the plan itself carries numbers only', () => {
    const plan = computePlan(input);
    const working = explainPlan(plan);
    expect(explainPlan(plan)).toBe(working);
    expect(Object.keys(plan)).not.toContain('working');
    expect(working.total.value).toBe(plan.budget.total);
    expect(Object.keys(working).length).toBeGreaterThan(40);
  });

  it('given a plan, when the caller later changes the objects it passed, then the working still describes the arguments as they were', () => {
    const mine: PlanInput = { ...input };
    const overrides: AssumptionOverrides = { fringeRate: 0.3 };
    const plan = computePlan(mine, overrides);
    mine.population = 5_000_000;
    overrides.fringeRate = 0.9;
    const fresh = computePlan(input, { fringeRate: 0.3 });
    const working = explainPlan(plan);
    expect(working.total.value).toBe(fresh.budget.total);
    expect(working['role.street-outreach.headcount'].value).toBe(fresh.roles.find((r) => r.id === 'street-outreach')?.headcount);
    expect(working.costPerResident.terms.find((t) => t.field === 'population')?.value).toBe(238_005);
  });

  it('given a year of a multi-year plan, when it is explained, then every figure has the year’s own working', () => {
    const year = { index: 1, share: 0.5, fiscalYear: 2028 };
    const plan = computePlan(input, {}, year);
    const working = explainPlan(plan);
    expect(working.total.value).toBe(plan.budget.total);
    expect(working.total.label).toBe('Total budget, 2028');
    expect(working.total.value).toBeLessThan(computePlan(input).budget.total);
    expect(working['role.street-outreach.headcount'].formula).toMatch(/share of full staffing/);
  });

  it('given a spread copy of a plan, when it is explained, then its working has the same figures as the original’s', () => {
    const plan = computePlan(input, { 'stipends.enabled': true, 'indirect.enabled': true });
    const copy = { ...plan };
    expect(explainPlan(copy)).not.toBe(explainPlan(plan));
    expect(explainPlan(copy)).toEqual(explainPlan(plan));
  });
});
