// Reload keeps the person's edits: the draft as typed, the changed assumptions and the total.
import { expect, test } from '@playwright/test';
import { expectedPlan, usd } from './methodology';
import { openAssumptionGroup, openPlanner, planner } from './planner';

test('reload keeps an edited population, a changed assumption and the total', async ({ page }) => {
  const p = await openPlanner(page);
  await p.population.fill('300000');
  const group = await openAssumptionGroup(page, 'Salaries and benefits');
  const fringe = group.getByRole('textbox', { name: 'Fringe benefits (share of salary)' });
  await expect(fringe).toHaveValue('30');
  await fringe.fill('40');
  await fringe.blur();

  const expected = usd(expectedPlan({ population: 300_000, nonfatalShootings: null, preset: 'shooting-informed', fringe: 0.4 }).total);
  expect(expected).not.toBe(usd(expectedPlan({ population: 300_000, nonfatalShootings: null, preset: 'shooting-informed' }).total));
  await expect(p.total).toHaveText(expected);
  await expect(p.assumptions).toContainText('1 changed from the preset.');

  await page.reload();
  const q = planner(page);
  await expect(q.total).toHaveText(expected);
  await expect(q.population).toHaveValue('300000');
  await expect(q.assumptions).toContainText('1 changed from the preset.');
  const after = await openAssumptionGroup(page, 'Salaries and benefits');
  await expect(after.locator('summary')).toHaveText('Salaries and benefits (1 changed)');
  await expect(after.getByRole('textbox', { name: 'Fringe benefits (share of salary)' })).toHaveValue('40');
  await expect(after.getByRole('button', { name: 'Reset Fringe benefits (share of salary) to the preset value' })).toBeVisible();
});

test('reload keeps an invalid draft as typed, with the last valid plan behind it', async ({ page }) => {
  const p = await openPlanner(page);
  await p.population.fill('300000');
  const lastValid = usd(expectedPlan({ population: 300_000, nonfatalShootings: null, preset: 'shooting-informed' }).total);
  await expect(p.total).toHaveText(lastValid);
  await p.population.fill('30000a');
  await expect(p.population).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  const q = planner(page);
  await expect(q.population).toHaveValue('30000a');
  await expect(q.population).toHaveAccessibleDescription(/Population must be/);
  await expect(q.total).toHaveText(lastValid);
});
