// The reality check (docs/methodology.md §12): the shipped file reads through its schema, the
// benchmarks' low / median / high equal those worked out from the raw file, the plan's five
// figures are worked by hand (Norfolk, VA under caps: docs/methodology.md §9), and the words for
// where the plan sits hold at the edges of the range.
import { describe, expect, it } from 'vitest';
import { computePlan, makeInput } from '../../src/model';
import { BENCHMARK_METRIC_IDS, BenchmarkFileSchema } from '../../src/model/benchmarks';
import { BENCHMARKS, BENCHMARKS_ABOUT } from '../../src/model/benchmarkData';
import { benchmarkRange, entryRangeText, positionOf, positionWords, realityCheck } from '../../src/model/realityCheck';
import { expectedStats, RAW_BENCHMARK_FILE, RAW_METRICS } from '../helpers/benchmarkFile';

const norfolk = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });

describe('the shipped benchmark file', () => {
  it('given the file, then it reads through its schema unchanged, with its about text', () => {
    const parsed = BenchmarkFileSchema.parse(RAW_BENCHMARK_FILE);
    expect(parsed).toEqual(RAW_BENCHMARK_FILE);
    expect(BENCHMARKS_ABOUT).toBe(RAW_BENCHMARK_FILE.about);
    expect(BENCHMARKS).toHaveLength(RAW_BENCHMARK_FILE.benchmarks.length);
  });

  it('given every metric the file uses, then the reality check knows it', () => {
    expect([...RAW_METRICS].sort()).toEqual([...BENCHMARK_METRIC_IDS].sort());
  });

  it('given an entry without a source URL or with an unknown metric, then the schema refuses it', () => {
    const entry = RAW_BENCHMARK_FILE.benchmarks[0]!;
    const noUrl = { ...entry, source: { ...entry.source, url: '' } };
    expect(BenchmarkFileSchema.safeParse({ about: 'x', benchmarks: [noUrl] }).success).toBe(false);
    expect(BenchmarkFileSchema.safeParse({ about: 'x', benchmarks: [{ ...entry, metric: 'cost-per-hug' }] }).success).toBe(false);
    expect(BenchmarkFileSchema.safeParse({ about: 'x', benchmarks: [{ ...entry, source: { ...entry.source, url: 'javascript:alert(1)' } }] }).success).toBe(false);
  });
});

describe('the benchmarks’ range for each metric', () => {
  const check = realityCheck(computePlan(norfolk), BENCHMARKS);

  it.each(RAW_METRICS)('given %s, then low, median, high and count equal the raw file’s', (metric) => {
    const m = check.metrics.find((x) => x.id === metric);
    expect(m?.range).toEqual(expectedStats(metric));
  });

  it('given every metric, then every entry of the file is listed once, each with a source URL', () => {
    const listed = check.metrics.flatMap((m) => m.benchmarks);
    expect(listed.map((b) => b.id).sort()).toEqual(RAW_BENCHMARK_FILE.benchmarks.map((b) => b.id).sort());
    for (const b of listed) expect(b.source.url).toMatch(/^https?:\/\/\S+$/);
  });

  it('given an odd and an even count, then the median is the middle value or the mean of the two middle values', () => {
    expect(benchmarkRange([30, 10, 20])).toEqual({ low: 10, median: 20, high: 30, count: 3 });
    expect(benchmarkRange([40, 10, 30, 20])).toEqual({ low: 10, median: 25, high: 40, count: 4 });
    expect(benchmarkRange([7])).toEqual({ low: 7, median: 7, high: 7, count: 1 });
    expect(benchmarkRange([])).toBeNull();
  });
});

describe('the plan’s five figures, worked by hand for Norfolk (caps, docs/methodology.md §9)', () => {
  // P = 238.005; total $19,883,025; 78 staff, 16 of them street outreach; no sites under caps.
  const plan = computePlan(norfolk);
  const check = realityCheck(plan, BENCHMARKS);
  const value = (id: string) => check.metrics.find((m) => m.id === id)?.plan;

  it('given the plan, then each figure is the hand-worked one and the plan itself is untouched', () => {
    expect(value('cost-per-participant')).toBeCloseTo(19_883_025 / 238.005, 6);
    // (4,836,000 + 1,716,000 + 1,638,000 + 982,800) ÷ 78 = 9,172,800 ÷ 78
    expect(value('cost-per-position')).toBe(117_600);
    expect(value('program-budget-per-resident')).toBeCloseTo(19_883_025 / 238_005, 9);
    expect(value('participants-per-outreach-worker')).toBeCloseTo(238.005 / 16, 9);
    expect(value('staff-per-site')).toBeNull();
    expect(plan.budget.total).toBe(19_883_025);
  });

  it('given the Norfolk figures against the file, then each sits where the raw ranges put it', () => {
    const position = (id: string) => check.metrics.find((m) => m.id === id)?.position;
    const s = (id: string) => expectedStats(id);
    // $83,540 per participant against a high of $23,000; $117,600 per position against $103,242.
    expect(19_883_025 / 238.005 > s('cost-per-participant').high).toBe(true);
    expect(position('cost-per-participant')).toBe('above');
    expect(117_600 > s('cost-per-position').high).toBe(true);
    expect(position('cost-per-position')).toBe('above');
    // 14.875 participants per worker, inside 6.7–17.5.
    expect(position('participants-per-outreach-worker')).toBe('within');
    expect(position('staff-per-site')).toBeNull();
    expect(check.metrics.find((m) => m.id === 'staff-per-site')?.positionText).toMatch(/site-based plans only/i);
  });

  it('given the statement, then it names the fuller scope neutrally and never adjusts anything', () => {
    expect(check.statement).toContain('fully resourced ecosystem');
    expect(check.statement).toContain('$45,000 of wraparound services per participant');
    expect(check.statement).toContain('never adjusted');
    expect(check.statement).not.toMatch(/too (high|expensive)|unrealistic|wrong|should/i);
  });

  it('given a plan with no participants, then the figures that divide by them are absent, not zero', () => {
    const none = realityCheck(computePlan({ ...norfolk, serviceReachPct: 0 }), BENCHMARKS);
    const m = none.metrics.find((x) => x.id === 'cost-per-participant');
    expect(m?.plan).toBeNull();
    expect(m?.position).toBeNull();
    expect(m?.positionText).toMatch(/no participants/i);
  });

  it('given the §11 Baltimore site-based plan, then staff per site is (63 + 63 + 21 + 21 site supervisors) ÷ 21 = 8, the responders’ supervisor not counted', () => {
    const baltimore = computePlan(makeInput({ placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414, method: 'violence-adjusted', preset: 'site-based' }));
    const site = realityCheck(baltimore, BENCHMARKS);
    expect(site.metrics.find((m) => m.id === 'staff-per-site')?.plan).toBe(8);
    // 1,005 participants ÷ 63 outreach workers = 15.95.
    expect(site.metrics.find((m) => m.id === 'participants-per-outreach-worker')?.plan).toBeCloseTo(1005 / 63, 9);
    expect(site.statement).toContain('site teams');
    expect(site.statement).toContain('$5,000 of direct assistance per participant');
    expect(site.statement).not.toContain('fully resourced');
  });
});

describe('where the plan sits, at the edges of the range', () => {
  const range = { low: 10, median: 15, high: 20, count: 4 };
  it.each([
    [9.99, 'below'],
    [10, 'within'],
    [15, 'within'],
    [20, 'within'],
    [20.01, 'above'],
  ] as const)('given %s against 10–20, then it is %s', (v, expected) => {
    expect(positionOf(v, range)).toBe(expected);
  });

  it('given each position, then the words state the range, not a judgement', () => {
    expect(positionWords('below', range, 'usd', 0.5)).toBe('Below the range: under the lowest of 4 programs, $10 (0.5 × their median).');
    expect(positionWords('within', range, 'ratio', 1)).toBe('Within the range of 4 programs (1.0 × their median).');
    expect(positionWords('above', range, 'usd-cents', null)).toBe('Above the range: over the highest of 4 programs, $20.00.');
  });

  it('given an entry’s own range, then it is shown with the ends the source gives', () => {
    const e = RAW_BENCHMARK_FILE.benchmarks[0]!;
    const base = BenchmarkFileSchema.parse({ about: 'x', benchmarks: [e] }).benchmarks[0]!;
    expect(entryRangeText({ ...base, low: 10_000, high: null }, 'usd')).toBe('from $10,000');
    expect(entryRangeText({ ...base, low: 8.2, high: 10.8 }, 'ratio')).toBe('8.2 to 10.8');
    expect(entryRangeText({ ...base, low: null, high: 13.14 }, 'usd-cents')).toBe('up to $13.14');
    expect(entryRangeText({ ...base, low: null, high: null }, 'usd')).toBeNull();
  });
});
