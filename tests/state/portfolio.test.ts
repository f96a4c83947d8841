// @vitest-environment jsdom
// The funders' portfolio store: what it saves, what a reload restores, what happens to saved data
// that cannot be opened (set aside, never dropped), its migration chain, its share link, and its
// total — which must be the sum of the places' own plans.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CITIES,
  cityFill,
  cityKey,
  computePlan,
  decodePortfolioLink,
  encodePortfolioLink,
  makeInput,
  MAX_PORTFOLIO_PLACES,
  migrateToCurrent,
  parsePortfolioDocument,
  PORTFOLIO_FORMAT,
  PORTFOLIO_MIGRATIONS,
  PORTFOLIO_VERSION,
  portfolioDocument,
  type Migration,
  type PlanInput,
  type PortfolioDocument,
} from '../../src/model';
import { useNotices } from '../../src/state/notices';
import {
  openPortfolioLinkFromLocation,
  PORTFOLIO_SET_ASIDE_PREFIX,
  PORTFOLIO_STORAGE_KEY,
  portfolioResultOf,
  useAppView,
  usePortfolio,
} from '../../src/state/portfolioStore';
import { NORFOLK_CAPS } from '../ui/support/expected';
import { resetStores } from './support/resetStores';

function resetPortfolio(): void {
  resetStores();
  usePortfolio.setState(usePortfolio.getInitialState(), true);
  useAppView.setState(useAppView.getInitialState(), true);
  usePortfolio.persist.clearStorage();
  localStorage.clear();
}

beforeEach(resetPortfolio);
afterEach(resetPortfolio);

const data = () => {
  const { name, preset, assumptions, places } = usePortfolio.getState();
  return { name, preset, assumptions, places };
};
const INITIAL = () => {
  const { name, preset, assumptions, places } = usePortfolio.getInitialState();
  return { name, preset, assumptions, places };
};

const ZURICH = makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3 });
const doc = (fields: Partial<PortfolioDocument> = {}): PortfolioDocument => ({
  format: PORTFOLIO_FORMAT,
  version: PORTFOLIO_VERSION,
  name: 'Twelve cities',
  preset: 'caps',
  assumptions: {},
  places: [],
  ...fields,
});

function setAsideEntries(): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PORTFOLIO_SET_ASIDE_PREFIX)) entries.push([key, localStorage.getItem(key) ?? '']);
  }
  return entries;
}

async function reloadWith(raw: string) {
  localStorage.setItem(PORTFOLIO_STORAGE_KEY, raw);
  await usePortfolio.persist.rehydrate();
}

function expectSetAside(reason: RegExp, raw?: string) {
  const entries = setAsideEntries();
  expect(entries).toHaveLength(1);
  const [, text] = entries[0] as [string, string];
  if (raw !== undefined) expect(text).toBe(raw);
  const notices = useNotices.getState().notices;
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ kind: 'recovered', download: { filename: 'saved-portfolio-set-aside.json', text } });
  expect(notices[0]?.message).toMatch(/set aside, not deleted/);
  expect(notices[0]?.message).toMatch(reason);
  expect(data()).toEqual(INITIAL());
  // The damaged data is moved, not copied: the key holds nothing, or (after a version mismatch,
  // when persist writes back what it merged) the empty portfolio.
  const stored = localStorage.getItem(PORTFOLIO_STORAGE_KEY);
  if (stored !== null) expect(JSON.parse(stored).state.doc).toEqual(portfolioDocument(usePortfolio.getInitialState()));
}

describe('Portfolio actions', () => {
  it('given a new visitor, then the portfolio is empty, named "Portfolio", with the default methodology and no changed assumptions', () => {
    expect(data()).toEqual({ name: 'Portfolio', preset: 'shooting-informed', assumptions: {}, places: [] });
  });

  it('given city presets added, then each place is the preset’s fill with the portfolio’s methodology, and a city is never added twice', () => {
    usePortfolio.getState().setPreset('caps');
    const first = usePortfolio.getState().addCities(['Norfolk, VA', 'detroit, mi']);
    expect(first).toEqual({ added: 2, alreadyIn: [], full: false });
    const norfolk = CITIES.find((c) => cityKey(c) === 'Norfolk, VA');
    if (!norfolk) throw new Error('Norfolk preset missing');
    expect(data().places[0]).toEqual(makeInput({ ...cityFill(norfolk).fields, preset: 'caps' }));
    expect(usePortfolio.getState().addCities(['Norfolk, VA'])).toEqual({ added: 0, alreadyIn: ['Norfolk, VA'], full: false });
    expect(data().places).toHaveLength(2);
  });

  it('given "add all presets" after one city, then every preset city is in the portfolio once', () => {
    usePortfolio.getState().addCities(['Norfolk, VA']);
    const result = usePortfolio.getState().addAllPresets();
    expect(result.added).toBe(CITIES.length - 1);
    expect(result.alreadyIn).toEqual(['Norfolk, VA']);
    expect(data().places.map((p) => `${p.placeName}, ${p.state}`).sort()).toEqual(CITIES.map(cityKey).sort());
  });

  it('given custom rows, then they can be edited and removed, and a change of methodology applies to every place', () => {
    const a = makeInput({ placeName: 'A', state: 'VA', population: 1000 });
    const b = makeInput({ placeName: 'B', state: 'VA', population: 2000 });
    expect(usePortfolio.getState().addPlaces([a, b])).toBe(true);
    usePortfolio.getState().updatePlace(1, { ...b, population: 3000 });
    expect(data().places.map((p) => p.population)).toEqual([1000, 3000]);
    usePortfolio.getState().setPreset('caps');
    expect(data().places.map((p) => p.preset)).toEqual(['caps', 'caps']);
    usePortfolio.getState().removePlace(0);
    expect(data().places.map((p) => p.placeName)).toEqual(['B']);
    expect(usePortfolio.getState().replacePlaces([a])).toBe(true);
    expect(data().places).toEqual([{ ...a, preset: 'caps' }]);
  });

  it('given more places than a portfolio holds, then nothing is added', () => {
    const many = Array.from({ length: MAX_PORTFOLIO_PLACES + 1 }, (_, i) => makeInput({ placeName: `P${i}`, population: 1000 }));
    expect(usePortfolio.getState().addPlaces(many)).toBe(false);
    expect(usePortfolio.getState().replacePlaces(many)).toBe(false);
    expect(data().places).toEqual([]);
  });

  it('given an assumption outside its rule or breaking a cross-rule, then it is refused with the rule and nothing changes', () => {
    expect(usePortfolio.getState().setOverride('fringeRate', 0.25)).toEqual({ ok: true });
    const tooHigh = usePortfolio.getState().setOverride('fringeRate', 2);
    expect(tooHigh.ok).toBe(false);
    expect(!tooHigh.ok && tooHigh.message).toMatch(/^Fringe/);
    const crossed = usePortfolio.getState().setOverride('violenceFactorMin', 10);
    expect(crossed.ok).toBe(false);
    expect(data().assumptions).toEqual({ fringeRate: 0.25 });
    usePortfolio.getState().resetOverride('fringeRate');
    expect(data().assumptions).toEqual({});
  });
});

describe('Portfolio total', () => {
  const sumOfPlans = (places: readonly PlanInput[], preset: PlanInput['preset'], assumptions: Parameters<typeof computePlan>[1]) => {
    let total = 0;
    let staff = 0;
    for (const place of places) {
      const plan = computePlan({ ...place, preset }, assumptions);
      total += plan.budget.total;
      staff += plan.totalHeadcount;
    }
    return { total, staff };
  };

  it('given every preset city, then the portfolio total and staff are the sums of each place planned on its own', () => {
    usePortfolio.getState().addAllPresets();
    const { places, preset, assumptions } = data();
    expect(places).toHaveLength(60);
    const result = portfolioResultOf(usePortfolio.getState());
    expect({ total: result.total, staff: result.staff }).toEqual(sumOfPlans(places, preset, assumptions));
    expect(result.plans).toHaveLength(60);
  });

  it('given changed assumptions and the CAPS methodology, then the sums follow them', () => {
    usePortfolio.getState().addAllPresets();
    usePortfolio.getState().setPreset('caps');
    usePortfolio.getState().setOverride('fringeRate', 0.25);
    usePortfolio.getState().setOverride('street-outreach.caseload', 20);
    const before = portfolioResultOf({ ...usePortfolio.getState(), assumptions: {} });
    const result = portfolioResultOf(usePortfolio.getState());
    expect(result.total).toBe(sumOfPlans(data().places, 'caps', { fringeRate: 0.25, 'street-outreach.caseload': 20 }).total);
    expect(result.total).toBeLessThan(before.total); // lower fringe and a bigger caseload both cost less
  });

  it('given two Norfolk-sized places under CAPS, then the total is twice the hand-derived Norfolk total of docs/methodology.md §9', () => {
    usePortfolio.getState().setPreset('caps');
    const place = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005 });
    usePortfolio.getState().addPlaces([place, { ...place, placeName: 'Norfolk twin' }]);
    const result = portfolioResultOf(usePortfolio.getState());
    expect(NORFOLK_CAPS.total).toBe(19_883_025);
    expect(result.total).toBe(2 * 19_883_025);
    expect(result.staff).toBe(2 * 78);
  });

  it('given no change, then the memoised result is the same object; after an edit, a new one', () => {
    usePortfolio.getState().addAllPresets();
    const first = portfolioResultOf(usePortfolio.getState());
    expect(portfolioResultOf(usePortfolio.getState())).toBe(first);
    usePortfolio.getState().setName('Renamed');
    expect(portfolioResultOf(usePortfolio.getState())).toBe(first); // the name does not change any number
    usePortfolio.getState().removePlace(0);
    expect(portfolioResultOf(usePortfolio.getState())).not.toBe(first);
  });
});

describe('Portfolio persistence', () => {
  it('given edits, then the store saves a portfolio document of the current version with inputs only', () => {
    usePortfolio.getState().addCities(['Norfolk, VA']);
    usePortfolio.getState().setOverride('fringeRate', 0.28);
    usePortfolio.getState().setName('Funders');
    const saved = JSON.parse(localStorage.getItem(PORTFOLIO_STORAGE_KEY) ?? 'null');
    expect(saved.version).toBe(PORTFOLIO_VERSION);
    expect(Object.keys(saved.state)).toEqual(['doc']);
    expect(saved.state.doc).toEqual(portfolioDocument(usePortfolio.getState()));
    expect(Object.keys(saved.state.doc).sort()).toEqual(['assumptions', 'format', 'name', 'places', 'preset', 'version']);
    expect(saved.state.doc.format).toBe('cvi-ecosystem-portfolio');
  });

  it('given a saved portfolio, when the page reloads, then name, methodology, assumptions and places come back', async () => {
    usePortfolio.getState().setPreset('caps');
    usePortfolio.getState().addPlaces([ZURICH]);
    usePortfolio.getState().addCities(['Detroit, MI']);
    usePortfolio.getState().setOverride('fringeRate', 0.28);
    const saved = localStorage.getItem(PORTFOLIO_STORAGE_KEY) ?? '';
    const before = data();
    resetPortfolio();
    expect(data()).toEqual(INITIAL());
    await reloadWith(saved);
    expect(data()).toEqual(before);
    expect(data().places[0]?.placeName).toBe('Zürich – Δ');
    expect(useNotices.getState().notices).toEqual([]);
    expect(setAsideEntries()).toEqual([]);
  });

  it('given corrupted JSON, when the page reloads, then it is set aside with a download and an empty portfolio shows', async () => {
    const raw = '{"state":{"doc":{"format":"cvi-ecosystem-portfolio"';
    await reloadWith(raw);
    expectSetAside(/damaged/, raw);
  });

  it.each(['42', 'null', '[1]', '{"version":1}'])('given the shapeless value %s, when the page reloads, then it is set aside', async (raw) => {
    await reloadWith(raw);
    expectSetAside(/not a saved portfolio/, raw);
  });

  it('given a saved place with an invalid population, when the page reloads, then it is set aside naming the place and the rule', async () => {
    const bad = doc({ places: [ZURICH, { ...ZURICH, placeName: 'Nowhere', population: 0 }] });
    const raw = JSON.stringify({ state: { doc: bad }, version: PORTFOLIO_VERSION });
    await reloadWith(raw);
    expectSetAside(/Place 2 \(Nowhere, ZH\): Population must be a whole number from 1 to 50,000,000/, raw);
  });

  it('given an unknown assumption or a newer version, when the page reloads, then it is set aside rather than half-read', async () => {
    const unknown = JSON.stringify({ state: { doc: doc({ assumptions: { 'street-outreach.caseloda': 20 } as never }) }, version: 1 });
    await reloadWith(unknown);
    expectSetAside(/caseloda/, unknown);
    resetPortfolio();
    const newer = JSON.stringify({ state: { doc: doc({ version: (PORTFOLIO_VERSION + 1) as never }) }, version: PORTFOLIO_VERSION + 1 });
    await reloadWith(newer);
    expectSetAside(/newer version/, newer);
  });

  it('given a saved portfolio that fails to open, then the set-aside copy and the download are the stored text byte for byte', async () => {
    const bad = doc({ places: [{ ...ZURICH, homicides: -1 }] });
    // Indented, with the version first and a trailing line break: a re-serialised copy would differ.
    const raw = `{\n  "version": ${PORTFOLIO_VERSION},\n  "state": ${JSON.stringify({ doc: bad }, null, 2)}\n}\n`;
    await reloadWith(raw);
    expectSetAside(/Place 1 \(Zürich – Δ, ZH\)/, raw);
  });

  it('given a place with many problems, then the notice quotes the first three and the copy keeps them all', async () => {
    const many = doc({ places: [1, 2, 3, 4, 5].map((n) => ({ ...ZURICH, placeName: `Town ${n}`, population: 0 })) });
    const raw = JSON.stringify({ state: { doc: many }, version: PORTFOLIO_VERSION });
    await reloadWith(raw);
    expectSetAside(/Town 3/, raw);
    expect(useNotices.getState().notices[0]?.message).not.toMatch(/Town 4/);
  });

  it('given damaged data already set aside, when the page reloads again, then it is not set aside a second time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
      await reloadWith('{"state":');
      expect(setAsideEntries()).toHaveLength(1);
      useNotices.setState(useNotices.getInitialState(), true);
      vi.setSystemTime(new Date('2026-01-01T10:01:00Z'));
      await usePortfolio.persist.rehydrate();
      expect(setAsideEntries()).toHaveLength(1);
      expect(useNotices.getState().notices).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Portfolio migration chain', () => {
  /** One row per PORTFOLIO_MIGRATIONS entry, keyed by its from-version (none yet: version 1 is the first). */
  const MIGRATION_TESTS: Readonly<Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }>> = {};
  const untested = (migrations: readonly Migration[]) => migrations.filter((m) => !Object.prototype.hasOwnProperty.call(MIGRATION_TESTS, m.from));

  it('given PORTFOLIO_MIGRATIONS, then every migration has a test row, and there is one step from each older version', () => {
    expect(untested(PORTFOLIO_MIGRATIONS).map((m) => m.name)).toEqual([]);
    expect(PORTFOLIO_MIGRATIONS.map((m) => m.from).sort()).toEqual(Array.from({ length: PORTFOLIO_VERSION - 1 }, (_, i) => i + 1));
    for (const m of PORTFOLIO_MIGRATIONS) {
      const row = MIGRATION_TESTS[m.from];
      expect({ ...m.migrate(structuredClone(row?.before ?? {})), version: m.from + 1 }).toEqual(row?.after);
    }
  });

  it('given the guard, when a migration has no row, then it reports it (so the guard can fail)', () => {
    expect(untested([{ from: 1, name: 'rename a field', migrate: (d) => d }]).map((m) => m.name)).toEqual(['rename a field']);
  });

  it('given a current document, then migration is the identity and parsing returns it unchanged', () => {
    const current = doc({ places: [{ ...ZURICH, preset: 'caps' }], assumptions: { fringeRate: 0.28 } });
    expect(migrateToCurrent(structuredClone(current) as unknown as Record<string, unknown>, PORTFOLIO_VERSION, PORTFOLIO_MIGRATIONS, PORTFOLIO_VERSION)).toEqual(current);
    expect(parsePortfolioDocument(structuredClone(current))).toEqual({ ok: true, doc: current, warnings: [] });
  });
});

describe('Portfolio share link', () => {
  it('given a portfolio with Unicode names, then its link decodes to the same document', () => {
    usePortfolio.getState().addPlaces([ZURICH]);
    usePortfolio.getState().addCities(['Norfolk, VA']);
    usePortfolio.getState().setOverride('fringeRate', 0.28);
    usePortfolio.getState().setName('Fonds – Δ');
    const current = portfolioDocument(usePortfolio.getState());
    const link = encodePortfolioLink(current);
    expect(link).toMatch(/^portfolio=[A-Za-z0-9+\-$_]+$/);
    expect(decodePortfolioLink(`#${link}`)).toEqual({ ok: true, doc: current, warnings: [] });
  });

  it('given a fragment without a portfolio, then there is no portfolio link', () => {
    expect(decodePortfolioLink('')).toBeNull();
    expect(decodePortfolioLink('#plan=abc')).toBeNull();
  });

  it('given a link in the address bar, when it is opened, then the portfolio replaces the current one and the portfolio page shows', () => {
    usePortfolio.getState().addCities(['Detroit, MI']);
    const shared = doc({ places: [{ ...ZURICH, preset: 'caps' }] });
    window.history.replaceState(null, '', `/?x=1#${encodePortfolioLink(shared)}`);
    expect(openPortfolioLinkFromLocation()).toBe(true);
    expect(data()).toEqual({ name: shared.name, preset: shared.preset, assumptions: shared.assumptions, places: shared.places });
    expect(useAppView.getState().view).toBe('portfolio');
    expect(useNotices.getState().notices[0]).toMatchObject({ kind: 'info', message: expect.stringMatching(/Opened the portfolio “Twelve cities” \(1 place\)/) });
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');
  });

  it.each([
    ['cut short', (link: string) => link.slice(0, 40)],
    ['not lz-string at all', () => 'portfolio=%%%not-a-link'],
  ])('given a damaged link (%s), when it is opened, then the message says so and the current portfolio is kept', (_, damage) => {
    usePortfolio.getState().addCities(['Detroit, MI']);
    const before = data();
    window.history.replaceState(null, '', `/#${damage(encodePortfolioLink(doc({ places: [ZURICH] })))}`);
    expect(openPortfolioLinkFromLocation()).toBe(true);
    expect(data()).toEqual(before);
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('error');
    expect(notices[0]?.message).toMatch(/Your current portfolio is unchanged\.$/);
    expect(useAppView.getState().view).toBe('portfolio');
    expect(window.location.hash).toBe('');
  });

  it('given a well-formed link with an invalid place, when it is opened, then the message names the place and the rule', () => {
    usePortfolio.getState().addCities(['Detroit, MI']);
    const before = data();
    const bad = doc({ places: [{ ...ZURICH, population: -5 }] });
    const result = decodePortfolioLink(encodePortfolioLink(bad));
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.errors[0]?.message).toMatch(/^This link’s portfolio could not be opened: Place 1 \(Zürich – Δ, ZH\): Population must be/);
    window.history.replaceState(null, '', `/#${encodePortfolioLink(bad)}`);
    openPortfolioLinkFromLocation();
    expect(data()).toEqual(before);
  });

  it('given no link, then nothing happens', () => {
    expect(openPortfolioLinkFromLocation()).toBe(false);
    expect(useAppView.getState().view).toBe('planner');
    expect(useNotices.getState().notices).toEqual([]);
  });
});

describe('A portfolio the browser refuses to save', () => {
  it('given storage that refuses writes, when a place is added, then the page says so and the download is a link that opens this portfolio again', () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      usePortfolio.getState().setName('Fund – Δ');
      usePortfolio.getState().addCities(['Norfolk, VA']);
    } finally {
      refuse.mockRestore();
    }
    const notice = useNotices.getState().notices.find((n) => n.key === `save-failed:${PORTFOLIO_STORAGE_KEY}`);
    expect(notice?.message).toMatch(/refused to save your portfolio/);
    expect(notice?.download?.filename).toBe('portfolio-link.txt');
    const url = notice?.download?.text.split('\n')[1] ?? '';
    const decoded = decodePortfolioLink(new URL(url).hash);
    expect(decoded?.ok && decoded.doc).toEqual(portfolioDocument(usePortfolio.getState()));
    expect(decoded?.ok && decoded.doc.name).toBe('Fund – Δ');
  });
});
