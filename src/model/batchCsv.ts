// Batch input: a CSV file with one place per row, as the command line (--input) and the funders'
// portfolio page both read it. Each row is read and validated on its own, so a bad row is reported
// with its line number and never stops the others. Messages name CSV columns, never CLI flags;
// each caller adds its own framing ("--input: …" on the command line).
import Papa from 'papaparse';
import { presetMethod, readInputNumber, givenValueMessage, validateInput, type Issue } from './input';
import { INPUT_FIELD_IDS, INPUT_FIELDS, type HighRiskMethod, type InputField, type InputFieldSpec, type PlanInput } from './inputFields';
import type { PresetId } from './presets';

/** The input table's rows that a batch file has a column for, in table order. */
const COLUMN_FIELDS = INPUT_FIELD_IDS.flatMap((field) => {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  return spec.csvColumn === null ? [] : [{ field, spec, column: spec.csvColumn }];
});

/** The header row, in this order (column order in a file does not matter). */
export const BATCH_COLUMNS = COLUMN_FIELDS.filter((c) => !(c.spec.kind === 'count' && c.spec.optionalColumn)).map((c) => c.column);
/** Columns a file may add: the local count used by the custom (local count) method. */
export const OPTIONAL_BATCH_COLUMNS = COLUMN_FIELDS.filter((c) => c.spec.kind === 'count' && c.spec.optionalColumn).map((c) => c.column);

/** The input field each column gives. */
const BATCH_COLUMN_FIELDS: Readonly<Record<string, InputField>> = Object.fromEntries(COLUMN_FIELDS.map((c) => [c.column, c.field]));

const KNOWN_COLUMNS: readonly string[] = [...BATCH_COLUMNS, ...OPTIONAL_BATCH_COLUMNS];

/** What applies to every row: the file gives places, not methods. */
export interface BatchDefaults {
  readonly method: HighRiskMethod;
  readonly preset: PresetId;
  /**
   * When true, a row that gives high_risk_count is planned with the local-count method whatever
   * `method` says (a count given on its own means the person wants it used). The command line
   * keeps its --method for every row and leaves this off.
   */
  readonly localCountMeansCustom?: boolean;
  /**
   * When true, the method is the preset's own for each row's counts (presetMethod: the site-based
   * preset follows the homicide rate where a row gives homicides or fatal shootings). The command
   * line sets it when no --method is given.
   */
  readonly methodFromPreset?: boolean;
}

export interface RowProblem {
  /**
   * The CSV column the problem is about; 'method' or 'preset' for a rule of the shared settings;
   * null for the row as a whole.
   */
  readonly column: string | null;
  readonly message: string;
}

export interface BatchRow {
  /** Line in the file where the row starts (the header is line 1 in a file without blank lines). */
  readonly line: number;
  readonly name: string;
  readonly state: string;
  /**
   * `readingWarnings`: likely mistakes in how a cell was written that still stand as written, such
   * as a reach of 0.6 that was probably 60% (never changed silently).
   */
  readonly result: { ok: true; input: PlanInput; warnings: Issue[]; readingWarnings: RowProblem[] } | { ok: false; problems: RowProblem[] };
}

/** The rows, or the problems with the file as a whole (empty, bad header, no rows). */
export type BatchRead = { ok: true; rows: BatchRow[] } | { ok: false; problems: string[] };

export const formatRowProblem = (line: number, p: RowProblem): string =>
  p.column === null ? `line ${line}: ${p.message}` : `line ${line}: ${p.column}: ${p.message}`;

export const BATCH_HEADER_HINT = `The header row must be: ${BATCH_COLUMNS.join(',')} (optionally ${OPTIONAL_BATCH_COLUMNS.join(', ')}).`;

interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly parseError: string | null;
}

/** Split CSV text into rows, each with the line number where it starts. */
function splitRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let position = 0;
  let line = 1;
  // Advance the line count from `position` to `to`, counting CRLF, LF and lone CR as one break each.
  const advance = (to: number) => {
    const breaks = text.slice(position, to).match(/\r\n|\r|\n/g);
    line += breaks ? breaks.length : 0;
    position = to;
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result) => {
      // Blank lines skipped before this row: move to the row's first non-blank character.
      let start = position;
      while (start < text.length && /\s/.test(text.charAt(start))) start++;
      advance(start);
      const errors = result.errors.filter((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
      rows.push({
        line,
        cells: result.data,
        parseError:
          errors.length === 0
            ? null
            : errors.some((e) => e.code === 'MissingQuotes')
              ? 'a quoted cell starting here is never closed, so the rest of the file was read into it.'
              : `${errors[0]?.message ?? 'malformed row'}.`,
      });
      advance(Math.min(result.meta.cursor, text.length));
    },
  });
  return rows;
}

/** Read a batch file's text into per-row inputs, or the problems that stop the whole file. */
export function readBatchCsv(text: string, defaults: BatchDefaults): BatchRead {
  const rows = splitRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0];
  if (!header) return { ok: false, problems: [`The file is empty. ${BATCH_HEADER_HINT}`] };

  const names = header.cells.map((c) => c.trim().toLowerCase());
  const problems: string[] = [];
  const unknown = names.filter((n) => !KNOWN_COLUMNS.includes(n));
  const missing = BATCH_COLUMNS.filter((c) => !names.includes(c));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const show = (list: readonly string[]) => list.map((n) => (n === '' ? '(blank)' : `"${clip(n)}"`)).join(', ');
  if (missing.length > 0) problems.push(`line ${header.line}: missing column${missing.length > 1 ? 's' : ''} ${show(missing)}. ${BATCH_HEADER_HINT}`);
  if (unknown.length > 0) problems.push(`line ${header.line}: unknown column${unknown.length > 1 ? 's' : ''} ${show(unknown)}. ${BATCH_HEADER_HINT}`);
  if (repeated.length > 0) problems.push(`line ${header.line}: column${repeated.length > 1 ? 's' : ''} ${show(repeated)} given more than once.`);
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length < 2) return { ok: false, problems: ['The file has a header row but no places to plan.'] };

  const index = new Map(names.map((n, i) => [n, i]));
  return { ok: true, rows: rows.slice(1).map((row) => readRow(row, index, header.cells.length, defaults)) };
}

const NUMBER_COLUMNS = COLUMN_FIELDS.filter((c) => c.spec.kind === 'count' || c.spec.kind === 'percent');
const TEXT_COLUMNS = COLUMN_FIELDS.filter((c) => c.spec.kind === 'text');

function readRow(row: RawRow, index: ReadonlyMap<string, number>, width: number, defaults: BatchDefaults): BatchRow {
  const cell = (column: string): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : row.cells[i];
  };
  const name = (cell(INPUT_FIELDS.placeName.csvColumn) ?? '').trim();
  const state = (cell(INPUT_FIELDS.state.csvColumn) ?? '').trim();
  const fail = (problems: RowProblem[]): BatchRow => ({ line: row.line, name, state, result: { ok: false, problems } });

  if (row.parseError) return fail([{ column: null, message: `Cannot read the row: ${row.parseError}` }]);
  if (row.cells.length !== width) {
    return fail([{ column: null, message: `The row has ${row.cells.length} cells; the header has ${width}.` }]);
  }

  const problems: RowProblem[] = [];
  const readingWarnings: RowProblem[] = [];
  const unreadable = new Set<InputField>();
  const raw: Record<string, unknown> = { method: defaults.method, preset: defaults.preset };
  for (const { field, column } of TEXT_COLUMNS) raw[field] = cell(column) ?? '';
  for (const { field, spec, column } of NUMBER_COLUMNS) {
    // "75%" is read as 75 in the percent columns.
    const parsed = readInputNumber(field, cell(column) ?? '');
    if (!parsed.ok) {
      unreadable.add(field);
      problems.push({ column, message: parsed.message });
      continue;
    }
    // Blank cells: counts are "not given" (null, never 0); percentages take their documented defaults.
    raw[field] = parsed.value === null && spec.kind === 'percent' ? spec.defaultValue : parsed.value;
    if (parsed.didYouMean !== null) {
      const text = (cell(column) ?? '').trim();
      readingWarnings.push({ column, message: `${text} is read as ${text}%. Did you mean ${parsed.didYouMean}%? Then write ${parsed.didYouMean}.` });
    }
  }
  if (defaults.methodFromPreset && !unreadable.has('homicides') && !unreadable.has('fatalShootings')) {
    raw.method = presetMethod(defaults.preset, { homicides: (raw.homicides as number | null | undefined) ?? null, fatalShootings: (raw.fatalShootings as number | null | undefined) ?? null });
  }
  if (defaults.localCountMeansCustom && raw.localHighRiskCount !== null && raw.localHighRiskCount !== undefined) raw.method = 'custom';

  const validation = validateInput(raw);
  if (!validation.ok) {
    for (const e of validation.errors) {
      if (unreadable.has(e.field as InputField)) continue;
      problems.push({ column: columnForField(e.field), message: givenValueMessage(e, raw) });
    }
  }
  if (problems.length > 0 || !validation.ok) {
    return fail(problems.length > 0 ? problems : [{ column: null, message: 'The row is not a valid plan input.' }]);
  }
  return { line: row.line, name, state, result: { ok: true, input: validation.input, warnings: validation.warnings, readingWarnings } };
}

/** The CSV column an input field comes from ('method' and 'preset' come from the defaults). */
function columnForField(field: string): string {
  return KNOWN_COLUMNS.find((c) => BATCH_COLUMN_FIELDS[c] === field) ?? field;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
