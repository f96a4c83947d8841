// @vitest-environment jsdom
// The planner's reality check section (docs/methodology.md §12): a table of the plan's five
// figures beside the benchmarks' low / median / high, then every program with its source link and
// caveat. The ranges are checked against the raw file, worked out in tests/helpers/benchmarkFile.ts.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computePlan, makeInput } from '../../src/model';
import { RealityCheckSection } from '../../src/ui/planner/sections/RealityCheckSection';
import { expectedStats, RAW_BENCHMARK_FILE, RAW_METRICS } from '../helpers/benchmarkFile';

afterEach(cleanup);

const norfolk = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });

/** How each metric is written (the test's own formatting, not the app's). */
const FORMAT: Record<string, Intl.NumberFormat> = {
  'cost-per-participant': new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  'cost-per-position': new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  'program-budget-per-resident': new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  'participants-per-outreach-worker': new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  'staff-per-site': new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

function renderSection() {
  render(<RealityCheckSection plan={computePlan(norfolk)} />);
  return screen.getByRole('region', { name: 'Reality check: what real programs spend' });
}

describe('reality check section', () => {
  it('given Norfolk, when the section shows, then each metric’s low, median, high and count equal the raw file’s', () => {
    const section = renderSection();
    const table = within(section).getByRole('table', { name: /beside what real programs report/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(RAW_METRICS.length);
    for (const metric of RAW_METRICS) {
      const row = rows.find((r) => r.getAttribute('data-metric') === metric);
      expect(row, metric).toBeDefined();
      const cells = within(row!).getAllByRole('cell').map((c) => c.textContent);
      const s = expectedStats(metric);
      const f = FORMAT[metric]!;
      expect(cells.slice(1, 5), metric).toEqual([f.format(s.low), f.format(s.median), f.format(s.high), String(s.count)]);
    }
  });

  it('given Norfolk, then the plan’s own figures are shown unadjusted, and staff per site says it is for site-based plans', () => {
    const section = renderSection();
    const row = (metric: string) => section.querySelector(`tr[data-metric="${metric}"]`) as HTMLElement;
    // $19,883,025 ÷ 238.005 participants = $83,540; 9,172,800 ÷ 78 staff = $117,600 (docs/methodology.md §9).
    expect(within(row('cost-per-participant')).getAllByRole('cell')[0]?.textContent).toBe('$83,540');
    expect(within(row('cost-per-position')).getAllByRole('cell')[0]?.textContent).toBe('$117,600');
    expect(within(row('cost-per-participant')).getAllByRole('cell')[5]?.textContent).toMatch(/^Above the range/);
    expect(within(row('staff-per-site')).getAllByRole('cell')[5]?.textContent).toMatch(/site-based plans only/i);
    expect(within(section).getByTestId('reality-statement').textContent).toMatch(/fully resourced ecosystem/);
  });

  it('given each metric’s disclosure opened, then every program in the file is listed with a source link that opens in a new tab, and its caveat', () => {
    const section = renderSection();
    // Closed, a disclosure holds no list (it is built when first opened).
    expect(section.querySelectorAll('li[data-benchmark]')).toHaveLength(0);
    for (const details of section.querySelectorAll('details')) {
      act(() => {
        details.open = true;
        fireEvent(details, new Event('toggle'));
      });
    }
    for (const b of RAW_BENCHMARK_FILE.benchmarks) {
      const item = section.querySelector(`li[data-benchmark="${b.id}"]`) as HTMLElement | null;
      expect(item, b.id).not.toBeNull();
      const link = within(item!).getByRole('link', { name: b.source.title });
      expect(link.getAttribute('href')).toBe(b.source.url);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
      expect(item!.textContent).toContain(b.caveat);
      expect(item!.textContent).toContain(b.program);
    }
  });

  it('given the headings, then they go in order: the section, the programs, one per metric', () => {
    const section = renderSection();
    const levels = within(section)
      .getAllByRole('heading')
      .map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});
