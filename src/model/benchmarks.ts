// What real CVI programs spend and staff (docs/methodology.md §12): the schema of the shipped file
// src/data/benchmarks.json, its types and the metrics it covers. The file itself is read in
// benchmarkData.ts, which only the on-demand parts (the planner's reality check section, the print
// view, the workbook, the CLI) import, so the planner's first load never carries it.
import { z } from 'zod';

/** The metrics of the reality check, in the order they are shown. */
export const BENCHMARK_METRIC_IDS = [
  'cost-per-participant',
  'cost-per-position',
  'program-budget-per-resident',
  'participants-per-outreach-worker',
  'staff-per-site',
] as const;
export type BenchmarkMetricId = (typeof BENCHMARK_METRIC_IDS)[number];

const text = z.string().trim().min(1);

export const BenchmarkSchema = z.strictObject({
  id: text,
  metric: z.enum(BENCHMARK_METRIC_IDS),
  /** The figure compared with the plan: the low / median / high are computed over these. */
  value: z.number().nonnegative(),
  /** The entry's own range where its source gives one (either end may be missing). */
  low: z.number().nonnegative().nullable(),
  high: z.number().nonnegative().nullable(),
  program: text,
  place: text,
  /** As the source states it: "2020", "FY2023-25", "undated". */
  year: text,
  basis: text,
  source: z.strictObject({
    title: text,
    url: z.url({ protocol: /^https?$/ }),
    publisher: text,
  }),
  caveat: text,
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

export const BenchmarkFileSchema = z.strictObject({
  about: text,
  benchmarks: z.array(BenchmarkSchema).min(1),
});
export type BenchmarkFile = z.infer<typeof BenchmarkFileSchema>;
