// Issue 12, observations 3 and 8, as a person meets them: every input says what it drives (a count
// that changes nothing says so, with one button to the method that uses it), number fields read
// "$65,000", "60%" and "1,200" as meant, a reach typed as a fraction is offered as a percentage
// but never changed silently, and the city preset's note follows the value once it is edited.
// Expected totals come from the written method (e2e/methodology.ts), never from src/model.
import { expect, test, type Page } from '@playwright/test';
import { expectedPlan, usd } from './methodology';
import { expectNoAxeViolations, openAssumptionGroup, openPlanner, planner } from './planner';

// The default plan: Norfolk, VA under the shooting-informed preset and the population method.
// The preset data have 42 homicides (2023) and no shooting counts (docs/methodology.md §9).
const NORFOLK = { population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' } as const;

const reach = (page: Page) => page.getByRole('textbox', { name: 'Service reach (%)' });
const methodSelect = (page: Page) => page.getByRole('combobox', { name: 'High-risk estimate' });

test('homicides under the population method: the field says it changes nothing, and one click switches to the method that uses it', async ({ page }) => {
  const p = await openPlanner(page);
  const before = usd(expectedPlan(NORFOLK).total);
  await expect(p.total).toHaveText(before);

  // Typing a homicide count changes nothing under the population method, and the field says so.
  await p.homicides.fill('120');
  await expect(p.total).toHaveText(before);
  const notice = page.getByText('Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Violence-adjusted” estimate uses it.');
  await expect(notice).toBeVisible();
  await expect(p.homicides).toHaveAccessibleDescription(/Changes nothing with the “Population \(CAPS, 0\.1%\)” high-risk estimate/);
  await expectNoAxeViolations(page, 'with the notice on the homicides field');

  // (The fatal shooting field has its own notice and button: this is the homicides field's.)
  await page.locator('.field').filter({ has: p.homicides }).getByRole('button', { name: 'Switch to Violence-adjusted' }).click();
  await expect(methodSelect(page)).toHaveValue('violence-adjusted');
  await expect(methodSelect(page)).toBeFocused();
  await expect(notice).toBeHidden();
  // 120 homicides in 238,005 residents: 50.4 per 100,000, a factor of 2.52 on the CAPS share,
  // so the plan grows.
  await expect(p.total).not.toHaveText(before);
  const switched = Number((await p.total.innerText()).replace(/[$,]/g, ''));
  expect(switched).toBeGreaterThan(expectedPlan(NORFOLK).total);

  // Now the count drives the plan: another count, another total.
  await p.homicides.fill('60');
  await expect(p.total).not.toHaveText(usd(switched));
});

test('"What this feeds" on an input opens its working: the figures it feeds, each one followable', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'What this feeds (Service reach (%))' }).click();
  const dialog = page.getByRole('dialog', { name: 'What this input feeds: Service reach (%)' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Feeds: Participants.');
  await dialog.getByRole('button', { name: 'How is this worked out?' }).click();
  await expect(page.getByRole('dialog', { name: 'Why this number? Participants' })).toBeVisible();
});

test('"$65,000" in a salary field is accepted, and the total grows by the hand-worked amount', async ({ page }) => {
  const p = await openPlanner(page);
  const before = expectedPlan(NORFOLK);
  await expect(p.total).toHaveText(usd(before.total));
  const group = await openAssumptionGroup(page, 'Salaries and benefits');
  const salary = group.getByRole('textbox', { name: 'Street outreach workers: salary (year 1, before benefits)' });
  await salary.fill('$65,000');
  await expect(salary).not.toHaveAttribute('aria-invalid', 'true');
  // docs/methodology.md §3–4: 16 street outreach workers (238.005 ÷ 15 = 15.9, half up) × $5,000 more
  // × (1 + 30% fringe) = $104,000 more staffing; training (25%) and evaluation (15%) follow staffing:
  // $104,000 × 1.4 = $145,600 more in all. Supervisors follow headcount, not pay; wraparound is unchanged.
  expect(before.headcount['street-outreach']).toBe(16);
  const more = 16 * 5_000 * 1.3 * (1 + 0.25 + 0.15);
  expect(more).toBe(145_600);
  await expect(p.total).toHaveText(usd(before.total + more));
});

test('"0.35" in the fringe rate stays 0.35% and offers 35%; one click gives 35%', async ({ page }) => {
  const p = await openPlanner(page);
  const group = await openAssumptionGroup(page, 'Salaries and benefits');
  const fringe = group.getByRole('textbox', { name: 'Fringe benefits (share of salary)' });
  await fringe.fill('0.35');
  const offer = group.getByText('Did you mean 35%? It is now 0.35%.');
  await expect(offer).toBeVisible();
  await expect(p.total).toHaveText(usd(expectedPlan({ ...NORFOLK, fringe: 0.0035 }).total));
  await expectNoAxeViolations(page, 'with an assumption’s "Did you mean 35%?" offer');
  await group.getByRole('button', { name: 'Use 35%' }).click();
  await expect(fringe).toHaveValue('35');
  // Each budget line in whole dollars, then summed (docs/methodology.md §4: one rounding per line).
  const e = expectedPlan({ ...NORFOLK, fringe: 0.35 });
  const byLine = [e.frontline, e.supervisionOvp, e.trainingTa, e.dataEvaluation, e.wraparound].reduce((sum, line) => sum + Math.round(line), 0);
  await expect(p.total).toHaveText(usd(byLine));
  await expect(offer).toBeHidden();
});

test('"60%" in the service reach is the same plan as typing 60', async ({ page }) => {
  const p = await openPlanner(page);
  const at60 = usd(expectedPlan({ ...NORFOLK, serviceReachPct: 60 }).total);
  await reach(page).fill('60%');
  await expect(reach(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(p.total).toHaveText(at60);
  await reach(page).fill('60');
  await expect(p.total).toHaveText(at60);
});

test('"1,200" in a count is one thousand two hundred', async ({ page }) => {
  const p = await openPlanner(page);
  await p.nonfatal.fill('1,200');
  await expect(p.nonfatal).not.toHaveAttribute('aria-invalid', 'true');
  // 1,200 nonfatal shooting victims × 50% hospital reach = 600 hospital clients (§2), which size
  // hospital responders (600 ÷ 40) and trauma counselors ((P + C) ÷ 50) under shooting-informed.
  await expect(p.total).toHaveText(usd(expectedPlan({ ...NORFOLK, nonfatalShootings: 1_200 }).total));
});

test('"0.6" in the service reach: "Did you mean 60%?" is offered, the plan stays at 0.6% until the button is clicked, then it is at 60%', async ({ page }) => {
  const p = await openPlanner(page);
  const atFraction = usd(expectedPlan({ ...NORFOLK, serviceReachPct: 0.6 }).total);
  const at60 = usd(expectedPlan({ ...NORFOLK, serviceReachPct: 60 }).total);
  expect(atFraction).not.toBe(at60);

  await reach(page).fill('0.6');
  await expect(page.getByText('Did you mean 60%?')).toBeVisible();
  await expect(reach(page)).toHaveValue('0.6');
  await expect(p.total).toHaveText(atFraction);
  await expectNoAxeViolations(page, 'with the "Did you mean 60%?" offer');

  await page.getByRole('button', { name: 'Use 60%' }).click();
  await expect(reach(page)).toHaveValue('60');
  await expect(p.total).toHaveText(at60);
  await expect(page.getByText('Did you mean 60%?')).toBeHidden();
});

test('the preset note follows the value: once edited it says so and keeps the preset’s value for reference', async ({ page }) => {
  const p = await openPlanner(page);
  const fatal = page.getByRole('textbox', { name: 'Fatal shooting victims per year', exact: true });
  await expect(page.getByText('Source: no fatal shooting victims per year count in the Norfolk preset data.')).toBeVisible();

  await fatal.fill('30');
  await expect(page.getByText('You changed this; the Norfolk preset has no count.')).toBeVisible();
  await expect(page.getByText('Source: no fatal shooting victims per year count in the Norfolk preset data.')).toBeHidden();

  await p.homicides.fill('50');
  await expect(page.getByText('You changed this; the Norfolk preset gives 42 (2023).')).toBeVisible();
  // Back to the preset's value: the note is the preset's source again.
  await p.homicides.fill('42');
  await expect(page.getByText('You changed this; the Norfolk preset gives 42 (2023).')).toBeHidden();
  await expect(planner(page).homicides).toHaveAccessibleDescription(/2023\./);
});
