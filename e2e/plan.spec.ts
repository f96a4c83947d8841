// A newcomer's path: the default plan on first load, a city preset, the methodology switch,
// typing a population, and what happens while a field is invalid.
import { expect, test } from '@playwright/test';
import { ROLE_IDS } from '../src/model/roles';
import { expectedPlan, usd } from './methodology';
import { chooseCity, openPlanner, ROLE_LABELS } from './planner';

// Norfolk, VA has no nonfatal shooting count in the shipped presets (hospital responders fall
// back to P ÷ 40), and the default methodology is shooting-informed (docs/methodology.md §5).
const NORFOLK = { population: 238_005, nonfatalShootings: null };
const DETROIT = { population: 639_111, nonfatalShootings: 606 };

test.describe('first load', () => {
  test('shows a plan for the default city, Norfolk, VA', async ({ page }) => {
    const p = await openPlanner(page);
    await expect(page.getByRole('heading', { level: 2, name: /^Norfolk, VA: Shooting-informed plan$/ })).toBeVisible();
    await expect(p.population).toHaveValue(/^238,?005$/);
    await expect(p.total).toHaveText(/^\$\d{1,3}(,\d{3})+$/);
    await expect(p.total).toHaveText(usd(expectedPlan({ ...NORFOLK, preset: 'shooting-informed' }).total));
  });

  test('the staffing table lists every role', async ({ page }) => {
    const p = await openPlanner(page);
    for (const label of ROLE_LABELS) {
      // (Chromium names these row headers by their text; Playwright's own name computation does not
      // descend into the <details> inside them, so match on the text instead.)
      await expect(p.staffingTable.getByRole('rowheader').filter({ hasText: label })).toHaveCount(1);
    }
    // nine roles plus the header row and the total row
    await expect(p.staffingTable.getByRole('row')).toHaveCount(ROLE_LABELS.length + 2);
  });

  test('the staffing chart draws real bars, one per role, as long as its headcount', async ({ page }) => {
    const p = await openPlanner(page);
    const figure = p.staffingRegion.getByRole('figure');
    await expect(figure).toBeVisible();
    // recharts 3 draws each bar as an SVG shape (a <path class="recharts-rectangle">, or a <rect>)
    // inside .recharts-bar-rectangle; measure what the browser actually laid out.
    const bars = figure.locator('svg .recharts-bar-rectangle').locator('rect, path');
    await expect(bars).toHaveCount(ROLE_LABELS.length);
    const widths = await bars.evaluateAll((shapes) => shapes.map((s) => (s as SVGGraphicsElement).getBBox().width));
    for (const w of widths) expect(w).toBeGreaterThan(0);

    // Bar lengths are proportional to the headcounts of docs/methodology.md §3 (chart order = role order).
    const h = expectedPlan({ ...NORFOLK, preset: 'shooting-informed' }).headcount;
    const heads = ROLE_IDS.map((id) => h[id] ?? 0);
    const pxPerPerson = widths.map((w, i) => w / (heads[i] ?? 1));
    for (const ratio of pxPerPerson) expect(Math.abs(ratio / (pxPerPerson[0] ?? 1) - 1)).toBeLessThan(0.02);
  });
});

test.describe('choosing a preset and typing a population', () => {
  test('Norfolk with the CAPS methodology gives the calibrated total, and a new population changes it', async ({ page }) => {
    const p = await openPlanner(page);
    await chooseCity(page, 'norf', 'Norfolk, VA');
    await p.methodology.selectOption({ label: 'CAPS' });
    // docs/methodology.md §9: 62 × $78,000 + supervision & OVP $1,716,000, +25% and +15% of staffing,
    // + wraparound $10,710,225.
    const capsNorfolk = 62 * 78_000 + 1_716_000;
    expect(capsNorfolk * 1.4 + 10_710_225).toBe(19_883_025);
    await expect(p.total).toHaveText('$19,883,025');
    expect(expectedPlan({ ...NORFOLK, preset: 'caps' }).total).toBe(19_883_025);

    await p.population.fill('150000');
    const expected = expectedPlan({ population: 150_000, nonfatalShootings: null, preset: 'caps' }).total;
    expect(expected).not.toBe(19_883_025);
    await expect(p.total).toHaveText(usd(expected));
  });

  test('Detroit, MI with the shooting-informed preset gives the worked example of docs/methodology.md §9', async ({ page }) => {
    const p = await openPlanner(page);
    await chooseCity(page, 'detr', 'Detroit, MI');
    await expect(p.methodology).toHaveValue('shooting-informed');
    await expect(p.population).toHaveValue(/^639,?111$/);
    await expect(p.homicides).toHaveValue('203');
    await expect(p.nonfatal).toHaveValue('606');
    await expect(p.total).toHaveText('$54,849,695');
    expect(expectedPlan({ ...DETROIT, preset: 'shooting-informed' }).total).toBe(54_849_695);

    await p.population.fill('400000');
    await expect(p.total).toHaveText(usd(expectedPlan({ population: 400_000, nonfatalShootings: 606, preset: 'shooting-informed' }).total));
  });
});

test.describe('invalid input', () => {
  for (const bad of ['abc', '0']) {
    test(`"${bad}" in Population shows an inline error named for the field and keeps the last valid total`, async ({ page }) => {
      const p = await openPlanner(page);
      await p.population.fill('300000');
      const lastValid = usd(expectedPlan({ population: 300_000, nonfatalShootings: null, preset: 'shooting-informed' }).total);
      await expect(p.total).toHaveText(lastValid);

      await p.population.fill(bad);
      await expect(p.population).toHaveAttribute('aria-invalid', 'true');
      await expect(p.population).toHaveAccessibleDescription(/Population must be/);
      // the message is on screen, next to the field
      const describedBy = (await p.population.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(/\s+/).find((id) => id.endsWith('-error'));
      expect(errorId, 'aria-describedby points at an error message').toBeTruthy();
      await expect(page.locator(`[id="${errorId}"]`)).toBeVisible();
      await expect(page.locator(`[id="${errorId}"]`)).toContainText('Population');

      await expect(p.total).toHaveText(lastValid);
      await expect(page.getByRole('status').filter({ hasText: 'Showing the last valid plan' })).toContainText('Population');
    });
  }
});
