// The planner's state: what the person typed and the assumptions they changed. Nothing computed
// lives here — every figure on screen is computePlan(input, overrides), derived at render time.
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  cityFill,
  draftToInput,
  findCity,
  inputToDraft,
  makePlanDocument,
  migrateToCurrent,
  parsePlanDocument,
  PLAN_VERSION,
  type AssumptionOverrides,
  type Assumptions,
  type InputDraft,
  type ParamId,
  type PlanDocument,
  type PlanInput,
} from '../model';
import { defaultDraft, defaultInput } from './defaults';
import { useNotices } from './notices';

export interface PlannerState {
  /** Exactly what is in the form, valid or not. */
  draft: InputDraft;
  /** The last valid input: the plan on screen while a field is being corrected. */
  input: PlanInput;
  overrides: AssumptionOverrides;
  setDraftField: <K extends keyof InputDraft>(field: K, value: InputDraft[K]) => void;
  applyCity: (key: string) => boolean;
  setOverride: <K extends ParamId>(id: K, value: Assumptions[K]) => void;
  resetOverride: (id: ParamId) => void;
  resetAllOverrides: () => void;
  loadDocument: (doc: PlanDocument) => void;
  resetAll: () => void;
}

export const STORAGE_KEY = 'cvi-planner:plan';
export const SET_ASIDE_PREFIX = 'cvi-planner:set-aside:';

interface PersistedPlanner {
  doc: PlanDocument;
  draft: InputDraft;
}

function initialState(): Pick<PlannerState, 'draft' | 'input' | 'overrides'> {
  return { draft: defaultDraft(), input: defaultInput(), overrides: {} };
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

/** Keep unreadable saved data where a person can download it, and say so. */
export function setAside(raw: string, reason: string): void {
  try {
    const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
    localStorage.setItem(key, raw);
    // Moved, not copied: otherwise every reload would set the same data aside again.
    localStorage.removeItem(STORAGE_KEY);
    useNotices.getState().push({
      kind: 'recovered',
      message: `Your saved plan could not be opened (${reason}). It was set aside, not deleted, and the default plan is shown.`,
      download: { filename: 'saved-plan-set-aside.json', text: raw },
    });
  } catch {
    useNotices.getState().push({ kind: 'error', message: `Your saved plan could not be opened (${reason}).` });
  }
}

const baseStorage = createJSONStorage<PersistedPlanner>(() => localStorage);

// A storage wrapper that never lets unreadable data reach the store silently.
const storage: PersistStorage<PersistedPlanner> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      return null;
    }
    if (raw === null) return null;
    try {
      const value = JSON.parse(raw) as StorageValue<PersistedPlanner>;
      if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
        setAside(raw, 'it is not a saved plan');
        return null;
      }
      return value;
    } catch {
      setAside(raw, 'it is damaged');
      return null;
    }
  },
  setItem: (name, value) => baseStorage?.setItem(name, value),
  removeItem: (name) => baseStorage?.removeItem(name),
};

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
        const draft: InputDraft = {
          ...get().draft,
          ...inputToDraft({ ...get().input, ...fill.fields }),
          // keep what the person chose about method, reach and preset
          method: get().draft.method,
          preset: get().draft.preset,
          serviceReachPct: get().draft.serviceReachPct,
          hospitalReachPct: get().draft.hospitalReachPct,
          localHighRiskCount: get().draft.localHighRiskCount,
        };
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
      loadDocument: (doc) => set({ draft: inputToDraft(doc.input), input: doc.input, overrides: doc.assumptions }),
      resetAll: () => set(initialState()),
    }),
    {
      name: STORAGE_KEY,
      version: PLAN_VERSION,
      storage,
      partialize: (state): PersistedPlanner => ({ doc: makePlanDocument(state.input, state.overrides), draft: state.draft }),
      // Older saved plans go through the same chain as plan files and links.
      migrate: (persisted, version) => {
        const p = persisted as Partial<PersistedPlanner> | undefined;
        if (!p || typeof p.doc !== 'object' || p.doc === null) return persisted as PersistedPlanner;
        const docVersion = typeof (p.doc as { version?: unknown }).version === 'number' ? (p.doc as { version: number }).version : version;
        if (docVersion >= PLAN_VERSION) return p as PersistedPlanner;
        try {
          return { ...p, doc: migrateToCurrent(p.doc as unknown as Record<string, unknown>, docVersion) } as unknown as PersistedPlanner;
        } catch {
          return p as PersistedPlanner;
        }
      },
      // Everything restored is parsed through the plan schema; what fails is set aside, never merged.
      merge: (persisted, current) => {
        const p = persisted as Partial<PersistedPlanner> | undefined;
        if (!p) return current;
        const parsed = parsePlanDocument(p.doc);
        if (!parsed.ok) {
          setAside(JSON.stringify(p), parsed.errors.map((e) => e.message).join(' '));
          return current;
        }
        const input = parsed.doc.input;
        return { ...current, input, overrides: parsed.doc.assumptions, draft: restoreDraft(p.draft, input) };
      },
    },
  ),
);
