// computePlan gives the numbers at once and builds each figure's working on first read (a proxy in
// plan.working). These check that the lazy working is the plan's own working whatever the caller
// does afterwards: reads it late, spreads the plan, serialises it, or changes its own objects.
import { describe, expect, it } from 'vitest';
import { computePlan, computePlanNumbers, makeInput, type AssumptionOverrides, type PlanInput } from '../../src/model';

const input: PlanInput = makeInput({ population: 238_005, homicides: 58, nonfatalShootings: 190 });

describe('the working behind a plan, built on first read', () => {
  it('is an own enumerable property that survives spreads and JSON', () => {
    const plan = computePlan(input);
    expect(Object.keys(plan)).toContain('working');
    const spread = { ...plan };
    expect(spread.working.total.value).toBe(plan.budget.total);
    const json = JSON.parse(JSON.stringify(plan)) as { working: Record<string, { value: number }> };
    expect(json.working.total?.value).toBe(plan.budget.total);
    expect(Object.keys(json.working).length).toBe(Object.keys(plan.working).length);
    expect(Object.keys(plan.working).length).toBeGreaterThan(40);
  });

  it('describes the arguments as they were when the plan was made, even if the caller changes them later', () => {
    const mine: PlanInput = { ...input };
    const overrides: AssumptionOverrides = { fringeRate: 0.3 };
    const plan = computePlan(mine, overrides);
    mine.population = 5_000_000;
    overrides.fringeRate = 0.9;
    const fresh = computePlan(input, { fringeRate: 0.3 });
    expect(plan.working.total.value).toBe(fresh.budget.total);
    expect(plan.working['role.street-outreach.headcount'].value).toBe(fresh.roles.find((r) => r.id === 'street-outreach')?.headcount);
    expect(plan.working.costPerResident.terms.find((t) => t.field === 'population')?.value).toBe(238_005);
  });

  it('gives every figure of a year plan the year’s own working', () => {
    const year = { index: 1, share: 0.5, fiscalYear: 2028 };
    const plan = computePlan(input, {}, year);
    expect(plan.working.total.value).toBe(plan.budget.total);
    expect(plan.working.total.value).toBeLessThan(computePlan(input).budget.total);
  });

  it('reads the same through every way of looking at it', () => {
    const plan = computePlan(input);
    const byEntries = Object.fromEntries(Object.entries(plan.working));
    expect('total' in plan.working).toBe(true);
    expect('no-such-figure' in plan.working).toBe(false);
    expect(byEntries.total).toBe(plan.working.total);
    expect(Object.getOwnPropertyDescriptor(plan.working, 'mtdc')?.value).toBe(plan.working.mtdc);
  });

  it('is there too for plans computed in bulk', () => {
    const numbers = computePlanNumbers(input) as ReturnType<typeof computePlan>;
    expect(numbers.working.total.value).toBe(numbers.budget.total);
  });
});
