// @vitest-environment jsdom
// The portfolio's high-risk estimate (issue 14) is an optional field of the portfolio document:
// a portfolio saved before it (no field) still opens, with each place's own method and the same
// numbers; a portfolio with it saves, reloads and travels by link; a wrong value is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  computePlan,
  decodePortfolioLink,
  encodePortfolioLink,
  makeInput,
  parsePortfolioDocument,
  PORTFOLIO_FORMAT,
  portfolioDocument,
} from '../../src/model';
import { PORTFOLIO_STORAGE_KEY, portfolioResultOf, usePortfolio } from '../../src/state/portfolioStore';
import { useNotices } from '../../src/state/notices';
import { resetStores } from './support/resetStores';

function reset(): void {
  resetStores();
  usePortfolio.setState(usePortfolio.getInitialState(), true);
  usePortfolio.persist.clearStorage();
  localStorage.clear();
}
beforeEach(reset);
afterEach(reset);

const FLINT = makeInput({ placeName: 'Flint', state: 'MI', population: 81_252, homicides: 60, method: 'violence-adjusted' });
const NEWARK = makeInput({ placeName: 'Newark', state: 'NJ', population: 317_303 });

/** A portfolio as version 1 saved it before the choice existed: written out by hand, no highRiskMethod. */
const OLD_SAVED = {
  format: PORTFOLIO_FORMAT,
  version: 1,
  name: 'Saved before issue 14',
  preset: 'shooting-informed',
  assumptions: {},
  places: [FLINT, NEWARK],
};

describe('a portfolio saved before the high-risk choice', () => {
  it('given the old document, then it opens without the field and each place keeps its own method and numbers', () => {
    const read = parsePortfolioDocument(structuredClone(OLD_SAVED));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect('highRiskMethod' in read.doc).toBe(false);
    const result = portfolioResultOf({ ...read.doc, highRiskMethod: 'each-place' });
    expect(result.rows.map((r) => r.method.method)).toEqual(['violence-adjusted', 'population']);
    expect(result.rows[0]?.plan.budget.total).toBe(computePlan({ ...FLINT, preset: 'shooting-informed' }).budget.total);
  });

  it('given the old document in browser storage, when the page reloads, then it opens as each place’s own', async () => {
    usePortfolio.getState().setHighRiskMethod('population');
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, JSON.stringify({ state: { doc: OLD_SAVED }, version: 1 }));
    await usePortfolio.persist.rehydrate();
    expect(usePortfolio.getState().name).toBe('Saved before issue 14');
    expect(usePortfolio.getState().highRiskMethod).toBe('each-place');
    expect(usePortfolio.getState().places).toHaveLength(2);
    expect(useNotices.getState().notices).toEqual([]);
  });
});

describe('a portfolio with the high-risk choice', () => {
  it('given violence-adjusted, then it is saved, reloads and travels by link; each place’s own is not written', async () => {
    usePortfolio.getState().addPlaces([FLINT, NEWARK]);
    expect(Object.keys(portfolioDocument(usePortfolio.getState()))).not.toContain('highRiskMethod');
    usePortfolio.getState().setHighRiskMethod('violence-adjusted');
    const doc = portfolioDocument(usePortfolio.getState());
    expect(doc.highRiskMethod).toBe('violence-adjusted');
    expect(decodePortfolioLink(`#${encodePortfolioLink(doc)}`)).toEqual({ ok: true, doc, warnings: [] });

    const saved = localStorage.getItem(PORTFOLIO_STORAGE_KEY) ?? '';
    reset();
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, saved);
    await usePortfolio.persist.rehydrate();
    expect(usePortfolio.getState().highRiskMethod).toBe('violence-adjusted');
    const result = portfolioResultOf(usePortfolio.getState());
    expect(result.rows.map((r) => r.method)).toEqual([
      { method: 'violence-adjusted', note: null },
      { method: 'population', note: 'no-violence-counts' },
    ]);
  });

  it('given an unknown high-risk estimate, then the portfolio is refused with the allowed values', () => {
    const read = parsePortfolioDocument({ ...structuredClone(OLD_SAVED), highRiskMethod: 'by-vibes' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]?.message).toBe('High-risk estimate must be one of: each-place, population, violence-adjusted.');
  });
});
