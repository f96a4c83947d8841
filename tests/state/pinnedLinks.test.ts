// Share links people already hold keep opening. The three links below were made by the planner
// before the documents moved to src/model/documents (commit 980d599: src/state/shareLink.ts and
// src/state/portfolioStore.ts), and are pinned here as text: today's reader must open them to the
// same documents, and today's encoder must make the very same link for the same document.
import { describe, expect, it } from 'vitest';
import {
  decodePlanLink,
  decodePortfolioLink,
  encodePlanLink,
  encodePortfolioLink,
  makeInput,
  makePlanDocument,
  PORTFOLIO_FORMAT,
  PORTFOLIO_VERSION,
  type PortfolioDocument,
} from '../../src/model';

/** A version-2 plan (one scenario, a Unicode place name, one override), as encodePlanLink made it. */
const PLAN_V2_LINK =
  'plan=N4IgZg9gTgtghgFxALhAYwG4EsC0BTNCAZwE8iE8YcAHAGzgDsQAaEDPKIrCJ5AJlZw0CLOwDKaPAzhRuKAAysik6bOIoA2qGkw8KEAAV6DAAQBBFiCwNqAVyTJQdIXgBycXfoBaAH9loACxNAZAITQBTgS3JEPVQvAAlLAIgYLDQsABM8IhQAZlYwRDhaMSSIEQYAc2zkBltaWlYGHgKEIpKIMusqhVZaCDQiuKwKgIAlLCIAawBhCFsGB1r6pQ5sSVG8IQCDYRQARnlFECSiaixW2g2tnYccgFZWXQQk9P1qCDt6ER5LaigsvAOdBwajZVjvT6Ibi8AAsfD2AA4AOwIgC+giIRFsMGo3wY1VAYFklTwo2iCgAdHw0Y86iIAJqbKAoUBRKAIRkyFBLBogEhM6p5EBQDzUTTyCkPCVIh57AC66PA83SXU0ctYaFsUH+CzErTAYFVjlRqIVQA';
/** A version-1 plan ({ format, version: 1, input, assumptions }), as links carried it before scenarios. */
const PLAN_V1_LINK =
  'plan=N4IgZg9gTgtghgFxALhAYwG4EsC0BTNCAZwE8iE8YcAHAGzgDsQAaEDPKIrCJ5ARlZYG1AK5JkoOnDR4AcnBh4UIWdEi0A1ixDlES1ADUAgtuoRR9BN14AmAMwAOAAxOArKwAWEGFjRYAJnhEKAAsNqxgiHC0AMpeEFYMAObByAwitLSsDDyRCNFxEAlCKSjpmaxEHNgyAEp40h4ACmjifC6exNRY+bT1jS3irk6sighe-spmFojW2rQQaNEAElhJHrVYRBoAwhAiDOLlWSDUUEF44uhw1MEAvqxwREQiMNRWPKmgYFAleLV6FBOAB0NgcdzuQA';
/** A portfolio of one place with a Unicode name and one override, as encodePortfolioLink made it. */
const PORTFOLIO_LINK =
  'portfolio=N4IgZg9gTgtghgFxALhAYwG4EsC0BTNCAZwE8iE8YcAHaBSAGywhABoQM8ojmA7FAIztecGHhQgAYhF4ATIgAJAyAQLAKcBsQ1KHiJ4kqNHGpENcIkQCuMagj4nkoMFCy8A5ngBKiccgAMAOgAmAA4AX3ZqBjg0HRQAbVBI6LwAOVEfEAAtAB-nNAALZTUNcm8JTIAJDXyIGCw0LFlY5ABmdjBEOAYAZRqIWzd7XgsGBmEZDoQu3oh+l1chkbGQBghDBgqsV3yPLCIAawBhCAtefWHR9l0obBiPPGj8gAU0fQFfX3YaomosKYZ7o8XvoAKyfEBiBA1WQSWjUEaIPgaLQ6PQSQzGZEQeFRWwyFAAFkCAmCAHYwgBdUJAA';

const ZURICH = makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, nonfatalShootings: 0, hospitalReachPct: 35, preset: 'caps' });
const NORFOLK_V1 = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42, serviceReachPct: 100, hospitalReachPct: 50, method: 'population', preset: 'caps' });
const PORTFOLIO: PortfolioDocument = {
  format: PORTFOLIO_FORMAT,
  version: PORTFOLIO_VERSION,
  name: 'Fonds – Δ',
  preset: 'caps',
  assumptions: { fringeRate: 0.28 },
  places: [makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, preset: 'caps' })],
};

describe('links made before the redesign', () => {
  it('given a version-2 plan link, then it opens to the same plan, and encoding that plan gives the same link', () => {
    const doc = makePlanDocument(ZURICH, { fringeRate: 0.28 });
    expect(decodePlanLink(`#${PLAN_V2_LINK}`)).toEqual({ ok: true, doc, warnings: [] });
    expect(encodePlanLink(doc)).toBe(PLAN_V2_LINK);
  });

  it('given a version-1 plan link, then it opens through the migration chain as a one-scenario plan', () => {
    expect(decodePlanLink(`#${PLAN_V1_LINK}`)).toEqual({ ok: true, doc: makePlanDocument(NORFOLK_V1, { fringeRate: 0.28 }), warnings: [] });
  });

  it('given a portfolio link, then it opens to the same portfolio, and encoding that portfolio gives the same link', () => {
    expect(decodePortfolioLink(`#${PORTFOLIO_LINK}`)).toEqual({ ok: true, doc: PORTFOLIO, warnings: [] });
    expect(encodePortfolioLink(PORTFOLIO)).toBe(PORTFOLIO_LINK);
  });
});
