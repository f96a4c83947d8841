// The saved form of a plan: what a person entered (inputs, assumption overrides, multi-year
// settings, funding, current staffing — for up to four named scenarios), never computed numbers.
// Plan files, share links and browser storage all read and write this one format through one
// migration chain, so a plan saved by any version opens in every later one.
import { z } from 'zod';
import type { AssumptionOverrides } from './assumptions';
import { validateInput, type Issue } from './input';
import type { PlanInput } from './inputFields';
import { validateOverrides } from './overrides';
import { DEFAULT_MULTI_YEAR, multiYearSchema, type MultiYearSettings } from './multiYear';
import { currentStaffingSchema, fundingSchema, type CurrentStaffing, type FundingSource } from './funding';

export const PLAN_FORMAT = 'cvi-ecosystem-plan';
export const PLAN_VERSION = 2;
/** Plan files larger than this are refused before parsing. */
export const MAX_PLAN_BYTES = 1_000_000;
export const MAX_SCENARIOS = 4;
export const SCENARIO_NAME_MAX = 60;

export interface Scenario {
  readonly name: string;
  readonly input: PlanInput;
  readonly assumptions: AssumptionOverrides;
  readonly multiYear: MultiYearSettings;
  readonly funding: readonly FundingSource[];
  readonly currentStaffing: CurrentStaffing;
}

export interface PlanDocument {
  readonly format: typeof PLAN_FORMAT;
  readonly version: typeof PLAN_VERSION;
  /** Index of the scenario being worked on. */
  readonly activeScenario: number;
  /** One to four named scenarios of the same place. */
  readonly scenarios: readonly Scenario[];
}

/**
 * One step of the chain: turns a document of version `from` into version `from + 1`. Each step
 * has a test in tests/state/migrations.test.ts; a test there fails when a step lacks one.
 */
export interface Migration {
  readonly from: number;
  readonly name: string;
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'one plan becomes the first of up to four named scenarios, with multi-year settings, funding and current staffing',
    migrate: (doc) => ({
      format: doc.format,
      activeScenario: 0,
      scenarios: [
        {
          name: 'Plan A',
          input: doc.input,
          assumptions: doc.assumptions ?? {},
          multiYear: DEFAULT_MULTI_YEAR,
          funding: [],
          currentStaffing: {},
        },
      ],
    }),
  },
];

export function makeScenario(input: PlanInput, assumptions: AssumptionOverrides = {}, rest: Partial<Omit<Scenario, 'input' | 'assumptions'>> = {}): Scenario {
  return { name: 'Plan A', input, assumptions, multiYear: DEFAULT_MULTI_YEAR, funding: [], currentStaffing: {}, ...rest };
}

/** A document with one scenario (the common case: one plan). */
export function makePlanDocument(input: PlanInput, assumptions: AssumptionOverrides = {}, rest: Partial<Omit<Scenario, 'input' | 'assumptions'>> = {}): PlanDocument {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, activeScenario: 0, scenarios: [makeScenario(input, assumptions, rest)] };
}

export function activeScenarioOf(doc: PlanDocument): Scenario {
  const scenario = doc.scenarios[doc.activeScenario] ?? doc.scenarios[0];
  if (!scenario) throw new Error('a plan document has at least one scenario');
  return scenario;
}

export type DocumentResult = { ok: true; doc: PlanDocument; warnings: Issue[] } | { ok: false; errors: Issue[] };

const fail = (message: string, field = 'plan'): DocumentResult => ({ ok: false, errors: [{ field, message }] });

export function migrateToCurrent(
  doc: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = PLAN_VERSION,
): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from plan version ${v}`);
    current = { ...step.migrate(current), version: v + 1 };
  }
  return current;
}

const nameRule = `Scenario name must be text of 1 to ${SCENARIO_NAME_MAX} characters.`;
const scenarioShape = z.object({
  name: z.string({ error: nameRule }).trim().min(1, { error: nameRule }).max(SCENARIO_NAME_MAX, { error: nameRule }),
  multiYear: multiYearSchema,
  funding: fundingSchema,
  currentStaffing: currentStaffingSchema,
});

function zodIssues(prefix: string, error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ field: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

/**
 * The header every saved document shares (plans here, portfolios in the portfolio store): a JSON
 * object of the right `format`, a `version` this planner reads, migrated to the current version.
 * `noun` names the document in the messages.
 */
export function openVersionedDocument(
  raw: unknown,
  kind: { noun: string; format: string; version: number; migrations: readonly Migration[] },
): { ok: true; doc: Record<string, unknown> } | { ok: false; message: string } {
  const { noun } = kind;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: `This is not a ${noun}: expected a JSON object.` };
  const doc = raw as Record<string, unknown>;
  if (doc.format !== kind.format) return { ok: false, message: `This is not a CVI Ecosystem ${noun}: its "format" must be "${kind.format}".` };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `This ${noun} has no valid "version" (a whole number from 1).` };
  }
  if (version > kind.version) {
    return {
      ok: false,
      message: `This ${noun} was saved by a newer version of the planner (format version ${version}); this version reads up to ${kind.version}. Update the planner to open it.`,
    };
  }
  try {
    return { ok: true, doc: migrateToCurrent(doc, version, kind.migrations, kind.version) };
  } catch (e) {
    return { ok: false, message: `This ${noun} could not be upgraded: ${(e as Error).message}.` };
  }
}

/** Read a plan document from parsed JSON (file, link or storage). */
export function parsePlanDocument(raw: unknown): DocumentResult {
  const opened = openVersionedDocument(raw, { noun: 'plan', format: PLAN_FORMAT, version: PLAN_VERSION, migrations: MIGRATIONS });
  if (!opened.ok) return fail(opened.message);
  const migrated = opened.doc;
  const rawScenarios = migrated.scenarios;
  if (!Array.isArray(rawScenarios) || rawScenarios.length === 0 || rawScenarios.length > MAX_SCENARIOS) {
    return fail(`A plan must have 1 to ${MAX_SCENARIOS} scenarios.`, 'scenarios');
  }
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const scenarios: Scenario[] = [];
  rawScenarios.forEach((s: unknown, i) => {
    const where = `scenarios.${i}`;
    if (typeof s !== 'object' || s === null) {
      errors.push({ field: where, message: `Scenario ${i + 1} is not an object.` });
      return;
    }
    const sc = s as Record<string, unknown>;
    const label = typeof sc.name === 'string' && sc.name.trim() ? `Scenario “${sc.name.trim().slice(0, SCENARIO_NAME_MAX)}”` : `Scenario ${i + 1}`;
    const input = validateInput(sc.input);
    if (!input.ok) {
      errors.push(...input.errors.map((e) => ({ field: `${where}.input.${e.field}`, message: rawScenarios.length > 1 ? `${label}: ${e.message}` : e.message })));
      return;
    }
    warnings.push(...input.warnings);
    const overrides = validateOverrides(sc.assumptions ?? {}, input.input.preset);
    if (!overrides.ok) {
      errors.push(...overrides.errors.map((e) => ({ field: `${where}.assumptions.${e.field}`, message: rawScenarios.length > 1 ? `${label}: ${e.message}` : e.message })));
      return;
    }
    const rest = scenarioShape.safeParse({ name: sc.name, multiYear: sc.multiYear ?? DEFAULT_MULTI_YEAR, funding: sc.funding ?? [], currentStaffing: sc.currentStaffing ?? {} });
    if (!rest.success) {
      errors.push(...zodIssues(where, rest.error));
      return;
    }
    scenarios.push({ name: rest.data.name, input: input.input, assumptions: overrides.overrides, multiYear: rest.data.multiYear, funding: rest.data.funding, currentStaffing: rest.data.currentStaffing });
  });
  if (errors.length > 0) return { ok: false, errors };
  const active = migrated.activeScenario ?? 0;
  if (typeof active !== 'number' || !Number.isInteger(active) || active < 0 || active >= scenarios.length) {
    return fail(`The active scenario must be a whole number from 0 to ${scenarios.length - 1}.`, 'activeScenario');
  }
  return { ok: true, doc: { format: PLAN_FORMAT, version: PLAN_VERSION, activeScenario: active, scenarios }, warnings };
}

/** Read a plan document from text, refusing oversized or malformed text with a clear message. */
export function parsePlanText(text: string): DocumentResult {
  // Bytes, not characters: 600,000 "é" are 1.2 MB. Checked on the cheap character count first.
  if (text.length > MAX_PLAN_BYTES || new TextEncoder().encode(text).length > MAX_PLAN_BYTES) {
    return fail(`This file is too large to be a plan (over ${MAX_PLAN_BYTES / 1_000_000} MB).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is damaged or not a plan: it is not valid JSON.');
  }
  return parsePlanDocument(raw);
}

export function serialisePlanDocument(doc: PlanDocument): string {
  return JSON.stringify(doc, null, 2);
}
