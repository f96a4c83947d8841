// The funders' portfolio page (issue 6): add places from the presets, the portfolio total is the
// sum of the places' plans (worked out independently in e2e/methodology.ts), all 60 presets plan
// at once, a place opens as a full plan, and the page passes axe.
import { expect, test } from '@playwright/test';
import { expectedPlan, usd } from './methodology';
import { expectNoAxeViolations, openPlanner } from './planner';

const norfolk = expectedPlan({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' });
const detroit = expectedPlan({ population: 639_111, nonfatalShootings: 606, preset: 'shooting-informed' });

test('a funder adds two cities, sees the sum of their plans, adds every preset and opens one as a plan', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  const search = page.getByLabel('Add a city');
  await expect(search).toBeVisible();

  await search.fill('norf');
  await page.getByRole('checkbox', { name: /Norfolk, VA/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  await expect(page.getByTestId('portfolio-total')).toHaveText(usd(norfolk.total));

  await search.fill('detr');
  await page.getByRole('checkbox', { name: /Detroit, MI/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  // The portfolio total is the sum of the two places' own plans.
  await expect(page.getByTestId('portfolio-total')).toHaveText(usd(norfolk.total + detroit.total));

  await page.getByRole('button', { name: 'Add all presets' }).click();
  const places = page.getByRole('region', { name: 'Places in the portfolio' });
  await expect(places.getByRole('button', { name: /^Open as plan:/ })).toHaveCount(60);
  await expectNoAxeViolations(page, 'portfolio page with every preset');

  await places.getByRole('button', { name: 'Open as plan: Norfolk, VA' }).click();
  await expect(page.getByTestId('stat-total')).toHaveText(usd(norfolk.total));
});
