// The views of issue 5 in a real browser: the multi-year plan and its ramp editor, funding sources
// and the gap call-outs, named scenarios (duplicate, rename, compare, persist, travel in a link),
// the cost of violence as context ("would need to prevent", never "will prevent"), and axe in each
// new state. Expected figures come from the rules through ./methodology, not from the app.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedPlan, expectedTaxpayerCost, expectedYears, usd } from './methodology';
import { chooseCity, chooseExport, expectNoAxeViolations, openPlanner, planner } from './planner';

// The default plan: Norfolk, VA, shooting-informed, no nonfatal count (docs/methodology.md §5, §9).
const NORFOLK = { population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' } as const;
const DEFAULT_TOTAL = expectedPlan(NORFOLK).total;
const MINUS = '\u2212';

function multiYear(page: Page) {
  const section = page.getByRole('region', { name: 'Multi-year plan' });
  const table = section.getByRole('table', { name: /^Multi-year plan by year/ });
  /** The data cells of the row headed `label` (exactly). */
  const row = (label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  return {
    section,
    table,
    row,
    startYear: section.getByRole('textbox', { name: 'Start year' }),
    years: section.getByRole('combobox', { name: 'Years' }),
    share: (fiscalYear: number) => section.getByRole('textbox', { name: `Share of full staffing in ${fiscalYear} (%)` }),
    cumulative: section.getByTestId('multi-year-cumulative'),
  };
}

/** Sets the plan's first fiscal year (a fixed year keeps the tests independent of today's date). */
async function startIn(page: Page, year: number): Promise<void> {
  const m = multiYear(page);
  await m.startYear.fill(String(year));
  await m.startYear.blur();
  await expect(m.section.getByText(/^Plan runs /)).toHaveText(`Plan runs ${year}–${year + 2}.`);
}

function funding(page: Page) {
  const section = page.getByRole('region', { name: 'What the city has today, and who pays' });
  return {
    section,
    name: section.getByRole('textbox', { name: 'Source name' }),
    kind: section.getByRole('combobox', { name: 'Kind' }),
    amount: section.getByRole('textbox', { name: 'Annual amount ($)' }),
    firstYear: section.getByRole('textbox', { name: 'First year' }),
    lastYear: section.getByRole('textbox', { name: 'Last year (blank = ongoing)' }),
    add: section.getByRole('button', { name: 'Add funding source' }),
    calloutTitle: section.getByText('Gaps that open when money ends'),
  };
}

/** Adds a source of $5,000,000 a year of one-time federal relief money that runs out after `lastYear`. */
async function addReliefMoney(page: Page, lastYear: number): Promise<void> {
  const f = funding(page);
  await f.name.fill('One-time relief money');
  await f.kind.selectOption({ label: 'Federal (e.g. BJA CVIPI awards)' });
  await f.amount.fill('5000000');
  await f.lastYear.fill(String(lastYear));
  await f.add.click();
  await expect(f.section.getByRole('status').filter({ hasText: 'Added One-time relief money' })).toHaveText(
    `Added One-time relief money: $5,000,000 a year, ${lastYear}.`,
  );
}

function scenarios(page: Page) {
  const bar = page.getByRole('region', { name: 'Scenarios', exact: true });
  const list = bar.getByRole('list', { name: 'Scenarios of this place' });
  return {
    bar,
    list,
    button: (name: string) => list.getByRole('button', { name, exact: true }),
    duplicate: bar.getByRole('button', { name: 'Duplicate scenario' }),
    rename: bar.getByRole('button', { name: 'Rename scenario' }),
    compare: bar.getByRole('button', { name: 'Compare scenarios' }),
    nameField: bar.getByRole('textbox', { name: 'Scenario name' }),
  };
}

/** The compare table's cells of the row headed `label`. */
function compareRow(page: Page, label: string): Locator {
  const table = page.getByRole('region', { name: 'Scenarios compared' }).getByRole('table', { name: /^Scenarios compared/ });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
}

/** Duplicates Plan A as "Smaller city" with a population of 150,000; returns both totals. */
async function makeSmallerCity(page: Page): Promise<{ planA: string; smaller: string }> {
  const p = planner(page);
  const s = scenarios(page);
  await expect(s.list.getByRole('button')).toHaveCount(1);
  await expect(s.button('Plan A')).toHaveAttribute('aria-current', 'true');

  await s.duplicate.click();
  await expect(s.list.getByRole('button')).toHaveCount(2);
  await expect(s.button('Plan A (2)')).toHaveAttribute('aria-current', 'true');
  await expect(s.button('Plan A')).not.toHaveAttribute('aria-current', 'true');

  await s.rename.click();
  await expect(s.nameField).toBeFocused();
  await expect(s.nameField).toHaveValue('Plan A (2)');
  await s.nameField.fill('Smaller city');
  await s.bar.getByRole('button', { name: 'Save' }).click();
  await expect(s.button('Smaller city')).toHaveAttribute('aria-current', 'true');

  const planA = usd(DEFAULT_TOTAL);
  const smaller = usd(expectedPlan({ ...NORFOLK, population: 150_000 }).total);
  expect(smaller).not.toBe(planA);
  await p.population.fill('150000');
  await expect(p.total).toHaveText(smaller);
  return { planA, smaller };
}

async function expectBothTotalsCompared(page: Page, planA: string, smaller: string): Promise<void> {
  const compareRegion = page.getByRole('region', { name: 'Scenarios compared' });
  await expect(compareRegion).toBeVisible();
  const header = compareRegion.getByRole('columnheader');
  await expect(header.nth(1)).toContainText('Plan A');
  await expect(header.nth(2)).toContainText('Smaller city');
  const totals = compareRow(page, 'Total annual budget');
  await expect(totals).toHaveCount(2);
  await expect(totals.nth(0)).toContainText(planA);
  await expect(totals.nth(1)).toContainText(smaller);
  // The difference is written out against the first scenario, with a real minus sign.
  await expect(totals.nth(1)).toContainText(`${MINUS}${usd(Number(planA.replace(/[$,]/g, '')) - Number(smaller.replace(/[$,]/g, '')))}`);
}

test.describe('multi-year plan', () => {
  test('years, a start year and a ramp share drive the per-year table and the cumulative total', async ({ page }) => {
    const p = await openPlanner(page);
    const m = multiYear(page);
    await startIn(page, 2030);

    // A longer horizon adds columns at full strength; back to three years.
    await m.years.selectOption('5');
    await expect(m.table.getByRole('columnheader')).toHaveText(['Year', '2030', '2031', '2032', '2033', '2034']);
    await expect(m.row('Share of full staffing')).toHaveText(['50%', '75%', '100%', '100%', '100%']);
    await expect(m.row('Total')).toHaveText(expectedYears(NORFOLK, 5).map((y) => usd(y.total)));
    await m.years.selectOption('3');
    await expect(m.table.getByRole('columnheader')).toHaveText(['Year', '2030', '2031', '2032']);

    const before = expectedYears(NORFOLK, 3);
    await expect(m.row('Total')).toHaveText(before.map((y) => usd(y.total)));
    await expect(m.cumulative).toContainText(`Cumulative total, 2030–2032: ${usd(before.reduce((s, y) => s + y.total, 0))}`);
    // The headline stays the plan at full strength.
    await expect(p.total).toHaveText(usd(DEFAULT_TOTAL));

    // 2031 at 90% instead of 75%.
    await expect(m.share(2031)).toHaveValue('75');
    await m.share(2031).fill('90');
    const after = expectedYears(NORFOLK, 3, [0.5, 0.9, 1]);
    expect(after[1]?.total).not.toBe(before[1]?.total);
    await expect(m.row('Share of full staffing')).toHaveText(['50%', '90%', '100%']);
    await expect(m.row('Mediators / violence interrupters')).toHaveText(after.map((y) => String(y.headcount.mediator)));
    await expect(m.row('CVI supervisors')).toHaveText(after.map((y) => String(y.headcount.supervisor)));
    await expect(m.row('Wraparound services')).toHaveText(after.map((y) => usd(y.wraparound)));
    await expect(m.row('Total')).toHaveText(after.map((y) => usd(y.total)));
    await expect(m.cumulative).toContainText(`Cumulative total, 2030–2032: ${usd(after.reduce((s, y) => s + y.total, 0))}`);
    await expect(p.total).toHaveText(usd(DEFAULT_TOTAL));
  });
});

test.describe('funding', () => {
  test('a source that ends inside the horizon is called out with the gap that opens', async ({ page }) => {
    await openPlanner(page);
    await startIn(page, 2030);
    const f = funding(page);
    await expect(f.calloutTitle).toBeHidden();

    await addReliefMoney(page, 2030);
    const [y2030, y2031] = expectedYears(NORFOLK, 3);
    if (!y2030 || !y2031) throw new Error('three years expected');
    const gap2030 = Math.max(0, y2030.total - 5_000_000);
    const gap2031 = y2031.total; // nothing funds 2031
    await expect(f.calloutTitle).toBeVisible();
    await expect(f.section.getByRole('listitem').filter({ hasText: 'ends after 2030' })).toHaveText(
      `One-time relief money ($5,000,000 a year) ends after 2030: in 2031 the unfunded gap is ${usd(gap2031)}, up from ${usd(gap2030)}.`,
    );
    const years = f.section.getByRole('table', { name: /^Funding by year/ });
    const gapRow = (year: string) => years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: year, exact: true }) });
    await expect(gapRow('2030')).toContainText(usd(gap2030));
    await expect(gapRow('2031')).toContainText(usd(gap2031));
  });
});

test.describe('scenarios', () => {
  test('duplicate, rename and change the copy; compare shows both totals; they survive a reload and travel in a link', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const p = await openPlanner(page);
    const { planA, smaller } = await makeSmallerCity(page);
    const s = scenarios(page);

    await s.compare.click();
    await expect(s.compare).toHaveAttribute('aria-pressed', 'true');
    await expectBothTotalsCompared(page, planA, smaller);

    // Switching back shows Plan A untouched.
    await s.button('Plan A').click();
    await expect(p.total).toHaveText(planA);
    await s.button('Smaller city').click();
    await expect(p.total).toHaveText(smaller);

    await page.reload();
    const q = planner(page);
    await expect(q.total).toHaveText(smaller);
    await expect(s.list.getByRole('button')).toHaveCount(2);
    await expect(s.button('Smaller city')).toHaveAttribute('aria-current', 'true');
    await expect(s.button('Plan A')).toBeVisible();
    await s.compare.click();
    await expectBothTotalsCompared(page, planA, smaller);

    await q.copyLink.click();
    const link = await q.linkBox.inputValue();
    expect(link).toMatch(/#plan=/);
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.getByRole('status').filter({ hasText: /^The plan from the link is open, saved in your plans as / })).toBeVisible();
      const os = scenarios(other);
      await expect(os.list.getByRole('button')).toHaveCount(2);
      await expect(os.button('Plan A')).toBeVisible();
      await expect(os.button('Smaller city')).toBeVisible();
      await expect(planner(other).total).toHaveText(smaller);
      await os.compare.click();
      await expectBothTotalsCompared(other, planA, smaller);
    } finally {
      await fresh.close();
    }
  });
});

test.describe('cost of violence', () => {
  test('Detroit, MI: nonfatal shootings only, the taxpayer cost and what the plan would need to prevent', async ({ page }) => {
    const p = await openPlanner(page);
    const section = page.getByRole('region', { name: 'Cost of violence and break-even' });
    // Norfolk has no shooting counts: nothing to weigh the budget against.
    await expect(section.getByTestId('cov-needs-counts')).toBeVisible();

    await chooseCity(page, 'detr', 'Detroit, MI');
    await expect(p.nonfatal).toHaveValue('606');
    await expect(page.getByRole('textbox', { name: 'Fatal shooting victims per year', exact: true })).toHaveValue('');
    const budget = expectedPlan({ population: 639_111, nonfatalShootings: 606, preset: 'shooting-informed' }).total;
    await expect(p.total).toHaveText(usd(budget));

    // 0 fatal (not given) × $270,399 + 606 × $52,585
    const cost = expectedTaxpayerCost(null, 606);
    expect(cost).toBe(31_866_510);
    await expect(section.getByTestId('cov-cost')).toHaveText('$31,866,510');
    // Break-even: budget ÷ cost, more than every counted shooting here.
    const share = budget / cost;
    expect(share).toBeGreaterThan(1);
    const percent = `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
    await expect(section.getByTestId('cov-share')).toHaveText(percent);
    await expect(section.getByTestId('cov-shootings')).toHaveText(`about ${Math.round(share * 606).toLocaleString('en-US')}`);
    await expect(section.getByTestId('cov-sentence')).toContainText('would need to prevent');
    await expect(section.getByTestId('cov-sentence')).toContainText('more than all of the place’s shootings');
    // A count that was not given is counted as 0 and said to understate the cost.
    await expect(section).toContainText('Fatal shooting victims were not given');

    await section.getByText('How this is worked out').click();
    await expect(section.getByRole('table', { name: /^Terms of “Annual taxpayer cost of shootings”/ })).toContainText('$52,585');
    // Context, never a prediction: nowhere on the page, hidden text included.
    const everything = (await page.locator('body').textContent()) ?? '';
    expect(everything).toContain('would need to prevent');
    expect(everything).not.toMatch(/will prevent/i);
  });
});

test.describe('axe in the new states', () => {
  test('axe: the Export menu open', async ({ page }) => {
    const p = await openPlanner(page);
    await p.exportButton.click();
    await expect(p.exportFormats).toBeVisible();
    await expectNoAxeViolations(page, 'with the Export menu open');
  });

  test('axe: the print layout', async ({ page }) => {
    await openPlanner(page);
    await chooseExport(page, 'Print or save as PDF');
    await expect(page.getByRole('heading', { level: 1, name: /^Community violence intervention ecosystem/ })).toBeVisible();
    await expectNoAxeViolations(page, 'in the print layout');
  });

  test('axe: the compare view open with two scenarios', async ({ page }) => {
    await openPlanner(page);
    const { planA, smaller } = await makeSmallerCity(page);
    await scenarios(page).compare.click();
    await expectBothTotalsCompared(page, planA, smaller);
    await expectNoAxeViolations(page, 'with the compare view open');
  });

  test('axe: a funding call-out shown', async ({ page }) => {
    await openPlanner(page);
    await startIn(page, 2030);
    await addReliefMoney(page, 2030);
    await expect(funding(page).calloutTitle).toBeVisible();
    await expectNoAxeViolations(page, 'with a funding call-out');
  });
});
