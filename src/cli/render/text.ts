// Text shared by the command line's renderers: what a person typed made safe for a terminal, the
// flag a warning is about, and the aligned columns of the tables.
import { formatQuantity, type InputField } from '../../model';
import { FIELD_FLAGS } from '../inputs';

/** Text typed by a person, made safe to show on a terminal (no control characters or escapes). */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/[\t\n]/g, ' ');
}

export function warningWhere(field: string): string {
  return Object.prototype.hasOwnProperty.call(FIELD_FLAGS, field) ? `--${FIELD_FLAGS[field as InputField]}` : field;
}

export type Align = 'left' | 'right';

/** Align rows of cells into columns, two spaces apart. */
export function columns(rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

/** "±20%" for an amount of 0.2. */
export const amountText = (amount: number): string => `±${formatQuantity(amount * 100)}%`;
