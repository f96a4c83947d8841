// The command line's reality check (docs/methodology.md §12): JSON gains
// `benchmarks: [{metric, plan, low, median, high, count}]`, the table a "Reality check" section.
// Ranges are checked against the raw file (tests/helpers/benchmarkFile.ts); the Norfolk figures are
// worked by hand from docs/methodology.md §9.
import { describe, expect, it } from 'vitest';
import { expectedStats, RAW_METRICS } from '../helpers/benchmarkFile';
import { cli } from './helpers';

const NORFOLK = ['--place', 'Norfolk', '--state', 'VA', '--population', '238005', '--homicides', '50', '--preset', 'caps'];

describe('--format json: benchmarks', () => {
  it('given Norfolk under caps, then each metric carries the plan’s hand-worked figure and the raw file’s range', async () => {
    const r = await cli([...NORFOLK, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { benchmarks: { metric: string; plan: number | null; low: number; median: number; high: number; count: number }[] };
    expect(json.benchmarks.map((b) => b.metric).sort()).toEqual([...RAW_METRICS].sort());
    for (const b of json.benchmarks) {
      expect(Object.keys(b)).toEqual(['metric', 'plan', 'low', 'median', 'high', 'count']);
      expect({ low: b.low, median: b.median, high: b.high, count: b.count }, b.metric).toEqual(expectedStats(b.metric));
    }
    const plan = (metric: string) => json.benchmarks.find((b) => b.metric === metric)?.plan;
    expect(plan('cost-per-participant')).toBeCloseTo(19_883_025 / 238.005, 6);
    expect(plan('cost-per-position')).toBe(9_172_800 / 78);
    expect(plan('program-budget-per-resident')).toBeCloseTo(19_883_025 / 238_005, 9);
    expect(plan('participants-per-outreach-worker')).toBeCloseTo(238.005 / 16, 9);
    expect(plan('staff-per-site')).toBeNull();
  });
});

describe('--format table: Reality check section', () => {
  it('given Norfolk, then each figure is listed with the programs’ range, their count and where the plan sits', async () => {
    const r = await cli(NORFOLK);
    expect(r.code).toBe(0);
    const start = r.stdout.indexOf('Reality check: what real programs spend');
    expect(start).toBeGreaterThan(0);
    const lines = r.stdout.slice(start).split('\n');
    const row = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? '';
    const usd = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
    const cpp = expectedStats('cost-per-participant');
    expect(row('Cost per participant')).toMatch(new RegExp(`\\$83,540\\s+${escape(usd(cpp.low))} to ${escape(usd(cpp.high))}\\s+${escape(usd(cpp.median))}\\s+${cpp.count}\\s+above the range`));
    const pos = expectedStats('cost-per-position');
    expect(row('All-in cost per position')).toMatch(new RegExp(`\\$117,600\\s+${escape(usd(pos.low))} to ${escape(usd(pos.high))}\\s+${escape(usd(pos.median))}\\s+${pos.count}\\s+above the range`));
    const ppw = expectedStats('participants-per-outreach-worker');
    expect(row('Participants per street outreach worker')).toMatch(new RegExp(`14\\.9\\s+${ppw.low.toFixed(1)} to ${ppw.high.toFixed(1)}\\s+${ppw.median.toFixed(1)}\\s+${ppw.count}\\s+within the range`));
    expect(row('Staff per site')).toMatch(/—.*site-based plans only/);
    expect(row('Budget per resident')).toContain(`${expectedStats('program-budget-per-resident').count}  above the range`);
    expect(r.stdout).toContain('Benchmarks sheet');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
