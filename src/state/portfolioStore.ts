// The funders' portfolio: many places planned with one methodology and one set of assumptions
// (src/model/portfolio.ts adds their plans up). Like the planner store it holds only what the
// person entered — the places' inputs, the preset, the high-risk estimate, the assumption overrides and a name — saved
// the same way (src/state/persistence.ts) as a portfolio document (src/model/documents), the
// format share links carry too.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  CITIES,
  cityFill,
  cityKey,
  computePortfolio,
  decodePortfolioLink,
  DEFAULT_PORTFOLIO_HIGH_RISK_METHOD,
  DEFAULT_PRESET,
  findCity,
  makeInput,
  MAX_PORTFOLIO_PLACES,
  PORTFOLIO_DOCUMENT,
  PORTFOLIO_NAME_MAX,
  portfolioDocument,
  portfolioLinkUrl,
  validateOverrides,
  validateParamValue,
  type AssumptionOverrides,
  type Assumptions,
  type ParamId,
  type PlanInput,
  type Portfolio,
  type PortfolioDocument,
  type PortfolioHighRiskMethod,
  type PortfolioResult,
  type PresetId,
} from '../model';
import { useNotices } from './notices';
import { useAppView } from './appView';
import { savedDocumentOptions } from './persistence';

export const PORTFOLIO_STORAGE_KEY = 'cvi-planner:portfolio';
export const PORTFOLIO_SET_ASIDE_PREFIX = 'cvi-planner:portfolio-set-aside:';
const DEFAULT_PORTFOLIO_NAME = 'Portfolio';

interface PortfolioState extends Portfolio {
  /** Always set in the store; saved only when it is not each place's own (portfolioDocument). */
  readonly highRiskMethod: PortfolioHighRiskMethod;
  setName: (name: string) => void;
  setPreset: (preset: PresetId) => void;
  setHighRiskMethod: (method: PortfolioHighRiskMethod) => void;
  /** Checked against the parameter's rule and the cross-parameter rules; a refused value changes nothing. */
  setOverride: <K extends ParamId>(id: K, value: Assumptions[K]) => { ok: true } | { ok: false; message: string };
  resetOverride: (id: ParamId) => void;
  resetAllOverrides: () => void;
  /** Adds city presets by "Name, ST"; cities already in the portfolio are skipped, not doubled. */
  addCities: (keys: readonly string[]) => AddResult;
  addAllPresets: () => AddResult;
  /** Adds places (a custom row, good CSV rows). Refused as a whole if the portfolio would be too large. */
  addPlaces: (places: readonly PlanInput[]) => boolean;
  replacePlaces: (places: readonly PlanInput[]) => boolean;
  updatePlace: (index: number, place: PlanInput) => void;
  removePlace: (index: number) => void;
  clearPlaces: () => void;
  loadPortfolio: (doc: PortfolioDocument) => void;
}

export interface AddResult {
  readonly added: number;
  /** "Name, ST" of cities already in the portfolio. */
  readonly alreadyIn: readonly string[];
  /** True when nothing was added because the portfolio would pass MAX_PORTFOLIO_PLACES. */
  readonly full: boolean;
}

type PortfolioData = Pick<PortfolioState, 'name' | 'preset' | 'highRiskMethod' | 'assumptions' | 'places'>;

function initialPortfolio(): PortfolioData {
  return { name: DEFAULT_PORTFOLIO_NAME, preset: DEFAULT_PRESET, highRiskMethod: DEFAULT_PORTFOLIO_HIGH_RISK_METHOD, assumptions: {}, places: [] };
}

const placeKey = (p: Pick<PlanInput, 'placeName' | 'state'>) => cityKey({ name: p.placeName, state: p.state }).toLowerCase();

interface PersistedPortfolio {
  doc: PortfolioDocument;
}

export const usePortfolio = create<PortfolioState>()(
  persist(
    (set, get) => {
      const append = (incoming: readonly PlanInput[]): boolean => {
        const { places, preset } = get();
        if (places.length + incoming.length > MAX_PORTFOLIO_PLACES) return false;
        set({ places: [...places, ...incoming.map((p) => ({ ...p, preset }))] });
        return true;
      };
      const addKeys = (keys: readonly string[]): AddResult => {
        const { places, preset } = get();
        const present = new Set(places.map(placeKey));
        const alreadyIn: string[] = [];
        const fresh: PlanInput[] = [];
        for (const key of keys) {
          const city = findCity(key);
          if (!city) continue;
          const fill = cityFill(city);
          if (present.has(placeKey(fill.fields))) {
            alreadyIn.push(cityKey(city));
            continue;
          }
          present.add(placeKey(fill.fields));
          fresh.push(makeInput({ ...fill.fields, preset }));
        }
        if (fresh.length === 0) return { added: 0, alreadyIn, full: false };
        return append(fresh) ? { added: fresh.length, alreadyIn, full: false } : { added: 0, alreadyIn, full: true };
      };
      return {
        ...initialPortfolio(),
        setName: (name) => set({ name: name.slice(0, PORTFOLIO_NAME_MAX) }),
        setPreset: (preset) => set({ preset, places: get().places.map((p) => ({ ...p, preset })) }),
        // The places keep their own method: computePortfolio applies the choice, so "each place's own" brings it back.
        setHighRiskMethod: (highRiskMethod) => set({ highRiskMethod }),
        setOverride: (id, value) => {
          const checked = validateParamValue(id, value);
          if (!checked.ok) return { ok: false, message: checked.message };
          const next = { ...get().assumptions, [id]: value };
          const all = validateOverrides(next, get().preset);
          if (!all.ok) return { ok: false, message: all.errors.map((e) => e.message).join(' ') };
          set({ assumptions: all.overrides });
          return { ok: true };
        },
        resetOverride: (id) => {
          const next: AssumptionOverrides = { ...get().assumptions };
          delete next[id];
          set({ assumptions: next });
        },
        resetAllOverrides: () => set({ assumptions: {} }),
        addCities: (keys) => addKeys(keys),
        addAllPresets: () => addKeys(CITIES.map(cityKey)),
        addPlaces: (places) => append(places),
        replacePlaces: (places) => {
          if (places.length > MAX_PORTFOLIO_PLACES) return false;
          const { preset } = get();
          set({ places: places.map((p) => ({ ...p, preset })) });
          return true;
        },
        updatePlace: (index, place) => {
          const { places, preset } = get();
          if (!places[index]) return;
          set({ places: places.map((p, i) => (i === index ? { ...place, preset } : p)) });
        },
        removePlace: (index) => set({ places: get().places.filter((_, i) => i !== index) }),
        clearPlaces: () => set({ places: [] }),
        loadPortfolio: (doc) =>
          set({
            name: doc.name,
            preset: doc.preset,
            highRiskMethod: doc.highRiskMethod ?? DEFAULT_PORTFOLIO_HIGH_RISK_METHOD,
            assumptions: doc.assumptions,
            places: doc.places.map((p) => ({ ...p, preset: doc.preset })),
          }),
      };
    },
    // Saved as the planner is (src/state/persistence.ts): what cannot be opened is set aside with a download.
    // Older saved portfolios go through the same reader and chain as links.
    savedDocumentOptions<PortfolioState, PersistedPortfolio, PortfolioDocument>({
      document: PORTFOLIO_DOCUMENT,
      storageKey: PORTFOLIO_STORAGE_KEY,
      setAsidePrefix: PORTFOLIO_SET_ASIDE_PREFIX,
      shownInstead: 'an empty portfolio',
      downloadFilename: 'saved-portfolio-set-aside.json',
      partialize: (state) => ({ doc: portfolioDocument(state) }),
      // The portfolio opens again from its link (the page reads links, not portfolio files).
      saveFailure: {
        what: 'your portfolio',
        filename: 'portfolio-link.txt',
        fileText: (saved) => `Open this link in the CVI Ecosystem Planner to get the portfolio “${saved.doc.name}” back:\n${portfolioLinkUrl(saved.doc, `${window.location.origin}${window.location.pathname}`)}\n`,
      },
      restore: ({ name, preset, highRiskMethod, assumptions, places }, _saved, current) => ({
        ...current,
        name,
        preset,
        highRiskMethod: highRiskMethod ?? DEFAULT_PORTFOLIO_HIGH_RISK_METHOD,
        assumptions,
        places: [...places],
      }),
    }),
  ),
);

// computePortfolio memoised on the store's state: the inputs are replaced (never mutated) on every
// change, so the same three references mean the same result. Every component asking for the
// result between two edits gets the one computed for all of them.
let lastResult: {
  preset: PresetId;
  highRiskMethod: PortfolioHighRiskMethod;
  assumptions: AssumptionOverrides;
  places: readonly PlanInput[];
  result: PortfolioResult;
} | null = null;

export function portfolioResultOf(state: PortfolioData): PortfolioResult {
  if (
    lastResult &&
    lastResult.preset === state.preset &&
    lastResult.highRiskMethod === state.highRiskMethod &&
    lastResult.assumptions === state.assumptions &&
    lastResult.places === state.places
  ) {
    return lastResult.result;
  }
  const result = computePortfolio(state);
  lastResult = { preset: state.preset, highRiskMethod: state.highRiskMethod, assumptions: state.assumptions, places: state.places, result };
  return result;
}

/** The portfolio's numbers, derived from the store (computed once per change). */
export function usePortfolioResult(): PortfolioResult {
  return usePortfolio(portfolioResultOf);
}

// ---------------------------------------------------------------------------------------------
// Opening a share link (#portfolio=…, src/model/documents/links.ts) from the address bar.

export { useAppView } from './appView';

/**
 * Open a portfolio link in the address bar: a valid one replaces the portfolio, a damaged one is
 * explained and the current portfolio kept; either way the portfolio page is shown and the
 * fragment removed (a reload then keeps later edits). Returns whether the URL held a portfolio link.
 */
export function openPortfolioLinkFromLocation(): boolean {
  const result = decodePortfolioLink(window.location.hash);
  if (result === null) return false;
  if (result.ok) {
    usePortfolio.getState().loadPortfolio(result.doc);
    const count = result.doc.places.length;
    useNotices.getState().push({ kind: 'info', message: `Opened the portfolio “${result.doc.name}” (${count} ${count === 1 ? 'place' : 'places'}) from the link.` });
  } else {
    useNotices.getState().push({ kind: 'error', message: result.errors.map((e) => e.message).join(' ') });
  }
  useAppView.getState().setView('portfolio');
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
}
