// The shipped benchmarks (src/data/benchmarks.json), read through their schema once. Import this
// module only from code that loads on demand (see benchmarks.ts): it is the data itself.
import data from '../data/benchmarks.json';
import { BenchmarkFileSchema, type Benchmark, type BenchmarkFile } from './benchmarks';

const file = BenchmarkFileSchema.parse(data);

/** The whole file, read through its schema. */
export const BENCHMARK_FILE: BenchmarkFile = file;

/** What the file says about itself: what the figures are and how to read them. */
export const BENCHMARKS_ABOUT: string = file.about;
/** Every benchmark, in the file's order. */
export const BENCHMARKS: readonly Benchmark[] = file.benchmarks;
