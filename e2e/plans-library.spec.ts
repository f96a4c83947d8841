// The plans library (issue 13): an arriving plan — a share link, "Open as plan" from the portfolio,
// a link pasted into an open tab — is added beside the plan that was open and never over it; a
// plan deleted comes back with Undo; every page has an address that Back, Forward and reload keep.
// Expected totals come from the written method (e2e/methodology.ts); the stored library is read
// straight from localStorage, so "unchanged" means unchanged where it is kept.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { encodePlanLink, makePlanDocument, planLinkUrl } from '../src/model/documents';
import { inputToDraft } from '../src/model/draft';
import { makeInput } from '../src/model/input';
import { computePlan } from '../src/model/plan/computePlan';
import { activeInput, LEGACY_KEY, LIBRARY_KEY, openPlansPage, planBar, planOf, storedLibrary, storedPlan, storedPlanNames, type StoredLibrary } from './library';
import { expectedPlan, usd } from './methodology';
import { downloadOf, expectNoAxeViolations, openPlanner, planner, tabTo } from './planner';

const RIVERTON = usd(expectedPlan({ population: 150_000, nonfatalShootings: null, preset: 'shooting-informed' }).total);
/** Plan B: what a colleague's link carries. */
const LAKESIDE = planOf({ placeName: 'Lakeside', state: 'OH', population: 90_000, homicides: 12, preset: 'caps' });

/** Plan A: the default plan edited (another place and population), so it is the person's own. */
async function makePlanA(page: Page): Promise<void> {
  const p = await openPlanner(page);
  await page.getByRole('textbox', { name: 'Place name' }).fill('Riverton');
  await p.population.fill('150000');
  await expect(p.total).toHaveText(RIVERTON);
  await expect(planBar(page).name).toHaveText('Riverton, VA');
}

test('given plan A saved, when a link to plan B is opened in another tab and edited, then both are in "Your plans" and A is unchanged', async ({ page, context, baseURL }) => {
  await makePlanA(page);
  const aBefore = await storedPlan(page, 'Riverton, VA');
  expect(activeInput(aBefore).population).toBe(150_000);

  const tab = await context.newPage();
  await tab.goto(planLinkUrl(LAKESIDE, `${baseURL}/`));
  const q = planner(tab);
  await expect(q.total).toHaveText(usd(expectedPlan({ population: 90_000, nonfatalShootings: null, preset: 'caps' }).total));
  await expect(planBar(tab).name).toHaveText('Lakeside, OH');
  const notice = tab.getByRole('status').filter({ hasText: 'The plan from the link is open, saved in your plans as “Lakeside, OH”.' });
  await expect(notice).toContainText('Your plan “Riverton, VA” is unchanged in your plans.');
  await expect(notice.getByRole('button', { name: 'Back to “Riverton, VA”' })).toBeVisible();
  // The address is the arriving plan's, not the link (a reload keeps the edits below).
  await expect(tab).toHaveURL(/\?plan=[\w-]+$/);

  await q.population.fill('95000');
  await expect(q.total).toHaveText(usd(expectedPlan({ population: 95_000, nonfatalShootings: null, preset: 'caps' }).total));

  const plans = await openPlansPage(tab);
  await expect(plans.rowHeaders).toHaveText([/^Riverton, VA/, /^Lakeside, OH/]);
  await expect(plans.row('Riverton, VA')).toContainText(RIVERTON);
  await expect(plans.row('Lakeside, OH')).toContainText(usd(expectedPlan({ population: 95_000, nonfatalShootings: null, preset: 'caps' }).total));
  expect(await storedPlan(tab, 'Riverton, VA')).toEqual(aBefore);
  expect(activeInput(await storedPlan(tab, 'Lakeside, OH')).population).toBe(95_000);
});

test('given plan A open in one tab and plan B arrived in another, when A is edited in its tab, then B stays in the library', async ({ page, context, baseURL }) => {
  const p = await openPlanner(page);
  await p.population.fill('150000');
  await expect(p.total).toHaveText(RIVERTON);
  const tab = await context.newPage();
  await tab.goto(planLinkUrl(LAKESIDE, `${baseURL}/`));
  await expect(planBar(tab).name).toHaveText('Lakeside, OH');

  await p.population.fill('160000');
  await expect(p.total).toHaveText(usd(expectedPlan({ population: 160_000, nonfatalShootings: null, preset: 'shooting-informed' }).total));
  expect(await storedPlanNames(page)).toEqual(['Norfolk, VA', 'Lakeside, OH']);
  expect(activeInput(await storedPlan(page, 'Norfolk, VA')).population).toBe(160_000);
  await expect(planBar(page).region).toContainText('one of your 2 plans');
  // And the other way: B edited in its tab keeps A's latest edit.
  await planner(tab).population.fill('95000');
  await expect(planner(tab).total).toHaveText(usd(expectedPlan({ population: 95_000, nonfatalShootings: null, preset: 'caps' }).total));
  expect(activeInput(await storedPlan(tab, 'Norfolk, VA')).population).toBe(160_000);
  expect(activeInput(await storedPlan(tab, 'Lakeside, OH')).population).toBe(95_000);
});

test('given plan A open, when "Open as plan" is used in the portfolio, then both plans are kept and "Back to" returns to A', async ({ page }) => {
  await makePlanA(page);
  const aBefore = await storedPlan(page, 'Riverton, VA');
  const aAddress = page.url();

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Portfolio' }).click();
  await expect(page).toHaveURL(/\?view=portfolio$/);
  await page.getByLabel('Add a city').fill('detr');
  await page.getByRole('checkbox', { name: /Detroit, MI/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  await expect(page.getByText(/^“Open as plan” adds that place to your plans/)).toContainText('the plan open there stays in your plans.');
  await page.getByRole('region', { name: 'Places in the portfolio' }).getByRole('button', { name: 'Open as plan: Detroit, MI' }).click();

  const p = planner(page);
  await expect(p.total).toHaveText(usd(expectedPlan({ population: 639_111, nonfatalShootings: 606, preset: 'shooting-informed' }).total));
  await expect(planBar(page).name).toHaveText('Detroit, MI');
  await expect(page).toHaveURL(/\?plan=[\w-]+$/);
  expect(page.url()).not.toBe(aAddress);
  const notice = page.getByRole('status').filter({ hasText: /^The plan from the portfolio \(Detroit, MI/ });
  await expect(notice).toContainText('is open, saved in your plans as “Detroit, MI”. Your plan “Riverton, VA” is unchanged in your plans.');
  expect(await storedPlanNames(page)).toEqual(['Riverton, VA', 'Detroit, MI']);
  expect(await storedPlan(page, 'Riverton, VA')).toEqual(aBefore);

  await notice.getByRole('button', { name: 'Back to “Riverton, VA”' }).click();
  await expect(planBar(page).name).toHaveText('Riverton, VA');
  await expect(p.total).toHaveText(RIVERTON);
  await expect(p.population).toHaveValue(/^150,?000$/);
  await expect(page).toHaveURL(aAddress);
  await expect(notice).toHaveCount(0);
  expect(await storedPlanNames(page)).toEqual(['Riverton, VA', 'Detroit, MI']);
});

test('given the planner open, when a link is pasted into its address bar (only the fragment changes), then the plan arrives beside the open one, once', async ({ page }) => {
  await makePlanA(page);
  const aBefore = await storedPlan(page, 'Riverton, VA');
  // A mark on this document: still there afterwards means the page was not reloaded.
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  await page.goto(`${page.url()}#${encodePlanLink(LAKESIDE)}`);
  const p = planner(page);
  await expect(p.total).toHaveText(usd(expectedPlan({ population: 90_000, nonfatalShootings: null, preset: 'caps' }).total));
  await expect(planBar(page).name).toHaveText('Lakeside, OH');
  await expect(page.getByRole('status').filter({ hasText: 'The plan from the link is open, saved in your plans as “Lakeside, OH”.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await expect(page).toHaveURL(/\?plan=[\w-]+$/);
  const lakesideAddress = page.url();
  expect(await storedPlanNames(page)).toEqual(['Riverton, VA', 'Lakeside, OH']);
  expect(await storedPlan(page, 'Riverton, VA')).toEqual(aBefore);

  // The same link again, from plan A: the plan already there opens; nothing is added.
  await page.getByRole('status').filter({ hasText: 'The plan from the link' }).getByRole('button', { name: 'Back to “Riverton, VA”' }).click();
  await expect(p.total).toHaveText(RIVERTON);
  await page.goto(`${page.url()}#${encodePlanLink(LAKESIDE)}`);
  await expect(page.getByRole('status').filter({ hasText: 'The plan from the link is already in your plans as “Lakeside, OH”, now open.' })).toBeVisible();
  await expect(planBar(page).name).toHaveText('Lakeside, OH');
  await expect(page).toHaveURL(lakesideAddress);
  expect(await storedPlanNames(page)).toEqual(['Riverton, VA', 'Lakeside, OH']);
});

test('given two plans, when one is deleted on "Your plans", then its row goes, and Undo brings it back with its content', async ({ page }) => {
  await makePlanA(page);
  await page.goto(`${page.url()}#${encodePlanLink(LAKESIDE)}`);
  await expect(planBar(page).name).toHaveText('Lakeside, OH');
  const aBefore = await storedPlan(page, 'Riverton, VA');

  const plans = await openPlansPage(page);
  await expect(plans.table).toHaveAccessibleName('2 plans saved in this browser');
  await plans.row('Riverton, VA').getByRole('button', { name: 'Delete “Riverton, VA”' }).click();
  await expect(plans.rowHeaders).toHaveText([/^Lakeside, OH/]);
  await expect(plans.table).toHaveAccessibleName(/^One plan saved in this browser/);
  // The last plan cannot be deleted: a library keeps at least one.
  await expect(plans.table.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  expect(await storedPlanNames(page)).toEqual(['Lakeside, OH']);

  const notice = page.getByRole('status').filter({ hasText: 'Deleted “Riverton, VA”.' });
  await notice.getByRole('button', { name: 'Undo: restore “Riverton, VA”' }).click();
  await expect(plans.rowHeaders).toHaveText([/^Riverton, VA/, /^Lakeside, OH/]);
  await expect(plans.row('Riverton, VA')).toContainText(RIVERTON);
  await expect(page.getByRole('status').filter({ hasText: 'Restored “Riverton, VA”.' })).toBeVisible();
  expect(await storedPlan(page, 'Riverton, VA')).toEqual(aBefore);

  await plans.row('Riverton, VA').getByRole('button', { name: 'Open “Riverton, VA”' }).click();
  await expect(planner(page).total).toHaveText(RIVERTON);
  await expect(page).toHaveURL(`/?plan=${aBefore.id}`);
});

test('given planner, "Your plans" and portfolio visited, then Back and Forward show each page at its address, and a reload stays there', async ({ page }) => {
  await makePlanA(page);
  const nav = page.getByRole('navigation', { name: 'Pages' });
  const a = await storedPlan(page, 'Riverton, VA');
  await expect(page).toHaveURL(`/?plan=${a.id}`);
  await planBar(page).newPlan.click();
  await expect(planBar(page).name).toHaveText('New plan');
  const b = await storedPlan(page, 'New plan');
  await expect(page).toHaveURL(`/?plan=${b.id}`);
  await nav.getByRole('button', { name: 'Your plans' }).click();
  await expect(page).toHaveURL('/?view=plans');
  await nav.getByRole('button', { name: 'Portfolio' }).click();
  await expect(page).toHaveURL('/?view=portfolio');

  const onPlanner = async (id: string, name: string) => {
    await expect(page).toHaveURL(`/?plan=${id}`);
    await expect(planBar(page).name).toHaveText(name);
    await expect(nav.getByRole('button', { name: 'Planner' })).toHaveAttribute('aria-current', 'page');
  };
  const onPlans = async () => {
    await expect(page).toHaveURL('/?view=plans');
    await expect(page.getByRole('heading', { level: 2, name: 'Your plans' })).toBeVisible();
  };
  const onPortfolio = async () => {
    await expect(page).toHaveURL('/?view=portfolio');
    await expect(page.getByRole('heading', { level: 2, name: 'Add places' })).toBeVisible();
  };
  const defaultTotal = usd(expectedPlan({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }).total);

  await onPortfolio();
  await page.reload();
  await onPortfolio();
  await page.goBack();
  await onPlans();
  await page.reload();
  await onPlans();
  await page.goBack();
  await onPlanner(b.id, 'New plan');
  await expect(planner(page).total).toHaveText(defaultTotal);
  await page.goBack();
  await onPlanner(a.id, 'Riverton, VA');
  await expect(planner(page).total).toHaveText(RIVERTON);
  await page.reload();
  await onPlanner(a.id, 'Riverton, VA');
  await expect(planner(page).total).toHaveText(RIVERTON);
  await page.goForward();
  await onPlanner(b.id, 'New plan');
  await page.reload();
  await onPlanner(b.id, 'New plan');
  await expect(planner(page).total).toHaveText(defaultTotal);
  await page.goForward();
  await onPlans();
  await page.goForward();
  await onPortfolio();

  // A plan's address opens that plan, whichever was open last.
  await page.goto(`/?plan=${a.id}`);
  await onPlanner(a.id, 'Riverton, VA');
  await expect(planner(page).total).toHaveText(RIVERTON);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('given a first visit with nothing saved yet, when the page is reloaded, then the same plan opens at the same address without a complaint', async ({ page }) => {
  await openPlanner(page);
  await expect(page).toHaveURL(/\?plan=[\w-]+$/);
  const address = page.url();
  // Saved at once, under the id the address names.
  expect((await storedLibrary(page))?.state.doc.activePlan).toBe(new URL(address).searchParams.get('plan'));
  await page.reload();
  await expect(planner(page).total).toBeVisible();
  await expect(page).toHaveURL(address);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// Links made by the previous version, pinned as text in tests/state/pinnedLinks.test.ts (copied
// here as they are: a pinned link never changes). The plans they hold are written out again below.
const PLAN_V2_LINK =
  'plan=N4IgZg9gTgtghgFxALhAYwG4EsC0BTNCAZwE8iE8YcAHAGzgDsQAaEDPKIrCJ5AJlZw0CLOwDKaPAzhRuKAAysik6bOIoA2qGkw8KEAAV6DAAQBBFiCwNqAVyTJQdIXgBycXfoBaAH9loACxNAZAITQBTgS3JEPVQvAAlLAIgYLDQsABM8IhQAZlYwRDhaMSSIEQYAc2zkBltaWlYGHgKEIpKIMusqhVZaCDQiuKwKgIAlLCIAawBhCFsGB1r6pQ5sSVG8IQCDYRQARnlFECSiaixW2g2tnYccgFZWXQQk9P1qCDt6ER5LaigsvAOdBwajZVjvT6Ibi8AAsfD2AA4AOwIgC+giIRFsMGo3wY1VAYFklTwo2iCgAdHw0Y86iIAJqbKAoUBRKAIRkyFBLBogEhM6p5EBQDzUTTyCkPCVIh57AC66PA83SXU0ctYaFsUH+CzErTAYFVjlRqIVQA';
const PLAN_V1_LINK =
  'plan=N4IgZg9gTgtghgFxALhAYwG4EsC0BTNCAZwE8iE8YcAHAGzgDsQAaEDPKIrCJ5ARlZYG1AK5JkoOnDR4AcnBh4UIWdEi0A1ixDlES1ADUAgtuoRR9BN14AmAMwAOAAxOArKwAWEGFjRYAJnhEKAAsNqxgiHC0AMpeEFYMAObByAwitLSsDDyRCNFxEAlCKSjpmaxEHNgyAEp40h4ACmjifC6exNRY+bT1jS3irk6sighe-spmFojW2rQQaNEAElhJHrVYRBoAwhAiDOLlWSDUUEF44uhw1MEAvqxwREQiMNRWPKmgYFAleLV6FBOAB0NgcdzuQA';
const ZURICH = makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, nonfatalShootings: 0, hospitalReachPct: 35, preset: 'caps' });
const NORFOLK_V1 = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42, serviceReachPct: 100, hospitalReachPct: 50, method: 'population', preset: 'caps' });

test('given links made by the previous version (plan format 2 and 1), when opened, then each plan arrives with its place and total', async ({ page }) => {
  await page.goto(`/#${PLAN_V2_LINK}`);
  const p = planner(page);
  await expect(p.total).toHaveText(usd(computePlan(ZURICH, { fringeRate: 0.28 }).budget.total));
  await expect(page.getByRole('textbox', { name: 'Place name' })).toHaveValue('Zürich – Δ');
  await expect(page.getByRole('textbox', { name: 'State' })).toHaveValue('ZH');
  await expect(p.methodology).toHaveValue('caps');
  await expect(planBar(page).name).toHaveText('Zürich – Δ, ZH');
  await expect(page.getByRole('status').filter({ hasText: 'The plan from the link is open, saved in your plans as “Zürich – Δ, ZH”.' })).toBeVisible();

  // The version-1 link pasted into this open tab.
  await page.goto(`${page.url()}#${PLAN_V1_LINK}`);
  await expect(p.total).toHaveText(usd(computePlan(NORFOLK_V1, { fringeRate: 0.28 }).budget.total));
  await expect(page.getByRole('textbox', { name: 'Place name' })).toHaveValue('Norfolk');
  await expect(p.population).toHaveValue(/^238,?005$/);
  await expect(p.methodology).toHaveValue('caps');
  await expect(planBar(page).name).toHaveText('Norfolk, VA');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await storedPlanNames(page)).toEqual(['Zürich – Δ, ZH', 'Norfolk, VA']);
});

test('given a browser that refuses to save the plans, when a field is edited, then the page says so and offers the plans as a file', async ({ page }, testInfo) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, LIBRARY_KEY);
  const p = await openPlanner(page);
  // Said at once, before any work is done (the planner saves on load).
  await expect(page.getByRole('alert').filter({ hasText: 'This browser refused to save your plans' })).toBeVisible();

  await p.population.fill('150000');
  await expect(p.total).toHaveText(RIVERTON);
  const alert = page.getByRole('alert').filter({ hasText: 'This browser refused to save your plans' });
  await expect(alert).toContainText('download them as a file to keep them');
  // The bar above the planner no longer says "saved in this browser".
  await expect(page.getByRole('region', { name: 'Open plan' })).toContainText('not saved: this browser refused to save your plans');
  await expect(page.getByRole('region', { name: 'Open plan' })).not.toContainText('saved in this browser');
  const path = testInfo.outputPath('refused-save.json');
  await downloadOf(page, () => alert.getByRole('button', { name: 'Download as a file' }).click(), path);
  const file = JSON.parse(await readFile(path, 'utf8')) as StoredLibrary['state']['doc'];
  expect(file.format).toBe('cvi-ecosystem-library');
  expect(file.plans).toHaveLength(1);
  expect(file.plans.map((entry) => activeInput(entry).population)).toEqual([150_000]);
  expect(await storedLibrary(page)).toBeNull();
});

test('given the previous version\'s single saved plan, when the app loads, then it is the first plan of the library with its figures', async ({ page }) => {
  const oldtown = makeInput({ placeName: 'Oldtown', state: 'KS', population: 120_000, homicides: 9, preset: 'caps' });
  const saved = { state: { doc: makePlanDocument(oldtown, { fringeRate: 0.35 }), draft: inputToDraft(oldtown) }, version: 2 };
  await page.addInitScript(
    ([key, text]) => {
      // Once: the test's own reloads must read what the app saved, not this again.
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [LEGACY_KEY, JSON.stringify(saved)] as const,
  );
  const expected = usd(computePlan(oldtown, { fringeRate: 0.35 }).budget.total);
  const p = await openPlanner(page);
  await expect(p.total).toHaveText(expected);
  await expect(planBar(page).name).toHaveText('Oldtown, KS');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A reload before any edit still finds the same plan at its address.
  await page.reload();
  await expect(p.total).toHaveText(expected);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const plans = await openPlansPage(page);
  await expect(plans.rowHeaders).toHaveText([/^Oldtown, KS/]);
  await expect(plans.row('Oldtown, KS')).toContainText(expected);
  await expect(plans.row('Oldtown, KS')).toContainText('Oldtown, KS');
  await expect(plans.row('Oldtown, KS').getByRole('rowheader')).toContainText('Oldtown, KS (open in the planner) CAPS preset; last changed');

  // The first save moves it: the library holds it, the old key is gone.
  await plans.row('Oldtown, KS').getByRole('button', { name: 'Open “Oldtown, KS”' }).click();
  await p.population.fill('121000');
  await expect(p.total).toHaveText(usd(computePlan({ ...oldtown, population: 121_000 }, { fringeRate: 0.35 }).budget.total));
  expect(activeInput(await storedPlan(page, 'Oldtown, KS')).population).toBe(121_000);
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBeNull();
});

test('given several plans, then "Your plans" passes axe, with and without the rename form, and a plan is renamed by keyboard alone', async ({ page }) => {
  await makePlanA(page);
  await page.goto(`${page.url()}#${encodePlanLink(LAKESIDE)}`);
  await expect(planBar(page).name).toHaveText('Lakeside, OH');
  await planBar(page).newPlan.click();
  await expect(planBar(page).name).toHaveText('New plan');
  const plans = await openPlansPage(page);
  await expect(plans.rowHeaders).toHaveText([/^Riverton, VA/, /^Lakeside, OH/, /^New plan \(open in the planner\) Norfolk, VA, Shooting-informed preset; last changed /]);
  await expectNoAxeViolations(page, 'on "Your plans" with three plans');

  const rename = plans.row('Lakeside, OH').getByRole('button', { name: 'Rename “Lakeside, OH”' });
  await tabTo(page, rename, 60);
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'New name for “Lakeside, OH”' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Lakeside, OH');
  await expectNoAxeViolations(page, 'with the rename form open');

  // A name another plan has is refused, and the field keeps focus to correct it.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Riverton, VA');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAccessibleDescription(/Another plan is already named “Riverton, VA”\./);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page, 'with the rename form showing an error');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lakeside 2027 budget');
  await page.keyboard.press('Enter');
  await expect(plans.rowHeaders).toHaveText([/^Riverton, VA/, /^Lakeside 2027 budget Lakeside, OH, CAPS preset; last changed /, /^New plan/]);
  await expect(page.getByRole('button', { name: 'Open “Lakeside 2027 budget”' })).toBeFocused();
  expect(await storedPlanNames(page)).toEqual(['Riverton, VA', 'Lakeside 2027 budget', 'New plan']);

  // Escape leaves the name as it was and gives focus back to the row.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Rename “Lakeside 2027 budget”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' draft');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Open “Lakeside 2027 budget”' })).toBeFocused();
  await expect(plans.rowHeaders).toHaveText([/^Riverton, VA/, /^Lakeside 2027 budget Lakeside, OH, CAPS preset; last changed /, /^New plan/]);

  // Enter on "Open" opens the renamed plan in the planner, under its new name.
  await page.keyboard.press('Enter');
  await expect(planBar(page).name).toHaveText('Lakeside 2027 budget');
  await expect(planner(page).population).toHaveValue(/^90,?000$/);
});
