// The vocabulary of a workbook description: cells, sheets and the workbook, a builder that hands
// out absolute references to a sheet's cells, and the cell and formula helpers every workbook
// (the live plan, the federal worksheet, the portfolio) is written with.
import { GLOSSARY_ABBREVIATIONS } from '../glossary';
import { ROUNDING_ALLOWANCE_FACTOR } from '../plan';

export type CellFormat = 'usd' | 'usd-cents' | 'pct' | 'int' | 'dec1' | 'dec2' | 'dec3' | 'text';

export interface CellSpec {
  /** A plain value, or the cached result of the formula. */
  readonly v: number | string | boolean | null;
  /** Formula without the leading "=". */
  readonly f?: string;
  readonly fmt?: CellFormat;
  readonly bold?: boolean;
  /** False: a note that runs on into the empty cells to its right instead of wrapping in its own. */
  readonly wrap?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  /** Body rows; row 1 of the sheet is the header row built from `columns`. */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Rows kept in view while scrolling (the header). */
  readonly frozenRows: number;
}

export interface WorkbookSpec {
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const col = (index: number) => COLS[index] ?? 'Z';

/** Builds one sheet and hands out absolute references to its cells. */
export class SheetBuilder {
  readonly rows: CellSpec[][] = [];
  constructor(
    readonly name: string,
    readonly columns: { header: string; width: number }[],
  ) {}
  /** Adds a row and returns its sheet row number (the header is row 1). */
  add(cells: CellSpec[]): number {
    this.rows.push(cells);
    return this.rows.length + 1;
  }
  ref(column: number, row: number, external = true): string {
    const cell = `$${col(column)}$${row}`;
    return external ? `'${this.name}'!${cell}` : cell;
  }
  spec(): SheetSpec {
    return { name: this.name, columns: this.columns, rows: this.rows, frozenRows: 1 };
  }
}

export const text = (v: string | null, bold = false): CellSpec => ({ v, fmt: 'text', ...(bold ? { bold } : {}) });
export const num = (v: number | null, fmt: CellFormat): CellSpec => ({ v, fmt });
export const empty: CellSpec = { v: null };
/**
 * Whole dollars exactly as the model rounds money (roundMoney): half up with the same float-noise
 * allowance, so a value that is half a dollar up to noise rounds up in the sheet too.
 */
export const money = (expr: string) => `ROUND((${expr})+MAX(1E-9,ABS(${expr})*${ROUNDING_ALLOWANCE_FACTOR}),0)`;
export const formula = (f: string, v: number | string | boolean | null, fmt: CellFormat, bold = false): CellSpec => ({ f, v, fmt, ...(bold ? { bold } : {}) });

/**
 * The glossary's abbreviations a workbook uses (in any cell or header), each with what it stands
 * for: the first sheet lists them, so every one is spelled out before the sheets that use it.
 */
export function abbreviationsUsed(sheets: readonly SheetSpec[]): { term: string; expansion: string }[] {
  const texts = sheets.flatMap((s) => [...s.columns.map((c) => c.header), ...s.rows.flatMap((r) => r.flatMap((c) => (typeof c.v === 'string' ? [c.v] : [])))]);
  return GLOSSARY_ABBREVIATIONS.filter((e) => texts.some((t) => e.pattern.test(t))).map(({ term, expansion }) => ({ term, expansion }));
}
