// A library's list of plans (--library without --open) as a table, JSON or CSV. Every total is the
// model's (computePlan of each plan's active scenario, in libraryRows); this file only formats.
import { formatUsd, PRESETS } from '../../model';
import { rowsToCsv } from '../../model/exports/csv';
import type { LibraryRow } from '../libraryFile';
import type { OutputFormat } from '../options';
import { assertFinite } from './finite';
import { columns, terminalText } from './text';

/** The fields of each plan in json, and the columns of csv, in this order. */
export const LIBRARY_LIST_COLUMNS = ['id', 'name', 'place', 'preset', 'total', 'updatedAt', 'scenarios'] as const;

function listedJson(rows: readonly LibraryRow[]): Record<(typeof LIBRARY_LIST_COLUMNS)[number], string | number>[] {
  const json = rows.map((r) => ({ id: r.id, name: r.name, place: r.place, preset: r.preset, total: r.total, updatedAt: r.updatedAt, scenarios: r.scenarios }));
  assertFinite(json, 'library');
  return json;
}

/** "2026-03-01 14:05 UTC": the time of a plan's last change, the same on every machine. */
function changedAt(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A file name as it would be typed in a command: quoted when it has spaces or quotes. */
const shellWord = (text: string): string => (/[\s"'$`\\]/.test(text) ? `'${text.replace(/'/g, `'\\''`)}'` : text);

function libraryTable(rows: readonly LibraryRow[], path: string): string {
  listedJson(rows); // every total printed below is finite
  const header = ['#', 'Name', 'Place', 'Preset', 'Annual budget at full strength', 'Last change'];
  const body = rows.map((r) => [String(r.position), terminalText(r.name), terminalText(r.place) || '—', PRESETS[r.preset].label, formatUsd(r.total), changedAt(r.updatedAt)]);
  const count = rows.length === 1 ? '1 plan' : `${rows.length} plans`;
  return [
    `Plans in ${terminalText(path)} (${count}; each total is its active scenario's)`,
    ...columns([header, ...body], ['right', 'left', 'left', 'left', 'right', 'left']),
    '',
    `Plan one with --library ${shellWord(terminalText(path))} --open NAME (or its number, e.g. --open 1).`,
    '',
  ].join('\n');
}

/** The plans of a library in a listing format (table, json or csv). */
export function renderLibraryList(format: OutputFormat, rows: readonly LibraryRow[], path: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(listedJson(rows), null, 2)}\n`;
    case 'csv':
      return rowsToCsv([[...LIBRARY_LIST_COLUMNS], ...listedJson(rows).map((r) => LIBRARY_LIST_COLUMNS.map((c) => r[c]))]);
    case 'table':
      return libraryTable(rows, path);
    default:
      throw new Error(`a library's list of plans cannot be written as ${format}`);
  }
}
