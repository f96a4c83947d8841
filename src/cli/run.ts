// The command line as a function: argv in, text out through `io`, exit status back. main.ts wires
// it to the process; tests call it directly.
import { computePlan } from '../model';
import { formatRowProblem, readBatch } from './batch';
import { formatProblem, PLACE_FLAGS, readSettings, readSingleInput, type Problem, type Settings } from './inputs';
import { USAGE, parseFlags, wantsHelp, type Flags } from './options';
import {
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
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
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
  const single = readSingleInput(flags, settings);
  const all = single.ok ? problems : [...problems, ...single.problems];
  if (all.length > 0 || !single.ok) {
    all.map(formatProblem).forEach(say);
    return EXIT_INVALID;
  }
  const plan = computePlan(single.value.input, settings.overrides);
  const text =
    settings.format === 'json' ? singleJson(plan, single.value) : settings.format === 'csv' ? renderPlanCsv(plan) : renderTable(plan, single.value);
  // CSV has no place for warnings: they go to standard error (JSON and the table carry them).
  if (settings.format === 'csv') for (const w of plan.warnings) say(`warning: ${warningWhere(w.field)}: ${w.message}`);
  return (await emit(text, settings, io, say)) ? EXIT_OK : EXIT_INVALID;
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
async function emit(text: string, settings: Settings, io: CliIo, say: (line: string) => void): Promise<boolean> {
  if (settings.out === undefined) {
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

function fileErrorText(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
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
