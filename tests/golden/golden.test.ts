// Issue 11's golden check: the redesign changed no plan, export or help text. The baseline holds
// the outputs of the commit before the redesign (see cases.ts); each output is compared whole and
// the first differing one is reported with the place where it differs.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { goldenOutputs } from './cases';

const recorded = JSON.parse(gunzipSync(readFileSync(new URL('./baseline.json.gz', import.meta.url))).toString('utf8')) as Record<string, string>;

/**
 * The one change the redesign makes on purpose: what the outputs cite. Before, sources, notes and
 * --help cited "methodology §N" and ../shared/methodology.md, a file outside the repository; now
 * they cite the repository's docs/methodology.md, whose sections keep the same numbers. Nothing
 * else may differ.
 */
function citingTheRepository(text: string): string {
  return text.replaceAll('../shared/methodology.md', 'docs/methodology.md').replace(/(?<![\w/.])[Mm]ethodology §/g, 'docs/methodology.md §');
}

const baseline = Object.fromEntries(Object.entries(recorded).map(([key, text]) => [key, citingTheRepository(text)]));

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at character ${i}: baseline …${a.slice(Math.max(0, i - 80), i + 80)}… now …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('golden outputs of every city preset under both methodology presets', () => {
  it('given the same inputs, when every output is produced again, then each is identical to the baseline', async () => {
    const now = await goldenOutputs();
    expect(Object.keys(now).sort()).toEqual(Object.keys(baseline).sort());
    const differing = Object.keys(baseline).filter((key) => now[key] !== baseline[key]);
    const detail = differing.slice(0, 3).map((key) => `${key}: ${firstDifference(baseline[key] ?? '', now[key] ?? '')}`);
    expect(detail).toEqual([]);
    expect(differing).toEqual([]);
  }, 120_000);
});
