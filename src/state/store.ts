// The planner's state: what the person typed and the assumptions they changed. Nothing computed
// lives here — every figure on screen is computePlan(input, overrides), derived at render time.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  cityFill,
  DEFAULT_MULTI_YEAR,
  draftToInput,
  findCity,
  inputToDraft,
  MAX_SCENARIOS,
  PLAN_DOCUMENT,
  PLAN_FORMAT,
  PLAN_VERSION,
  SCENARIO_NAME_MAX,
  type AssumptionOverrides,
  type Assumptions,
  type CurrentStaffing,
  type FundingSource,
  type InputDraft,
  type MultiYearSettings,
  type ParamId,
  type PlanDocument,
  type PlanInput,
  type RoleId,
  type Scenario,
} from '../model';
import { defaultDraft, defaultInput } from './defaults';
import { savedDocumentOptions } from './persistence';

interface PlannerState {
  // The active scenario, as it is being worked on.
  /** Exactly what is in the form, valid or not. */
  draft: InputDraft;
  /** The last valid input: the plan on screen while a field is being corrected. */
  input: PlanInput;
  overrides: AssumptionOverrides;
  multiYear: MultiYearSettings;
  funding: FundingSource[];
  currentStaffing: CurrentStaffing;
  scenarioName: string;
  /** Every scenario; the active one's slot is refreshed from the fields above when it is left or saved. */
  scenarios: Scenario[];
  /** Form text of scenarios that are not active, kept when switching away so nothing typed is lost. */
  otherDrafts: (InputDraft | null)[];
  activeScenario: number;

  setDraftField: <K extends keyof InputDraft>(field: K, value: InputDraft[K]) => void;
  applyCity: (key: string) => boolean;
  setOverride: <K extends ParamId>(id: K, value: Assumptions[K]) => void;
  resetOverride: (id: ParamId) => void;
  resetAllOverrides: () => void;
  setMultiYear: (settings: MultiYearSettings) => void;
  setFunding: (funding: FundingSource[]) => void;
  setCurrentStaff: (role: RoleId, count: number | null) => void;
  switchScenario: (index: number) => void;
  duplicateScenario: () => boolean;
  /** False (and nothing changes) when the name is empty or another scenario has it. */
  renameScenario: (index: number, name: string) => boolean;
  deleteScenario: (index: number) => void;
  loadDocument: (doc: PlanDocument) => void;
  resetAll: () => void;
}

/** The working copy of the active scenario as a saved scenario. */
function activeAsScenario(state: Pick<PlannerState, 'scenarioName' | 'input' | 'overrides' | 'multiYear' | 'funding' | 'currentStaffing'>): Scenario {
  return { name: state.scenarioName, input: state.input, assumptions: state.overrides, multiYear: state.multiYear, funding: state.funding, currentStaffing: state.currentStaffing };
}

/** Every scenario with the active one as it is now. The one document storage, links and files save. */
export function currentDocument(state: PlannerState): PlanDocument {
  const scenarios = state.scenarios.map((sc, i) => (i === state.activeScenario ? activeAsScenario(state) : sc));
  return { format: PLAN_FORMAT, version: PLAN_VERSION, activeScenario: state.activeScenario, scenarios };
}

function workingCopy(scenario: Scenario) {
  return {
    draft: inputToDraft(scenario.input),
    input: scenario.input,
    overrides: scenario.assumptions,
    multiYear: scenario.multiYear,
    funding: [...scenario.funding],
    currentStaffing: scenario.currentStaffing,
    scenarioName: scenario.name,
  };
}

export const STORAGE_KEY = 'cvi-planner:plan';
export const SET_ASIDE_PREFIX = 'cvi-planner:set-aside:';

interface PersistedPlanner {
  doc: PlanDocument;
  draft: InputDraft;
}

type Data = Pick<PlannerState, 'draft' | 'input' | 'overrides' | 'multiYear' | 'funding' | 'currentStaffing' | 'scenarioName' | 'scenarios' | 'otherDrafts' | 'activeScenario'>;

function initialState(): Data {
  const input = defaultInput();
  const first: Scenario = { name: 'Plan A', input, assumptions: {}, multiYear: DEFAULT_MULTI_YEAR, funding: [], currentStaffing: {} };
  return { draft: defaultDraft(), input, overrides: {}, multiYear: DEFAULT_MULTI_YEAR, funding: [], currentStaffing: {}, scenarioName: first.name, scenarios: [first], otherDrafts: [null], activeScenario: 0 };
}

function uniqueName(base: string, taken: readonly string[]): string {
  const stem = base.slice(0, SCENARIO_NAME_MAX - 4);
  for (let n = 2; ; n++) {
    const name = `${stem} (${n})`;
    if (!taken.includes(name)) return name;
  }
}

/** The draft kept in storage if it is still a draft of this shape; otherwise rebuilt from the input. */
function restoreDraft(raw: unknown, input: PlanInput): InputDraft {
  const fallback = inputToDraft(input);
  if (typeof raw !== 'object' || raw === null) return fallback;
  const candidate = { ...fallback } as Record<string, unknown>;
  for (const key of Object.keys(fallback)) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length <= 200) candidate[key] = value;
  }
  const draft = candidate as InputDraft;
  // Enumerations must stay valid; free text may be anything the person typed.
  const check = draftToInput({ ...draft });
  if (!check.ok && check.errors.some((e) => e.field === 'method' || e.field === 'preset')) return fallback;
  return draft;
}

export const usePlanner = create<PlannerState>()(
  persist(
    (set, get) => ({
      ...initialState(),
      setDraftField: (field, value) => {
        const draft = { ...get().draft, [field]: value };
        const result = draftToInput(draft);
        set(result.ok ? { draft, input: result.input } : { draft });
      },
      applyCity: (key) => {
        const city = findCity(key);
        if (!city) return false;
        const fill = cityFill(city);
        // The city sets what it knows (place, population, counts); everything else — method,
        // reach, preset, a local count — stays as the person typed it.
        const filled = inputToDraft({ ...get().input, ...fill.fields });
        const draft: InputDraft = { ...get().draft };
        for (const field of Object.keys(fill.fields) as (keyof InputDraft)[]) Object.assign(draft, { [field]: filled[field] });
        const result = draftToInput(draft);
        set(result.ok ? { draft, input: result.input } : { draft });
        return true;
      },
      setOverride: (id, value) => set({ overrides: { ...get().overrides, [id]: value } }),
      resetOverride: (id) => {
        const next = { ...get().overrides };
        delete next[id];
        set({ overrides: next });
      },
      resetAllOverrides: () => set({ overrides: {} }),
      setMultiYear: (multiYear) => set({ multiYear }),
      setFunding: (funding) => set({ funding }),
      setCurrentStaff: (role, count) => {
        const next = { ...get().currentStaffing };
        if (count === null) delete next[role];
        else next[role] = count;
        set({ currentStaffing: next });
      },
      switchScenario: (index) => {
        const state = get();
        const target = state.scenarios[index];
        if (!target || index === state.activeScenario) return;
        const scenarios = currentDocument(state).scenarios.slice();
        // Keep the form text of the scenario being left, valid or not; restore the target's.
        const otherDrafts = state.scenarios.map((_, i) => (i === state.activeScenario ? state.draft : (state.otherDrafts[i] ?? null)));
        const restored = otherDrafts[index];
        otherDrafts[index] = null;
        set({ scenarios, otherDrafts, activeScenario: index, ...workingCopy(target), ...(restored ? { draft: restored } : {}) });
      },
      duplicateScenario: () => {
        const state = get();
        if (state.scenarios.length >= MAX_SCENARIOS) return false;
        const current = activeAsScenario(state);
        const copy: Scenario = { ...current, name: uniqueName(current.name, state.scenarios.map((sc) => sc.name)) };
        const scenarios = [...currentDocument(state).scenarios, copy];
        const otherDrafts = [...state.scenarios.map((_, i) => (i === state.activeScenario ? state.draft : (state.otherDrafts[i] ?? null))), null];
        set({ scenarios, otherDrafts, activeScenario: scenarios.length - 1, ...workingCopy(copy), draft: state.draft });
        return true;
      },
      renameScenario: (index, name) => {
        const trimmed = name.trim().slice(0, SCENARIO_NAME_MAX);
        const state = get();
        if (!trimmed || !state.scenarios[index] || state.scenarios.some((sc, i) => i !== index && sc.name === trimmed)) return false;
        const scenarios = state.scenarios.map((sc, i) => (i === index ? { ...sc, name: trimmed } : sc));
        set(index === state.activeScenario ? { scenarios, scenarioName: trimmed } : { scenarios });
        return true;
      },
      deleteScenario: (index) => {
        const state = get();
        if (state.scenarios.length <= 1 || !state.scenarios[index]) return;
        const drafts = state.scenarios.map((_, i) => (i === state.activeScenario ? state.draft : (state.otherDrafts[i] ?? null))).filter((_, i) => i !== index);
        const scenarios = currentDocument(state).scenarios.filter((_, i) => i !== index);
        const active = index === state.activeScenario ? Math.max(0, index - 1) : state.activeScenario > index ? state.activeScenario - 1 : state.activeScenario;
        const target = scenarios[active];
        if (!target) return;
        const restored = drafts[active];
        drafts[active] = null;
        set({ scenarios, otherDrafts: drafts, activeScenario: active, ...workingCopy(target), ...(restored ? { draft: restored } : {}) });
      },
      loadDocument: (doc) => {
        const target = doc.scenarios[doc.activeScenario] ?? doc.scenarios[0];
        if (!target) return;
        set({ scenarios: [...doc.scenarios], otherDrafts: doc.scenarios.map(() => null), activeScenario: doc.scenarios.indexOf(target), ...workingCopy(target) });
      },
      resetAll: () => set(initialState()),
    }),
    // Saved as in src/state/persistence.ts: what cannot be opened is set aside with a download.
    // Older saved plans go through the same reader and chain as plan files and links.
    savedDocumentOptions<PlannerState, PersistedPlanner, PlanDocument>({
      document: PLAN_DOCUMENT,
      storageKey: STORAGE_KEY,
      setAsidePrefix: SET_ASIDE_PREFIX,
      shownInstead: 'the default plan',
      downloadFilename: 'saved-plan-set-aside.json',
      partialize: (state) => ({ doc: currentDocument(state), draft: state.draft }),
      restore: (doc, saved, current) => {
        const active = doc.scenarios[doc.activeScenario] ?? doc.scenarios[0];
        if (!active) return current;
        const copy = workingCopy(active);
        return { ...current, ...copy, scenarios: [...doc.scenarios], otherDrafts: doc.scenarios.map(() => null), activeScenario: doc.activeScenario, draft: restoreDraft(saved.draft, copy.input) };
      },
    }),
  ),
);
