// The funders' portfolio: many places planned with one methodology and one set of assumptions
// (src/model/portfolio.ts adds their plans up). Like the planner store it holds only what the
// person entered — the places' inputs, the preset, the assumption overrides and a name — and is
// persisted, versioned and shared the same way (src/state/persistence.ts, src/state/shareLink.ts):
// one document format, one migration chain, one parser for storage and links.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  CITIES,
  cityFill,
  cityKey,
  computePortfolio,
  DEFAULT_PRESET,
  findCity,
  makeInput,
  migrateToCurrent,
  openVersionedDocument,
  PRESET_IDS,
  validateInput,
  validateOverrides,
  validateParamValue,
  type AssumptionOverrides,
  type Assumptions,
  type Issue,
  type Migration,
  type ParamId,
  type PlanInput,
  type Portfolio,
  type PortfolioResult,
  type PresetId,
} from '../model';
import { useNotices } from './notices';
import { isPortfolioLink, PORTFOLIO_LINK_PARAM, useAppView } from './appView';
import { savedDocumentOptions } from './persistence';

export const PORTFOLIO_FORMAT = 'cvi-ecosystem-portfolio';
export const PORTFOLIO_VERSION = 1;
export const PORTFOLIO_STORAGE_KEY = 'cvi-planner:portfolio';
export const PORTFOLIO_SET_ASIDE_PREFIX = 'cvi-planner:portfolio-set-aside:';
export { PORTFOLIO_LINK_PARAM };
/** Enough for every U.S. city over 100,000 people several times over; keeps links and storage sane. */
export const MAX_PORTFOLIO_PLACES = 1000;
export const PORTFOLIO_NAME_MAX = 120;
/** Portfolio text (link or file) larger than this is refused before parsing. */
export const MAX_PORTFOLIO_BYTES = 2_000_000;
export const DEFAULT_PORTFOLIO_NAME = 'Portfolio';

/** The saved form of a portfolio: inputs only, never computed numbers. */
export interface PortfolioDocument extends Portfolio {
  readonly format: typeof PORTFOLIO_FORMAT;
  readonly version: typeof PORTFOLIO_VERSION;
}

/**
 * One step per version bump (document of version `from` → `from + 1`), applied by the planner's
 * own chain runner (migrateToCurrent). Every entry needs a row in tests/state/portfolio.test.ts;
 * a test there fails when one lacks it. Version 1 is the first, so the chain is empty.
 */
export const PORTFOLIO_MIGRATIONS: readonly Migration[] = [];

export function migratePortfolio(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  return migrateToCurrent(doc, version, PORTFOLIO_MIGRATIONS, PORTFOLIO_VERSION);
}

export type PortfolioParse = { ok: true; doc: PortfolioDocument; warnings: Issue[] } | { ok: false; errors: Issue[] };

const fail = (message: string, field = 'portfolio'): PortfolioParse => ({ ok: false, errors: [{ field, message }] });

const nameRule = `Portfolio name must be text of at most ${PORTFOLIO_NAME_MAX} characters.`;
const shape = z.object({
  name: z.string({ error: nameRule }).trim().max(PORTFOLIO_NAME_MAX, { error: nameRule }),
  preset: z.enum(PRESET_IDS, { error: `Methodology must be one of: ${PRESET_IDS.join(', ')}.` }),
  places: z.array(z.unknown(), { error: 'Places must be a list.' }).max(MAX_PORTFOLIO_PLACES, { error: `A portfolio holds at most ${MAX_PORTFOLIO_PLACES} places.` }),
});

const placeLabel = (raw: unknown, i: number): string => {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const name = [r.placeName, r.state].filter((p) => typeof p === 'string' && p.trim() !== '').join(', ');
  return name ? `Place ${i + 1} (${name.slice(0, 60)})` : `Place ${i + 1}`;
};

/** Read a portfolio document from parsed JSON (storage or link), through the migration chain. */
export function parsePortfolioDocument(raw: unknown): PortfolioParse {
  const opened = openVersionedDocument(raw, { noun: 'portfolio', format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, migrations: PORTFOLIO_MIGRATIONS });
  if (!opened.ok) return fail(opened.message);
  const migrated = opened.doc;
  const outer = shape.safeParse(migrated);
  if (!outer.success) {
    return { ok: false, errors: outer.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'portfolio', message: i.message })) };
  }
  const { name, preset } = outer.data;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const places: PlanInput[] = [];
  outer.data.places.forEach((rawPlace, i) => {
    const checked = validateInput(rawPlace);
    if (!checked.ok) {
      errors.push(...checked.errors.map((e) => ({ field: `places.${i}.${e.field}`, message: `${placeLabel(rawPlace, i)}: ${e.message}` })));
      return;
    }
    warnings.push(...checked.warnings.map((w) => ({ field: `places.${i}.${w.field}`, message: `${placeLabel(rawPlace, i)}: ${w.message}` })));
    // The portfolio's methodology applies to every place.
    places.push({ ...checked.input, preset });
  });
  const overrides = validateOverrides(migrated.assumptions ?? {}, preset);
  if (!overrides.ok) errors.push(...overrides.errors.map((e) => ({ field: `assumptions.${e.field}`, message: e.message })));
  if (errors.length > 0 || !overrides.ok) return { ok: false, errors };
  return {
    ok: true,
    doc: { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, name, preset, assumptions: overrides.overrides, places },
    warnings,
  };
}

/** Read a portfolio from text, refusing oversized or malformed text with a clear message. */
export function parsePortfolioText(text: string): PortfolioParse {
  if (text.length > MAX_PORTFOLIO_BYTES || new TextEncoder().encode(text).length > MAX_PORTFOLIO_BYTES) {
    return fail(`This is too large to be a portfolio (over ${MAX_PORTFOLIO_BYTES / 1_000_000} MB).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This is damaged or not a portfolio: it is not valid JSON.');
  }
  return parsePortfolioDocument(raw);
}

// ---------------------------------------------------------------------------------------------
// The store

export interface PortfolioState extends Portfolio {
  setName: (name: string) => void;
  setPreset: (preset: PresetId) => void;
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

type PortfolioData = Pick<PortfolioState, 'name' | 'preset' | 'assumptions' | 'places'>;

function initialPortfolio(): PortfolioData {
  return { name: DEFAULT_PORTFOLIO_NAME, preset: DEFAULT_PRESET, assumptions: {}, places: [] };
}

export function portfolioDocument(state: PortfolioData): PortfolioDocument {
  return { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, name: state.name, preset: state.preset, assumptions: state.assumptions, places: state.places };
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
        loadPortfolio: (doc) => set({ name: doc.name, preset: doc.preset, assumptions: doc.assumptions, places: doc.places.map((p) => ({ ...p, preset: doc.preset })) }),
      };
    },
    // Saved as the planner is (src/state/persistence.ts): what cannot be opened is set aside with a download.
    savedDocumentOptions<PortfolioState, PersistedPortfolio, PortfolioDocument>({
      storageKey: PORTFOLIO_STORAGE_KEY,
      setAsidePrefix: PORTFOLIO_SET_ASIDE_PREFIX,
      noun: 'portfolio',
      shownInstead: 'an empty portfolio',
      downloadFilename: 'saved-portfolio-set-aside.json',
      version: PORTFOLIO_VERSION,
      // Older saved portfolios go through the same chain as links.
      migrateDocument: migratePortfolio,
      parseDocument: parsePortfolioDocument,
      // A place may have many problems; the notice quotes the first few.
      problemsQuoted: 3,
      partialize: (state) => ({ doc: portfolioDocument(state) }),
      restore: ({ name, preset, assumptions, places }, _saved, current) => ({ ...current, name, preset, assumptions, places: [...places] }),
    }),
  ),
);

// computePortfolio memoised on the store's state: the inputs are replaced (never mutated) on every
// change, so the same three references mean the same result. Every component asking for the
// result between two edits gets the one computed for all of them.
let lastResult: { preset: PresetId; assumptions: AssumptionOverrides; places: readonly PlanInput[]; result: PortfolioResult } | null = null;

export function portfolioResultOf(state: PortfolioData): PortfolioResult {
  if (lastResult && lastResult.preset === state.preset && lastResult.assumptions === state.assumptions && lastResult.places === state.places) {
    return lastResult.result;
  }
  const result = computePortfolio(state);
  lastResult = { preset: state.preset, assumptions: state.assumptions, places: state.places, result };
  return result;
}

/** The portfolio's numbers, derived from the store (computed once per change). */
export function usePortfolioResult(): PortfolioResult {
  return usePortfolio(portfolioResultOf);
}

// ---------------------------------------------------------------------------------------------
// Share links: #portfolio=<lz-string of the document>. Inputs only, never results.

export function encodePortfolioLink(doc: PortfolioDocument): string {
  return `${PORTFOLIO_LINK_PARAM}=${compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

export function portfolioLinkUrl(doc: PortfolioDocument, base: string): string {
  const url = new URL(base);
  url.hash = encodePortfolioLink(doc);
  return url.toString();
}

/** The portfolio in a URL fragment, or null when the fragment carries no portfolio at all. */
export function decodePortfolioLink(hash: string): PortfolioParse | null {
  if (!isPortfolioLink(hash)) return null;
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${PORTFOLIO_LINK_PARAM}=`;
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(fragment.slice(prefix.length));
  } catch {
    text = null;
  }
  if (!text) {
    return { ok: false, errors: [{ field: 'link', message: 'This link is damaged: its portfolio could not be read. Your current portfolio is unchanged.' }] };
  }
  const result = parsePortfolioText(text);
  if (!result.ok) {
    const shown = result.errors.slice(0, 3).map((e) => e.message);
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more problems)` : '';
    return { ok: false, errors: [{ field: 'link', message: `This link’s portfolio could not be opened: ${shown.join(' ')}${more} Your current portfolio is unchanged.` }] };
  }
  return result;
}

export { useAppView, type AppView } from './appView';

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
