// Issue 12, observations 1, 2 and 5 (the page): what a council member reads in the headline. The
// CAPS line compares like with like (the CAPS method at the plan's own reach), the total says it is
// the full-strength figure with year 1 of the ramp-up and the multi-year total beside it, and every
// count of people on the page is whole. Expected figures come from docs/methodology.md through
// ./methodology (an independent reading), never from the page itself.
import { expect, test, type Page } from '@playwright/test';
import { expectedPlan, expectedYears, usd } from './methodology';
import { expectNoAxeViolations, openPlanner } from './planner';

// The default plan: Norfolk, VA, shooting-informed, no nonfatal count (docs/methodology.md §5, §9).
const NORFOLK = { population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' } as const;

function headline(page: Page) {
  const region = page.getByRole('region', { name: /^Norfolk, VA: / });
  return {
    region,
    capsLine: region.getByTestId('caps-compare'),
    totalLabel: region.getByRole('term').filter({ hasText: /^Total annual budget/ }),
    yearOne: region.getByTestId('headline-year-one'),
    multiYearTotal: region.getByTestId('headline-multi-year'),
    participants: region.getByTestId('stat-participants'),
  };
}

async function setReach(page: Page, pct: number): Promise<void> {
  const reach = page.getByRole('textbox', { name: 'Service reach (%)' });
  await reach.fill(String(pct));
  await reach.blur();
}

function multiYear(page: Page) {
  const section = page.getByRole('region', { name: 'Multi-year plan' });
  const table = section.getByRole('table', { name: /^Multi-year plan by year/ });
  return {
    section,
    startYear: section.getByRole('textbox', { name: 'Start year' }),
    years: section.getByRole('combobox', { name: 'Years' }),
    totals: table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) }).getByRole('cell'),
    cumulative: section.getByTestId('multi-year-cumulative').locator('strong'),
  };
}

test.describe('the CAPS line compares like with like', () => {
  test('given Norfolk at 60% reach, then the CAPS line is the CAPS method at the same reach (60%), spelled out, with its total and staff at 60%', async ({ page }) => {
    await openPlanner(page);
    await setReach(page, 60);

    // docs/methodology.md §5: the comparison is preset caps, method population, at the plan's own reach.
    const caps = expectedPlan({ ...NORFOLK, preset: 'caps', serviceReachPct: 60 });
    const plan = expectedPlan({ ...NORFOLK, serviceReachPct: 60 });
    const capsStaff = Object.values(caps.headcount).reduce((a, b) => a + b, 0);
    expect(caps.total).toBe(12_395_735);
    expect(plan.total - caps.total).toBe(409_500);

    const h = headline(page);
    await expect(h.capsLine).toHaveText(
      `Coalition to Advance Public Safety (CAPS) method at the same reach (60%): ${usd(caps.total)} (${capsStaff} staff). This plan is ${usd(plan.total - caps.total)} more.`,
    );
    // Not the CAPS plan serving everyone ($19,883,025 at 100% reach).
    await expect(h.capsLine).not.toContainText(usd(expectedPlan({ ...NORFOLK, preset: 'caps' }).total));
  });

  test('given the CAPS methodology at 60% reach, then the plan equals the CAPS method at the same reach', async ({ page }) => {
    const p = await openPlanner(page);
    await p.methodology.selectOption({ label: 'CAPS' });
    await setReach(page, 60);
    const caps = expectedPlan({ ...NORFOLK, preset: 'caps', serviceReachPct: 60 });
    await expect(p.total).toHaveText(usd(caps.total));
    await expect(headline(page).capsLine).toHaveText(new RegExp(`^This plan equals the Coalition to Advance Public Safety \\(CAPS\\) method at the same reach \\(60%\\): \\${usd(caps.total)}`));
  });
});

test.describe('the headline says which total it is', () => {
  test('given the default three-year ramp from 2030, then the total is "at full strength" and year 1 and the 3-year total beside it match the Multi-year section', async ({ page }) => {
    const p = await openPlanner(page);
    const m = multiYear(page);
    await m.startYear.fill('2030');
    await m.startYear.blur();
    await expect(m.section.getByText(/^Plan runs /)).toHaveText('Plan runs 2030–2032.');

    const h = headline(page);
    await expect(h.totalLabel).toHaveText('Total annual budget at full strength');
    await expect(p.total).toHaveText(usd(expectedPlan(NORFOLK).total));

    // docs/methodology.md §6, worked independently: year 1 at 50% of full staffing, then 75%, 100%.
    const years = expectedYears(NORFOLK, 3);
    const yearOne = usd(years[0]?.total ?? NaN);
    const threeYears = usd(years.reduce((sum, y) => sum + y.total, 0));
    await expect(h.yearOne).toHaveText(`Year 1 (2030, 50% of full staffing): ${yearOne}`);
    await expect(h.multiYearTotal).toHaveText(`3-year total (2030–2032): ${threeYears}`);

    // The same figures as the Multi-year section on the same page.
    await expect(m.totals.first()).toHaveText(yearOne);
    await expect(m.cumulative).toHaveText(threeYears);
    await expectNoAxeViolations(page, 'with year 1 and the multi-year total in the headline');
  });

  test('given a one-year plan from 2030, then the headline says "at full strength" and gives year 1 (the figure the brief and worksheet ask for), with no multi-year total', async ({ page }) => {
    await openPlanner(page);
    const m = multiYear(page);
    await m.startYear.fill('2030');
    await m.startYear.blur();
    await m.years.selectOption('1');
    const h = headline(page);
    await expect(h.totalLabel).toHaveText('Total annual budget at full strength');
    // docs/methodology.md §6: a one-year plan's only year is still the first of the ramp, at 50%.
    const yearOne = usd(expectedYears(NORFOLK, 1)[0]?.total ?? NaN);
    await expect(h.yearOne).toHaveText(`Year 1 (2030, 50% of full staffing): ${yearOne}`);
    await expect(m.totals.first()).toHaveText(yearOne);
    await expect(h.multiYearTotal).toHaveCount(0);
  });
});

test.describe('people are whole on the page', () => {
  test('given Norfolk, then the page shows 238 participants (0.1% of 238,005 residents), never 238.005; the working keeps the exact value', async ({ page }) => {
    const p = await openPlanner(page);
    const h = headline(page);
    await expect(h.participants).toHaveText('238');
    // Every role's driver in the staffing table is a whole count of people.
    const drivers = p.staffingTable.locator('tbody tr td:first-of-type');
    await expect(drivers.first()).toHaveText('Participants (238)');
    for (const text of await drivers.allInnerTexts()) expect(text).toMatch(/\(\d{1,3}(,\d{3})*\)$/);
    // What the page shows (the year-by-year working, folded away under "How … is worked out", keeps it exact).
    expect(await page.locator('#results').innerText()).not.toContain('238.005');

    // "Why this number?" is the working: there the exact value stays.
    await page.getByRole('button', { name: 'Why this number? Participants' }).click();
    const dialog = page.getByRole('dialog', { name: /^Why this number\? Participants/ });
    await expect(dialog).toContainText('238.005');
  });

  test('given 60% reach and 87 nonfatal shootings, then participants and hospital clients read 143, 44 and 186, never 142.803, 43.5 or 186.303', async ({ page }) => {
    const p = await openPlanner(page);
    await setReach(page, 60);
    await p.nonfatal.fill('87');
    await p.nonfatal.blur();
    // §2: P = 0.6 × 238.005 = 142.803 → 143; C = 50% × 87 = 43.5 → 44 (half up); P + C = 186.303 → 186.
    await expect(p.total).toHaveText(usd(expectedPlan({ ...NORFOLK, nonfatalShootings: 87, serviceReachPct: 60 }).total));
    await expect(headline(page).participants).toHaveText('143');
    const driver = (role: string) => p.staffingTable.locator('tbody tr').filter({ has: page.locator('th summary', { hasText: role }) }).locator('td').first();
    await expect(driver('Street outreach workers')).toHaveText('Participants (143)');
    await expect(driver('Hospital responders')).toHaveText('Hospital clients a year (44)');
    await expect(driver('Trauma counselors')).toHaveText('Participants + hospital clients (186)');
    const results = await page.locator('#results').innerText();
    for (const fraction of ['142.803', '142.8', '43.5', '186.303']) expect(results).not.toContain(fraction);
  });
});
