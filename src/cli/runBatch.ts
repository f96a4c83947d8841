// A batch (--input FILE.csv): each row planned on its own with the shared settings, rows that
// cannot be planned reported by line, and the batch written as a table, JSON or CSV.
import { computePlan, monteCarlo, resolveAssumptions } from '../model';
import { formatRowProblem, readBatch } from './batch';
import { MULTI_YEAR_FLAGS, type AnalysisFlags } from './analysisFlags';
import { formatProblem, PLACE_FLAGS, siteFlagProblems, type Problem, type Settings } from './inputs';
import { emit, EXIT_INVALID, EXIT_OK, fileErrorText, type CliIo } from './io';
import { BATCH_FORMATS, FORMATS, type Flags } from './options';
import { renderBatch, type PlannedRow } from './render';

/** Plan every row of the --input file; exit 2 if any row could not be planned or the output not written. */
export async function runBatch(
  flags: Flags,
  path: string,
  settings: Settings,
  analysis: AnalysisFlags,
  problems: Problem[],
  io: CliIo,
  say: (line: string) => void,
): Promise<number> {
  const conflicts: Problem[] = PLACE_FLAGS.filter((f) => flags[f] !== undefined).map((f) => ({
    where: `--${f}`,
    message: 'cannot be used with --input: each row of the file describes its own place.',
  }));
  if (flags.plan !== undefined) {
    conflicts.push({ where: '--plan', message: 'cannot be used with --input: a plan file describes one place, the CSV file many.' });
  }
  for (const flag of ['library', 'open'] as const) {
    if (flags[flag] !== undefined) {
      conflicts.push({ where: `--${flag}`, message: 'cannot be used with --input: plan the places of the CSV file, or one plan of a library (--library FILE --open NAME), not both.' });
    }
  }
  if (flags.name !== undefined) conflicts.push({ where: '--name', message: 'cannot be used with --input: it names the one plan --format library writes.' });
  for (const flag of Object.values(MULTI_YEAR_FLAGS)) {
    if (flags[flag] !== undefined) {
      conflicts.push({ where: `--${flag}`, message: 'cannot be used with --input: a batch plans each place at full strength, one year; plan one place for a multi-year plan.' });
    }
  }
  if (flags.sensitivity) {
    conflicts.push({
      where: '--sensitivity',
      message: 'cannot be used with --input: it describes one plan (a table of assumptions per place); plan one place for it, or use --uncertainty N for each place\'s p10/p50/p90.',
    });
  }
  if (!BATCH_FORMATS.has(settings.format)) {
    conflicts.push({
      where: `--format ${settings.format}`,
      message: `exports one plan and cannot be used with --input; a batch is written as ${FORMATS.filter((f) => BATCH_FORMATS.has(f)).join(', ')}.`,
    });
  }
  if (path.trim() === '') conflicts.push({ where: '--input', message: 'Input file must be a file name.' });
  const all = [...problems, ...conflicts];
  if (all.length > 0) {
    all.map(formatProblem).forEach(say);
    return EXIT_INVALID;
  }

  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    say(`--input: cannot read "${path}": ${fileErrorText(error)}.`);
    return EXIT_INVALID;
  }
  const batch = readBatch(text, settings);
  const siteProblems = siteFlagProblems(flags, resolveAssumptions(settings.preset, settings.overrides));
  if (!batch.ok || siteProblems.length > 0) {
    (batch.ok ? [] : batch.problems).forEach(say);
    siteProblems.map(formatProblem).forEach(say);
    return EXIT_INVALID;
  }

  let failed = 0;
  const planned: PlannedRow[] = [];
  for (const row of batch.rows) {
    if (!row.result.ok) {
      failed++;
      for (const p of row.result.problems) say(formatRowProblem(row.line, p));
      planned.push({ line: row.line, name: row.name, state: row.state, plan: null });
      continue;
    }
    const plan = computePlan(row.result.input, settings.overrides);
    // How a cell was written (a reach of 0.6 that was probably 60%): said in every format, never changed.
    for (const p of row.result.readingWarnings) say(`warning: ${formatRowProblem(row.line, p)}`);
    if (settings.format !== 'json') {
      for (const w of plan.warnings) say(`warning: line ${row.line}: ${columnOf(w.field)}: ${w.message}`);
    }
    // Every place is drawn with the same seed, so each place's ranges are reproducible on their own.
    const uncertainty = analysis.uncertainty ? monteCarlo(row.result.input, settings.overrides, analysis.uncertainty) : null;
    planned.push({ line: row.line, name: row.name, state: row.state, plan, uncertainty });
  }
  if (failed > 0) say(`${failed} of ${batch.rows.length} rows could not be planned; the others were.`);

  const batchExtras = { uncertainty: analysis.uncertainty };
  const output = renderBatch(settings.format, planned, batchExtras);
  const written = await emit(output, settings, io, say);
  return failed > 0 || !written ? EXIT_INVALID : EXIT_OK;
}

const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  placeName: 'name',
  homicides: 'homicides',
  fatalShootings: 'fatal_shootings',
  nonfatalShootings: 'nonfatal_shootings',
  population: 'population',
};
const columnOf = (field: string): string => FIELD_COLUMNS[field] ?? field;
