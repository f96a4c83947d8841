// The saved form of a funders' portfolio (src/model/portfolio.ts adds its plans up): the places'
// inputs, the preset, the assumption overrides and a name — never computed numbers. Browser
// storage and share links read it through the one reader (reader.ts) and one migration chain,
// like plans.
import { z } from 'zod';
import { validateInput, type Issue } from '../input';
import type { PlanInput } from '../inputFields';
import { validateOverrides } from '../overrides';
import type { Portfolio } from '../portfolio';
import { PORTFOLIO_HIGH_RISK_METHODS } from '../portfolioNeed';
import { PRESET_IDS } from '../presets';
import { documentLinkUrl, encodeDocumentLink, openDocumentLink, PORTFOLIO_LINK_PARAM, type LinkKind } from './links';
import { openDocument, type Migration, type ReadResult } from './reader';

export const PORTFOLIO_FORMAT = 'cvi-ecosystem-portfolio';
export const PORTFOLIO_VERSION = 1;
/** Enough for every U.S. city over 100,000 people several times over; keeps links and storage sane. */
export const MAX_PORTFOLIO_PLACES = 1000;
export const PORTFOLIO_NAME_MAX = 120;
/** Portfolio text (link or file) larger than this is refused before parsing. */
const MAX_PORTFOLIO_BYTES = 2_000_000;

/** The saved form of a portfolio: inputs only, never computed numbers. */
export interface PortfolioDocument extends Portfolio {
  readonly format: typeof PORTFOLIO_FORMAT;
  readonly version: typeof PORTFOLIO_VERSION;
}

/**
 * One step per version bump (document of version `from` → `from + 1`), applied by the reader's
 * chain runner (migrateToCurrent). Every entry needs a row in tests/state/portfolio.test.ts;
 * a test there fails when one lacks it. Version 1 is the first, so the chain is empty.
 */
export const PORTFOLIO_MIGRATIONS: readonly Migration[] = [];

type PortfolioRead = ReadResult<PortfolioDocument>;

/**
 * A portfolio as it is saved. The high-risk choice (issue 14) is an optional field rather than a
 * version bump: absent means each place's own method, which is how every portfolio saved before
 * it was planned, so those open with the same numbers and links made then encode to the same text.
 * It is written only when it says something else.
 */
export function portfolioDocument(portfolio: Portfolio): PortfolioDocument {
  const { highRiskMethod } = portfolio;
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    name: portfolio.name,
    preset: portfolio.preset,
    ...(highRiskMethod !== undefined && highRiskMethod !== 'each-place' ? { highRiskMethod } : {}),
    assumptions: portfolio.assumptions,
    places: portfolio.places,
  };
}

const nameRule = `Portfolio name must be text of at most ${PORTFOLIO_NAME_MAX} characters.`;
const shape = z.object({
  name: z.string({ error: nameRule }).trim().max(PORTFOLIO_NAME_MAX, { error: nameRule }),
  preset: z.enum(PRESET_IDS, { error: `Methodology must be one of: ${PRESET_IDS.join(', ')}.` }),
  highRiskMethod: z.enum(PORTFOLIO_HIGH_RISK_METHODS, { error: `High-risk estimate must be one of: ${PORTFOLIO_HIGH_RISK_METHODS.join(', ')}.` }).optional(),
  places: z.array(z.unknown(), { error: 'Places must be a list.' }).max(MAX_PORTFOLIO_PLACES, { error: `A portfolio holds at most ${MAX_PORTFOLIO_PLACES} places.` }),
});

const placeLabel = (raw: unknown, i: number): string => {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const name = [r.placeName, r.state].filter((p) => typeof p === 'string' && p.trim() !== '').join(', ');
  return name ? `Place ${i + 1} (${name.slice(0, 60)})` : `Place ${i + 1}`;
};

/** The body of a portfolio already brought to the current version: its name, preset, places and assumptions. */
function readPortfolioBody(migrated: Record<string, unknown>): PortfolioRead {
  const outer = shape.safeParse(migrated);
  if (!outer.success) {
    return { ok: false, errors: outer.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'portfolio', message: i.message })) };
  }
  const { name, preset, highRiskMethod } = outer.data;
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
    doc: portfolioDocument({ name, preset, ...(highRiskMethod !== undefined ? { highRiskMethod } : {}), assumptions: overrides.overrides, places }),
    warnings,
  };
}

/** Portfolios, for the reader: a place may have many problems, so notices quote the first three. */
export const PORTFOLIO_DOCUMENT: LinkKind<PortfolioDocument> = {
  noun: 'portfolio',
  format: PORTFOLIO_FORMAT,
  version: PORTFOLIO_VERSION,
  migrations: PORTFOLIO_MIGRATIONS,
  maxBytes: MAX_PORTFOLIO_BYTES,
  textSubject: 'This',
  problemsQuoted: 3,
  linkParam: PORTFOLIO_LINK_PARAM,
  readBody: readPortfolioBody,
};

/** Read a portfolio document from parsed JSON (storage or link), through the migration chain. */
export function parsePortfolioDocument(raw: unknown): PortfolioRead {
  return openDocument(PORTFOLIO_DOCUMENT, raw);
}

export function encodePortfolioLink(doc: PortfolioDocument): string {
  return encodeDocumentLink(PORTFOLIO_DOCUMENT, doc);
}

export function portfolioLinkUrl(doc: PortfolioDocument, base: string): string {
  return documentLinkUrl(PORTFOLIO_DOCUMENT, doc, base);
}

/** The portfolio in a URL fragment, or null when the fragment carries no portfolio at all. */
export function decodePortfolioLink(hash: string): PortfolioRead | null {
  return openDocumentLink(PORTFOLIO_DOCUMENT, hash);
}
