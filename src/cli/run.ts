// The command line as a function: argv in, text out through `io`, exit status back. main.ts wires
// it to the process; tests call it directly.
import {
  computePlan,
  activeScenarioOf,
  makePlanDocument,
  MAX_PLAN_BYTES,
  parsePlanText,
  serialisePlanDocument,
  validateOverrides,
  type AssumptionOverrides,
  type Plan,
  type PlanDocument,
} from '../model';
import { toCsv } from '../model/exports/csv';
import { budgetNarrative, narrativeText } from '../model/exports/federal';
import { bdwCsvTable, bdwWorkbook } from '../model/exports/federalWorkbook';
import { buildWorkbook } from '../model/exports/workbook';
import { formatRowProblem, readBatch } from './batch';
import {
  formatProblem,
  PLACE_FLAGS,
  readSettings,
  readSingleInput,
  type PlanFileBase,
  type Problem,
  type Settings,
  type SingleInput,
} from './inputs';
import { BATCH_FORMATS, FORMATS, USAGE, parseFlags, wantsHelp, type Flags } from './options';
import {
  assertFinite,
  planJson,
  renderBatchCsv,
  renderBatchJson,
  renderBatchTable,
  renderPlanCsv,
  renderTable,
  singleJson,
  terminalText,
  warningWhere,
  type PlannedRow,
} from './output';

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
  return flags.input !== undefined
    ? runBatch(flags, flags.input, settings, problems, io, say)
    : runSingle(flags, settings, problems, io, say);
}

async function runSingle(flags: Flags, settings: Settings, problems: Problem[], io: CliIo, say: (line: string) => void): Promise<number> {
  let base: PlanFileBase | undefined;
  let fileOverrides: AssumptionOverrides = {};
  if (flags.plan !== undefined) {
    const read = await readPlanFile(flags.plan, io);
    if (!read.ok) {
      // The flags cannot be checked against a file that could not be read; report the rest.
      problems.map(formatProblem).forEach(say);
      read.messages.forEach(say);
      return EXIT_INVALID;
    }
    // A plan file may hold several scenarios; the command line plans the active one.
    const scenario = activeScenarioOf(read.doc);
    base = { path: flags.plan, input: scenario.input };
    fileOverrides = scenario.assumptions;
  }

  const single = readSingleInput(flags, settings, base);
  const all = single.ok ? [...problems] : [...problems, ...single.problems];
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

  const plan = computePlan(single.value.input, overrides);
  const output = await renderSingle(plan, { ...single.value, planFile: base?.path }, overrides, settings);
  // Only JSON and the table carry warnings; for every other format they go to standard error.
  if (settings.format !== 'json' && settings.format !== 'table') {
    for (const w of plan.warnings) say(`warning: ${warningWhere(w.field)}: ${w.message}`);
  }
  return (await emit(output, settings, io, say)) ? EXIT_OK : EXIT_INVALID;
}

/** One plan in the chosen format: text, or the bytes of a workbook. */
async function renderSingle(plan: Plan, single: SingleInput, overrides: AssumptionOverrides, settings: Settings): Promise<string | Uint8Array> {
  switch (settings.format) {
    case 'table':
      return renderTable(plan, single);
    case 'json':
      return singleJson(plan, single);
    case 'csv':
      return renderPlanCsv(plan);
    case 'plan-file':
      // What the person entered, never the computed numbers (they are recomputed on opening).
      return `${serialisePlanDocument(makePlanDocument(single.input, overrides))}\n`;
  }
  // The exports read the plan as it is: refuse to write a file from a plan that is not finite.
  assertFinite(planJson(plan));
  switch (settings.format) {
    case 'bdw-csv':
      return toCsv(bdwCsvTable(plan));
    case 'narrative':
      return narrativeText(budgetNarrative(plan));
    case 'xlsx':
    case 'bdw': {
      const { writeXlsx } = await import('../model/exports/xlsxWriter');
      return writeXlsx(settings.format === 'xlsx' ? buildWorkbook(plan, localDate(new Date())).spec : bdwWorkbook(plan));
    }
  }
}

/** The date a person would call today, YYYY-MM-DD (the workbook's "Generated" line). */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
    planned.push({ line: row.line, name: row.name, state: row.state, plan });
  }
  if (failed > 0) say(`${failed} of ${batch.rows.length} rows could not be planned; the others were.`);

  const output =
    settings.format === 'json' ? renderBatchJson(planned) : settings.format === 'csv' ? renderBatchCsv(planned) : renderBatchTable(planned);
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
