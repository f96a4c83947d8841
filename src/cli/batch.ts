// Batch input for the command line (--input FILE.csv). Reading and validating the rows is the
// model's (src/model/batchCsv.ts, shared with the portfolio page); this file only says which flag
// a problem is about: file problems are "--input: …" and the shared settings are --method/--preset.
import { readBatchCsv, type BatchRow, type RowProblem } from '../model/batchCsv';
import type { Settings } from './inputs';

export { BATCH_COLUMNS, OPTIONAL_BATCH_COLUMNS, formatRowProblem, type BatchRow, type RowProblem } from '../model/batchCsv';

export type BatchRead = { ok: true; rows: BatchRow[] } | { ok: false; problems: string[] };

const SETTING_FLAGS: Readonly<Record<string, string>> = { method: '--method', preset: '--preset' };

/** Read a batch file's text into per-row inputs, or the problems that stop the whole file. */
export function readBatch(text: string, settings: Settings): BatchRead {
  const read = readBatchCsv(text, { method: settings.method, preset: settings.preset, methodFromPreset: !settings.methodGiven });
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => `--input: ${p.charAt(0).toLowerCase()}${p.slice(1)}`) };
  return {
    ok: true,
    rows: read.rows.map((row) => (row.result.ok ? row : { ...row, result: { ok: false, problems: row.result.problems.map(flagFor) } })),
  };
}

function flagFor(problem: RowProblem): RowProblem {
  const flag = problem.column === null ? undefined : SETTING_FLAGS[problem.column];
  return flag ? { ...problem, column: flag } : problem;
}
