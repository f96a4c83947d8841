// The shipped benchmarks read straight from the JSON file, and their low / median / high worked
// out here, independently of src/model/realityCheck.ts: the tests of every surface (model, planner,
// brief, workbook, CLI) check what they show against these.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawBenchmark {
  id: string;
  metric: string;
  value: number;
  low: number | null;
  high: number | null;
  program: string;
  place: string;
  year: string;
  source: { title: string; url: string; publisher: string };
  caveat: string;
}

export const RAW_BENCHMARK_FILE: { about: string; benchmarks: RawBenchmark[] } = JSON.parse(
  // Read from the project root (the tests run there), not through an import the bundler would resolve.
  readFileSync(join(process.cwd(), 'src/data/benchmarks.json'), 'utf8'),
);

/** The metrics as the file names them, in the order the file first uses them. */
export const RAW_METRICS: string[] = [...new Set(RAW_BENCHMARK_FILE.benchmarks.map((b) => b.metric))];

/** Low, median (even count: mean of the two middle values) and high of one metric's values. */
export function expectedStats(metric: string): { low: number; median: number; high: number; count: number } {
  const values = RAW_BENCHMARK_FILE.benchmarks.filter((b) => b.metric === metric).map((b) => b.value);
  values.sort((a, b) => a - b);
  const n = values.length;
  const median = n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
  return { low: values[0]!, median, high: values[n - 1]!, count: n };
}
