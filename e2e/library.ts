// Helpers for the plans library's browser tests: the library as stored, the "Your plans" page, and
// plan documents made with the model (links are built the way the app builds them).
import { expect, type Locator, type Page } from '@playwright/test';
// Not '../src/model': its index pulls in the city data JSON, which Playwright's ESM loader refuses.
import { makePlanDocument, type PlanDocument } from '../src/model/documents';
import { makeInput } from '../src/model/input';
import type { PlanInput } from '../src/model/inputFields';
import { escapeRegExp } from './planner';

export const LIBRARY_KEY = 'cvi-planner:library';
export const LEGACY_KEY = 'cvi-planner:plan';

/** What zustand's persist keeps under the library key. */
export interface StoredLibrary {
  state: { doc: { format: string; version: number; activePlan: string; plans: StoredPlan[] }; draft: Record<string, string> };
  version: number;
}

export interface StoredPlan {
  id: string;
  name: string;
  autoName: boolean;
  createdAt: string;
  updatedAt: string;
  plan: PlanDocument;
}

/** The library as the browser keeps it (null when nothing is saved). */
export async function storedLibrary(page: Page): Promise<StoredLibrary | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY);
  return raw === null ? null : (JSON.parse(raw) as StoredLibrary);
}

/** One stored plan by name; fails the test when it is not there. */
export async function storedPlan(page: Page, name: string): Promise<StoredPlan> {
  const library = await storedLibrary(page);
  const entry = library?.state.doc.plans.find((p) => p.name === name);
  expect(entry, `stored plan “${name}” among ${JSON.stringify(library?.state.doc.plans.map((p) => p.name))}`).toBeDefined();
  return entry as StoredPlan;
}

export async function storedPlanNames(page: Page): Promise<string[]> {
  return (await storedLibrary(page))?.state.doc.plans.map((p) => p.name) ?? [];
}

/** The input of a stored plan's active scenario. */
export function activeInput(entry: StoredPlan): PlanInput {
  const scenario = entry.plan.scenarios[entry.plan.activeScenario];
  if (!scenario) throw new Error(`plan ${entry.name} has no active scenario`);
  return scenario.input;
}

/** A one-scenario plan of a made-up place, different from the default plan. */
export function planOf(fields: Partial<PlanInput> & Pick<PlanInput, 'population'>, assumptions = {}): PlanDocument {
  return makePlanDocument(makeInput(fields), assumptions);
}

export function plansPage(page: Page) {
  const table = page.getByRole('table', { name: /saved in this browser/ });
  return {
    heading: page.getByRole('heading', { level: 2, name: 'Your plans' }),
    table,
    /** The row whose header cell starts with the plan's name. */
    row: (name: string): Locator => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}`) }) }),
    rowHeaders: table.getByRole('rowheader'),
  };
}

/** The "Plan:" bar above the planner. */
export function planBar(page: Page) {
  const region = page.getByRole('region', { name: 'Open plan' });
  return { region, name: region.locator('strong'), yourPlans: region.getByRole('button', { name: 'Your plans' }), newPlan: region.getByRole('button', { name: 'New plan' }) };
}

/** Goes to "Your plans" with the pages' nav and waits for the list. */
export async function openPlansPage(page: Page): Promise<ReturnType<typeof plansPage>> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Your plans' }).click();
  const plans = plansPage(page);
  await expect(plans.heading).toBeVisible();
  return plans;
}

/** The plan id in the address (`?plan=ID`). */
export function planIdOf(url: string): string | null {
  return new URL(url).searchParams.get('plan');
}
