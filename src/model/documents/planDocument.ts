// The saved form of a plan: what a person entered (inputs, assumption overrides, multi-year
// settings, funding, current staffing — for up to four named scenarios), never computed numbers.
// Plan files, share links and browser storage all read this one format through the one reader
// (reader.ts) and one migration chain, so a plan saved by any version opens in every later one.
import { z } from 'zod';
import type { AssumptionOverrides } from '../assumptions';
import { validateInput, type Issue } from '../input';
import type { PlanInput } from '../inputFields';
import { validateOverrides } from '../overrides';
import { DEFAULT_MULTI_YEAR, multiYearSchema, type MultiYearSettings } from '../multiYear';
import { currentStaffingSchema, fundingSchema, type CurrentStaffing, type FundingSource } from '../funding';
import { documentLinkUrl, encodeDocumentLink, LINK_PARAM, openDocumentLink, type LinkKind } from './links';
import { openDocument, openDocumentText, type Migration, type ReadResult } from './reader';

export const PLAN_FORMAT = 'cvi-ecosystem-plan';
export const PLAN_VERSION = 2;
/** Plan files larger than this are refused before parsing. */
export const MAX_PLAN_BYTES = 1_000_000;
export const MAX_SCENARIOS = 4;
export const SCENARIO_NAME_MAX = 60;
/** A plan's name (in the plans library, and carried by links and files): 1 to this many characters. */
export const PLAN_NAME_MAX = 80;

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
  /**
   * The name the person gave the plan, carried by links and plan files so it arrives under that
   * name; absent when the plan is simply called after its place. Not part of what the plan is
   * (two plans differing only in name are the same plan).
   */
  readonly name?: string;
  /** Index of the scenario being worked on. */
  readonly activeScenario: number;
  /** One to four named scenarios of the same place. */
  readonly scenarios: readonly Scenario[];
}

/** The plan's migration chain; each step has a test in tests/state/migrations.test.ts. */
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

function makeScenario(input: PlanInput, assumptions: AssumptionOverrides = {}, rest: Partial<Omit<Scenario, 'input' | 'assumptions'>> = {}): Scenario {
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

export type DocumentResult = ReadResult<PlanDocument>;

const fail = (message: string, field = 'plan'): DocumentResult => ({ ok: false, errors: [{ field, message }] });

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

/** The body of a plan already brought to the current version: its scenarios, each checked as a plan file's would be. */
function readPlanBody(migrated: Record<string, unknown>): DocumentResult {
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
  const name = typeof migrated.name === 'string' ? migrated.name.trim() : '';
  if (migrated.name !== undefined && (name.length === 0 || name.length > PLAN_NAME_MAX)) {
    warnings.push({ field: 'name', message: `The plan's name was left out: it must be text of 1 to ${PLAN_NAME_MAX} characters.` });
  }
  const named = name.length > 0 && name.length <= PLAN_NAME_MAX ? { name } : {};
  return { ok: true, doc: { format: PLAN_FORMAT, version: PLAN_VERSION, ...named, activeScenario: active, scenarios }, warnings };
}

/** Plans, for the reader: a plan file is at most MAX_PLAN_BYTES, and travels in `#plan=` links. */
export const PLAN_DOCUMENT: LinkKind<PlanDocument> = {
  noun: 'plan',
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  migrations: MIGRATIONS,
  maxBytes: MAX_PLAN_BYTES,
  textSubject: 'This file',
  linkParam: LINK_PARAM,
  readBody: readPlanBody,
};

/** Read a plan document from parsed JSON (file, link or storage). */
export function parsePlanDocument(raw: unknown): DocumentResult {
  return openDocument(PLAN_DOCUMENT, raw);
}

/** Read a plan document from text, refusing oversized or malformed text with a clear message. */
export function parsePlanText(text: string): DocumentResult {
  return openDocumentText(PLAN_DOCUMENT, text);
}

export function serialisePlanDocument(doc: PlanDocument): string {
  return JSON.stringify(doc, null, 2);
}

export function encodePlanLink(doc: PlanDocument): string {
  return encodeDocumentLink(PLAN_DOCUMENT, doc);
}

export function planLinkUrl(doc: PlanDocument, base: string): string {
  return documentLinkUrl(PLAN_DOCUMENT, doc, base);
}

/** The plan in a URL fragment, or null when the fragment carries no plan at all. */
export function decodePlanLink(hash: string): DocumentResult | null {
  return openDocumentLink(PLAN_DOCUMENT, hash);
}
