// The golden check: every plan, export and help text the command line produces for the shipped
// city presets, compared whole with the baseline; the first differing output is reported with the
// place where it differs. See cases.ts for what the baseline is and when it is regenerated.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { goldenOutputs } from './cases';

const baseline = JSON.parse(gunzipSync(readFileSync(new URL('./baseline.json.gz', import.meta.url))).toString('utf8')) as Record<string, string>;

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at character ${i}: baseline …${a.slice(Math.max(0, i - 80), i + 80)}… now …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('golden outputs of every city preset under every methodology preset', () => {
  it('given the same inputs, when every output is produced again, then each is identical to the baseline', async () => {
    const now = await goldenOutputs();
    expect(Object.keys(now).sort()).toEqual(Object.keys(baseline).sort());
    const differing = Object.keys(baseline).filter((key) => now[key] !== baseline[key]);
    const detail = differing.slice(0, 3).map((key) => `${key}: ${firstDifference(baseline[key] ?? '', now[key] ?? '')}`);
    expect(detail).toEqual([]);
    expect(differing).toEqual([]);
  }, 120_000);
});
