// The planner's state: the plans library, and the open plan's working copy — what the person typed
// and the assumptions they changed. Nothing computed lives here — every figure on screen is
// computePlan(input, overrides), derived at render time. Plans arriving from a link, a file or the
// portfolio are added to the library beside the others, never over them (src/model/documents/library.ts).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  addPlan,
  cityFill,
  duplicatePlan as duplicateInLibrary,
  findPlan,
  importPlans,
  LIBRARY_DOCUMENT,
  newLibrary,
  planContentKey,
  removePlan,
  renamePlan as renameInLibrary,
  restorePlan,
  serialiseLibrary,
  unreadablePlansText,
  updatePlan,
  type AddResult,
  type ImportResult,
  type LibraryDocument,
  type NameResult,
  type OpenedLibrary,
  type Removed,
  draftToInput,
  findCity,
  inputToDraft,
  withPresetMethod,
  MAX_SCENARIOS,
  makePlanDocument,
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
import { legacyToLibrary, restoreDraft } from './savedPlans';

export interface PlannerState {
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
  /** Every plan; the open one's entry is refreshed from the working copy above (currentLibrary). */
  library: LibraryDocument;
  /** When the open plan last changed (ISO 8601). */
  activeUpdatedAt: string;
  /** Form text of plans that are not open, kept when switching away so nothing typed is lost. */
  planDrafts: Readonly<Record<string, InputDraft>>;

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
  /** Opens a plan of the library; false when there is none with that id. */
  openPlan: (id: string) => boolean;
  /** A new plan from the defaults, added and opened. */
  newPlan: () => AddResult;
  renamePlan: (id: string, name: string) => NameResult;
  /** A copy placed after the plan; the open plan does not change. */
  duplicatePlan: (id: string) => AddResult;
  /** Null when it cannot be removed (the last plan); otherwise what undo needs. */
  deletePlan: (id: string) => Removed | null;
  undoDelete: (removed: Pick<Removed, 'plan' | 'index'>, reopen: boolean) => AddResult;
  /** A plan from a link, a file or the portfolio: added beside the others (or found, if already there) and opened. */
  arrive: (doc: PlanDocument) => Arrival;
  /** A library file's plans added beside these. */
  importLibrary: (incoming: LibraryDocument) => ImportResult;
}

/** Where an arriving plan went, for the notice that says so. */
export type Arrival =
  | { ok: true; id: string; name: string; existed: boolean; previous: { id: string; name: string } | null }
  | { ok: false; message: string };

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

/** The library with the open plan as it is now: what storage, the plans list and library files read. */
export function currentLibrary(state: Pick<PlannerState, 'library' | 'activeUpdatedAt'> & Parameters<typeof currentDocument>[0]): LibraryDocument {
  return updatePlan(state.library, state.library.activePlan, currentDocument(state), state.activeUpdatedAt);
}

// Set while another tab's saved library is being taken in (tabSync.ts): that state is already saved.
let applyingOtherTab = false;

/** Sets state that came from storage without writing it back. */
export function setFromOtherTab(partial: Partial<PlannerState>): void {
  applyingOtherTab = true;
  try {
    usePlanner.setState(partial);
  } finally {
    applyingOtherTab = false;
  }
}

/** The browser's storage key of the plans library. */
export const STORAGE_KEY = 'cvi-planner:library';
/** Where versions before the library kept their one plan; read once, moved into the library. */
export const LEGACY_STORAGE_KEY = 'cvi-planner:plan';
export const SET_ASIDE_PREFIX = 'cvi-planner:set-aside:';

interface PersistedPlanner {
  doc: LibraryDocument;
  /** The open plan's form text, valid or not. */
  draft: InputDraft;
  /** Form text of other plans being corrected when they were left (absent in data saved before it). */
  planDrafts?: Record<string, unknown>;
}

type Data = Pick<
  PlannerState,
  'draft' | 'input' | 'overrides' | 'multiYear' | 'funding' | 'currentStaffing' | 'scenarioName' | 'scenarios' | 'otherDrafts' | 'activeScenario' | 'library' | 'activeUpdatedAt' | 'planDrafts'
>;

const now = () => new Date().toISOString();

/** The plan a new visitor sees, and a "New plan": the default city, one scenario. */
function defaultDocument(): PlanDocument {
  return makePlanDocument(defaultInput());
}

/** The working copy of a plan document: its active scenario in the form, the others kept. */
export function loadWorking(doc: PlanDocument, draft?: InputDraft) {
  const target = doc.scenarios[doc.activeScenario] ?? doc.scenarios[0];
  if (!target) throw new Error('a plan document has at least one scenario');
  return { scenarios: [...doc.scenarios], otherDrafts: doc.scenarios.map(() => null), activeScenario: doc.scenarios.indexOf(target), ...workingCopy(target), ...(draft ? { draft } : {}) };
}

function initialState(): Data {
  const doc = defaultDocument();
  const at = now();
  return { ...loadWorking(doc), draft: defaultDraft(), library: newLibrary(doc, at), activeUpdatedAt: at, planDrafts: {} };
}

function uniqueName(base: string, taken: readonly string[]): string {
  const stem = base.slice(0, SCENARIO_NAME_MAX - 4);
  for (let n = 2; ; n++) {
    const name = `${stem} (${n})`;
    if (!taken.includes(name)) return name;
  }
}

const sameDraft = (a: InputDraft, b: InputDraft) => (Object.keys(a) as (keyof InputDraft)[]).every((k) => a[k] === b[k]);

/** The open plan's form text, if it says something the plan does not (text being corrected). */
function pendingDraft(state: PlannerState): InputDraft | null {
  return sameDraft(state.draft, inputToDraft(state.input)) ? null : state.draft;
}

/** The open plan is the untouched default of a first visit (not renamed: a name is work too): an arriving plan takes its place. */
export function isUntouchedDefault(state: PlannerState): boolean {
  const [only, ...others] = state.library.plans;
  return only !== undefined && others.length === 0 && only.autoName && pendingDraft(state) === null && planContentKey(currentDocument(state)) === planContentKey(defaultDocument());
}

/** The state with another plan of `library` open, the form text of the one left kept. */
function openIn(state: PlannerState, library: LibraryDocument, id: string): Partial<PlannerState> {
  const target = findPlan(library, id);
  if (!target) return {};
  const leaving = state.library.activePlan;
  const planDrafts: Record<string, InputDraft> = { ...state.planDrafts };
  const pending = pendingDraft(state);
  if (pending && leaving !== id) planDrafts[leaving] = pending;
  const draft = planDrafts[id];
  delete planDrafts[id];
  return { library: { ...library, activePlan: id }, planDrafts, activeUpdatedAt: target.updatedAt, ...loadWorking(target.plan, draft) };
}


type LibraryActions = Pick<PlannerState, 'openPlan' | 'newPlan' | 'renamePlan' | 'duplicatePlan' | 'deletePlan' | 'undoDelete' | 'arrive' | 'importLibrary'>;

/** What is done to the plans library: the open plan's working copy is saved into it first. */
function libraryActions(rawSet: (partial: Partial<PlannerState>) => void, get: () => PlannerState): LibraryActions {
  return {
  openPlan: (id) => {
    const state = get();
    if (!findPlan(state.library, id)) return false;
    if (id !== state.library.activePlan) rawSet(openIn(state, currentLibrary(state), id));
    return true;
  },
  newPlan: () => {
    const state = get();
    // "New plan" until its place is changed; then it is called after its place.
    const added = addPlan(currentLibrary(state), defaultDocument(), { now: now(), name: 'New plan', autoName: true, sameContent: 'add' });
    if (added.ok) rawSet(openIn(state, added.library, added.id));
    return added;
  },
  renamePlan: (id, name) => {
    const state = get();
    // Against the names as shown: the open plan's name may have followed its place since it was stored.
    const renamed = renameInLibrary(currentLibrary(state), id, name);
    if (renamed.ok) rawSet({ library: renamed.library });
    return renamed;
  },
  duplicatePlan: (id) => {
    const state = get();
    const copied = duplicateInLibrary(currentLibrary(state), id, now());
    if (copied.ok) rawSet({ library: copied.library });
    return copied;
  },
  deletePlan: (id) => {
    const state = get();
    const removed = removePlan(currentLibrary(state), id);
    if (!removed) return null;
    const planDrafts = { ...state.planDrafts };
    delete planDrafts[id];
    if (id === state.library.activePlan) {
      // The open plan went: its neighbour opens (nothing of the deleted one is kept as pending text).
      rawSet({ ...openIn({ ...state, draft: inputToDraft(state.input) }, removed.library, removed.library.activePlan), planDrafts });
    } else rawSet({ library: removed.library, planDrafts });
    return removed;
  },
  undoDelete: (removed, reopen) => {
    const state = get();
    const restored = restorePlan(currentLibrary(state), removed);
    if (!restored.ok) return restored;
    if (reopen) rawSet(openIn(state, restored.library, restored.id));
    else if (!restored.existed) rawSet({ library: restored.library });
    return restored;
  },
  arrive: (arriving) => {
    const state = get();
    const stamp = now();
    // The name a link or file carries names the plan here; the library keeps it beside the plan.
    const { name: carried, ...doc } = arriving;
    if (isUntouchedDefault(state)) {
      const library = newLibrary(doc, stamp, carried);
      rawSet({ ...openIn(state, library, library.activePlan) });
      const entry = library.plans[0];
      return entry ? { ok: true, id: entry.id, name: entry.name, existed: false, previous: null } : { ok: false, message: 'The plan could not be added.' };
    }
    const before = currentLibrary(state);
    const previous = findPlan(before, before.activePlan);
    const added = addPlan(before, doc, { now: stamp, name: carried });
    if (!added.ok) return added;
    rawSet(openIn(state, added.library, added.id));
    const entry = findPlan(added.library, added.id);
    return {
      ok: true,
      id: added.id,
      name: entry?.name ?? '',
      existed: added.existed,
      previous: previous && previous.id !== added.id ? { id: previous.id, name: previous.name } : null,
    };
  },
  importLibrary: (incoming) => {
    const state = get();
    // A first visit's untouched default gives way to the file's plans, the first of them opened.
    if (isUntouchedDefault(state) && incoming.plans[0]) {
      const library = { ...incoming, activePlan: incoming.plans[0].id };
      rawSet(openIn(state, library, library.activePlan));
      return { ok: true, library, added: incoming.plans.map((p) => p.name), alreadyIn: [] };
    }
    const imported = importPlans(currentLibrary(state), incoming);
    if (imported.ok) rawSet({ library: imported.library });
    return imported;
  },
  };
}

export const usePlanner = create<PlannerState>()(
  persist(
    (rawSet, get) => {
      // Every change to the open plan records when it happened (the plans list shows it).
      const set = (partial: Partial<PlannerState>) => rawSet({ ...partial, activeUpdatedAt: now() });
      return {
      ...initialState(),
      setDraftField: (field, value) => {
        const typed = { ...get().draft, [field]: value };
        // A preset chosen brings its own high-risk method (site-based: violence-adjusted when counts are given).
        const draft = field === 'preset' ? withPresetMethod(typed, 'preset-chosen') : typed;
        const result = draftToInput(draft);
        set(result.ok ? { draft, input: result.input } : { draft });
      },
      applyCity: (key) => {
        const city = findCity(key);
        if (!city) return false;
        const fill = cityFill(city);
        // The city sets what it knows (place, population, counts); everything else — method,
        // reach, preset, a local count — stays as the person typed it, except that a preset that
        // follows the counts (site-based) takes the violence-adjusted method for them.
        const filled = inputToDraft({ ...get().input, ...fill.fields });
        const typed: InputDraft = { ...get().draft };
        for (const field of Object.keys(fill.fields) as (keyof InputDraft)[]) Object.assign(typed, { [field]: filled[field] });
        // Under the site-based preset the city's counts bring the violence-adjusted method (§11).
        const draft = withPresetMethod(typed, 'counts-filled');
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
      ...libraryActions(rawSet, get),
    };
    },
    // Saved as in src/state/persistence.ts: what cannot be opened is set aside with a download.
    // Older saved plans go through the same reader and chain as plan files and links.
    savedDocumentOptions<PlannerState, PersistedPlanner, OpenedLibrary>({
      document: LIBRARY_DOCUMENT,
      storageKey: STORAGE_KEY,
      setAsidePrefix: SET_ASIDE_PREFIX,
      shownInstead: 'the default plan',
      downloadFilename: 'saved-plans-set-aside.json',
      legacy: { key: LEGACY_STORAGE_KEY, convert: legacyToLibrary },
      skipSave: () => applyingOtherTab,
      saveFailure: { what: 'your plans', filename: 'cvi-plans.json', fileText: (saved) => serialiseLibrary(saved.doc) },
      partialize: (state) => ({ doc: currentLibrary(state), draft: state.draft, planDrafts: state.planDrafts }),
      restore: ({ library, unreadable }, saved, current, setAside) => {
        const active = findPlan(library, library.activePlan);
        if (!active) return current;
        const working = loadWorking(active.plan);
        if (unreadable.length > 0) {
          const count = unreadable.length === 1 ? 'One saved plan' : `${unreadable.length} saved plans`;
          setAside(
            unreadablePlansText(unreadable),
            `${count} could not be opened (${unreadable.map((u) => u.reason).join(' ')}). Set aside, not deleted; your other plans are open.`,
          );
        }
        // Half-typed text of other plans comes back for plans still in the library, checked like the open one's.
        const planDrafts: Record<string, InputDraft> = {};
        const savedDrafts = typeof saved.planDrafts === 'object' && saved.planDrafts !== null ? saved.planDrafts : {};
        for (const entry of library.plans) {
          const draft = savedDrafts[entry.id];
          const scenario = entry.plan.scenarios[entry.plan.activeScenario];
          if (entry.id !== active.id && draft !== undefined && scenario) planDrafts[entry.id] = restoreDraft(draft, scenario.input);
        }
        return { ...current, ...working, library, planDrafts, activeUpdatedAt: active.updatedAt, draft: restoreDraft(saved.draft, working.input) };
      },
    }),
  ),
);
