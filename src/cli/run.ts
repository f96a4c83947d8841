// The command line as a function: argv in, text out through `io`, exit status back. main.ts wires
// it to the process; tests call it directly.
import {
  computePlan,
  computeMultiYear,
  costOfViolence,
  fundingPicture,
  hiresNeeded,
  activeScenarioOf,
  makePlanDocument,
  MAX_PLAN_BYTES,
  monteCarlo,
  sensitivity,
  parsePlanText,
  validateOverrides,
  type AssumptionOverrides,
  type PlanDocument,
  type MultiYearSettings,
  type PlanInput,
  type Scenario,
} from '../model';
import { formatRowProblem, readBatch } from './batch';
import {
  formatProblem,
  MULTI_YEAR_FLAGS,
  PLACE_FLAGS,
  readMultiYearFlags,
  readAnalysisFlags,
  readSettings,
  readSingleInput,
  type AnalysisFlags,
  type PlanFileBase,
  type Problem,
  type Settings,
} from './inputs';
import { ANALYSIS_FORMATS, BATCH_FORMATS, FORMATS, USAGE, parseFlags, wantsHelp, type Flags } from './options';
import { renderBatch, renderSingle, terminalText, warningWhere, type PlanExtras, type PlannedRow } from './render';

export interface CliIo {
  /** Write text to standard output as given. */
  stdout(text: string): void;
  /** Write one line (no line end) to standard error. */
  stderr(line: string): void;
  /**
   * Read a text file. With `limit`, a file larger than `maxBytes` may be refused without being
   * read, by throwing an error with code "EFBIG" (the caller checks the size of the text too).
   */
  readFile(path: string, limit?: { readonly maxBytes: number }): Promise<string>;
  /** Write text (UTF-8) or bytes (a workbook) to a file. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Today's date (the default start year is the next calendar year); the machine's clock if absent. */
  today?(): Date;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID = 2;

/** Run the command line. Never throws: an unexpected error is reported and gives exit status 1. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr(terminalText(line));
  try {
    return await runOrThrow(argv, io, say);
  } catch (error) {
    say(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INTERNAL;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo, say: (line: string) => void): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const parsed = parseFlags(argv);
  if (!parsed.ok) {
    parsed.problems.forEach(say);
    return EXIT_INVALID;
  }
  const { flags } = parsed;
  const { settings, problems } = readSettings(flags);
  const analysis = readAnalysisFlags(flags);
  problems.push(...analysis.problems);
  if (!ANALYSIS_FORMATS.has(settings.format)) {
    for (const flag of ['sensitivity', 'uncertainty'] as const) {
      if (flag === 'sensitivity' ? flags.sensitivity : flags[flag] !== undefined) {
        problems.push({
          where: `--${flag}`,
          message: `adds a section to table, json and csv output only, not to --format ${settings.format}.`,
        });
      }
    }
  }
  return flags.input !== undefined
    ? runBatch(flags, flags.input, settings, analysis, problems, io, say)
    : runSingle(flags, settings, analysis, problems, io, say);
}

async function runSingle(
  flags: Flags,
  settings: Settings,
  analysis: AnalysisFlags,
  problems: Problem[],
  io: CliIo,
  say: (line: string) => void,
): Promise<number> {
  let base: PlanFileBase | undefined;
  let fileOverrides: AssumptionOverrides = {};
  let doc: PlanDocument | undefined;
  let scenario: Scenario | undefined;
  if (flags.plan !== undefined) {
    const read = await readPlanFile(flags.plan, io);
    if (!read.ok) {
      // The flags cannot be checked against a file that could not be read; report the rest.
      problems.map(formatProblem).forEach(say);
      read.messages.forEach(say);
      return EXIT_INVALID;
    }
    // A plan file may hold several scenarios; the command line plans the active one.
    doc = read.doc;
    scenario = activeScenarioOf(read.doc);
    base = { path: flags.plan, input: scenario.input };
    fileOverrides = scenario.assumptions;
  }

  const single = readSingleInput(flags, settings, base);
  // The file's start year and ramp (or the defaults) with --years, --start-year, --ramp on top.
  const years = readMultiYearFlags(flags, scenario?.multiYear);
  const all = single.ok ? [...problems, ...years.problems] : [...problems, ...single.problems, ...years.problems];
  if (!years.yearsGiven && settings.format !== 'plan-file') {
    // Only a plan file keeps these without --years; elsewhere they would silently do nothing.
    for (const flag of [MULTI_YEAR_FLAGS.startYear, MULTI_YEAR_FLAGS.ramp]) {
      if (flags[flag] !== undefined) {
        all.push({ where: `--${flag}`, message: 'sets the multi-year plan, which is shown only with --years N (or saved with --format plan-file).' });
      }
    }
  }
  let overrides = settings.overrides;
  if (base && single.ok && all.length === 0) {
    // The file's assumptions, with --fringe / --cost-of-living on top, checked together against
    // the plan's preset (which a --preset flag may have changed).
    const merged = validateOverrides({ ...fileOverrides, ...settings.overrides }, single.value.input.preset);
    if (merged.ok) overrides = merged.overrides;
    else all.push(...merged.errors.map((e) => ({ where: overrideWhere(e.field, settings), message: e.message })));
  }
  if (all.length > 0 || !single.ok) {
    all.map(formatProblem).forEach(say);
    return EXIT_INVALID;
  }

  for (const w of years.warnings) say(`warning: ${formatProblem(w)}`);

  const input = single.value.input;
  const plan = computePlan(input, overrides);
  const today = io.today?.() ?? new Date();
  const multi = years.yearsGiven ? computeMultiYear(input, overrides, years.settings, today.getFullYear()) : null;
  const funding = scenario?.funding ?? [];
  const staffing = scenario?.currentStaffing ?? {};
  const extras: PlanExtras = {
    multi,
    funding: multi && funding.length > 0 ? fundingPicture(multi, funding) : null,
    hires: Object.keys(staffing).length > 0 ? hiresNeeded(plan, staffing) : null,
    costOfViolence: costOfViolence(plan),
    fundingSourcesWithoutYears: multi ? 0 : funding.length,
    fundingSources: funding,
    currentStaffing: staffing,
    // Both of the full-strength plan, with the same input and assumptions (the file's and the flags').
    sensitivity: analysis.sensitivity ? sensitivity(input, overrides, analysis.sensitivity.amount) : null,
    uncertainty: analysis.uncertainty ? monteCarlo(input, overrides, analysis.uncertainty) : null,
  };
  // What a plan file written now holds: the file read (every scenario, its funding and current
  // staffing) with the active scenario's input, assumptions and multi-year settings replaced.
  const written = planDocumentToWrite(doc, input, overrides, years.settings);
  const output = await renderSingle(settings.format, { plan, single: { ...single.value, planFile: base?.path }, extras, doc: written, today });
  // Only JSON and the table carry warnings; for every other format they go to standard error.
  if (settings.format !== 'json' && settings.format !== 'table') {
    for (const w of plan.warnings) say(`warning: ${warningWhere(w.field)}: ${w.message}`);
  }
  return (await emit(output, settings, io, say)) ? EXIT_OK : EXIT_INVALID;
}

/** The plan document --format plan-file writes: never computed numbers, only what was entered. */
export function planDocumentToWrite(
  doc: PlanDocument | undefined,
  input: PlanInput,
  overrides: AssumptionOverrides,
  multiYear: MultiYearSettings,
): PlanDocument {
  if (!doc) return makePlanDocument(input, overrides, { multiYear });
  return {
    ...doc,
    scenarios: doc.scenarios.map((s, i) => (i === doc.activeScenario ? { ...s, input, assumptions: overrides, multiYear } : s)),
  };
}

const OVERRIDE_FLAG_OF: Readonly<Record<string, string>> = { fringeRate: 'fringe', costOfLiving: 'cost-of-living' };

function overrideWhere(field: string, settings: Settings): string {
  const flag = OVERRIDE_FLAG_OF[field];
  return flag && Object.prototype.hasOwnProperty.call(settings.overrides, field) ? `--${flag}` : `--plan: assumptions.${field}`;
}

type PlanFileRead = { ok: true; doc: PlanDocument } | { ok: false; messages: string[] };

/**
 * Read and check a plan file with the model's parsePlanText (format, version and migrations,
 * the input and assumption schemas); its messages come back prefixed with --plan.
 */
async function readPlanFile(path: string, io: CliIo): Promise<PlanFileRead> {
  if (path.trim() === '') return { ok: false, messages: ['--plan: Plan file must be a file name.'] };
  const tooLarge = { ok: false as const, messages: [`--plan: "${path}" is too large to be a plan (over ${MAX_PLAN_BYTES / 1_000_000} MB).`] };
  let text: string;
  try {
    text = await io.readFile(path, { maxBytes: MAX_PLAN_BYTES });
  } catch (error) {
    if (errorCode(error) === 'EFBIG') return tooLarge;
    return { ok: false, messages: [`--plan: cannot read "${path}": ${fileErrorText(error)}.`] };
  }
  // The limit is in bytes, as on disk: the model's own check counts characters.
  if (new TextEncoder().encode(text).length > MAX_PLAN_BYTES) return tooLarge;
  // A byte order mark (some Windows editors add one) is not part of the JSON.
  const result = parsePlanText(text.replace(/^\uFEFF/, ''));
  if (!result.ok) {
    return { ok: false, messages: result.errors.map((e) => (e.field === 'plan' ? `--plan: ${e.message}` : `--plan: ${e.field}: ${e.message}`)) };
  }
  return { ok: true, doc: result.doc };
}

async function runBatch(
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
  if (!batch.ok) {
    batch.problems.forEach(say);
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

/** Print the output, or write it to --out. False if the file could not be written. */
async function emit(text: string | Uint8Array, settings: Settings, io: CliIo, say: (line: string) => void): Promise<boolean> {
  if (settings.out === undefined) {
    // readSettings refuses a binary format without --out; this is the last line of defence.
    if (typeof text !== 'string') throw new Error(`refusing to write ${settings.format} bytes to standard output`);
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFile(settings.out, text);
  } catch (error) {
    say(`--out: cannot write "${settings.out}": ${fileErrorText(error)}.`);
    return false;
  }
  say(`Wrote the ${settings.format} output to ${settings.out}.`);
  return true;
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';

function fileErrorText(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
