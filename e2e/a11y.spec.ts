// axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing in each state a person meets.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openAssumptionGroup, openPlanner } from './planner';

const GROUPS = ['High-risk population', 'Roles and caseloads', 'Salaries and benefits', 'Budget lines', 'Optional lines (off by default)'];

test('axe: the default page', async ({ page }) => {
  await openPlanner(page);
  await expectNoAxeViolations(page, 'on the default page');
});

test('axe: with an input error shown', async ({ page }) => {
  const p = await openPlanner(page);
  await p.population.fill('abc');
  await expect(p.population).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'with an input error');
});

test('axe: with the Why dialog open', async ({ page }) => {
  const p = await openPlanner(page);
  await p.whyTotal.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'with the Why dialog open');
});

test('axe: with every assumption group expanded and one value changed', async ({ page }) => {
  await openPlanner(page);
  for (const name of GROUPS) await openAssumptionGroup(page, name);
  const fringe = page.getByRole('textbox', { name: 'Fringe benefits (share of salary)' });
  await fringe.fill('35');
  await expect(page.getByRole('button', { name: 'Reset Fringe benefits (share of salary) to the preset value' })).toBeVisible();
  await expectNoAxeViolations(page, 'with the assumption groups expanded');
});

test('axe: with the city preset list open', async ({ page }) => {
  const p = await openPlanner(page);
  await p.cityPreset.fill('san');
  await expect(page.getByRole('listbox', { name: 'Matching cities' })).toBeVisible();
  await expectNoAxeViolations(page, 'with the city list open');
});

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('axe: the default page, and nothing wider than the screen', async ({ page }) => {
    await openPlanner(page);
    await expectNoAxeViolations(page, 'at 375 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling of the whole page at 375 px').toBeLessThanOrEqual(0);
  });

  test('opening every assumption group does not make the page scroll sideways', async ({ page }) => {
    await openPlanner(page);
    for (const name of GROUPS) await openAssumptionGroup(page, name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling of the whole page at 375 px with the assumptions open').toBeLessThanOrEqual(0);
  });
});
