// Scenarios compared, as files (issue 12): a CSV and a workbook with what differs between the
// scenarios first, then each scenario's totals, staff by role and budget lines. Every figure is the
// model's comparison (compareScenarios.ts); nothing is re-derived here. People are whole and every
// abbreviation is spelled out at its first use in the file.
import { comparisonLineRows, comparisonRoleRows, comparisonTotalRows, type ComparisonRow, type ScenarioComparison } from '../compareScenarios';
import { spellOutFirstUses } from '../glossary';
import type { CsvTable, CsvValue } from './csv';
import type { CellSpec, WorkbookSpec } from './workbookSpec';

/** What a comparison export is built from. */
export interface ComparisonExportSource {
  readonly comparison: ScenarioComparison;
  /** "Detroit, MI"; blank without a place. */
  readonly place: string;
  /** The date the file was made, YYYY-MM-DD. */
  readonly generatedOn: string;
}

interface Line {
  readonly section: string;
  readonly item: string;
  readonly kind: ComparisonRow['kind'] | 'heading';
  readonly values: readonly (number | string | null)[];
  readonly defaultValue: string | null;
  readonly source: string | null;
}

/** The comparison in reading order: what differs, the totals, staff by role, budget lines. */
function comparisonLines(c: ScenarioComparison): Line[] {
  const differences: Line[] =
    c.differences.length === 0
      ? [{ section: 'What differs', item: 'No differences: every scenario has the same inputs and assumptions', kind: 'text', values: c.names.map(() => null), defaultValue: null, source: null }]
      : c.differences.map((d) => ({ section: 'What differs', item: d.label, kind: 'text', values: d.values, defaultValue: d.defaultValue, source: d.source }));
  const from = (section: string, rows: ComparisonRow[]): Line[] => rows.map((r) => ({ section, item: r.label, kind: r.kind, values: r.values, defaultValue: null, source: null }));
  return [
    ...differences,
    ...from('Totals', comparisonTotalRows(c)),
    ...from('Staff by role at full strength (people)', comparisonRoleRows(c)),
    ...from('Budget lines at full strength', comparisonLineRows(c)),
  ];
}

/** Spells out abbreviations across every text of the lines, in the order a reader meets them. */
function spelledLines(c: ScenarioComparison): Line[] {
  const lines = comparisonLines(c);
  const texts = lines.flatMap((l) => [l.section, l.item, ...l.values.map((v) => (typeof v === 'string' ? v : null)), l.defaultValue, l.source]);
  const spelled = spellOutFirstUses(texts);
  let i = 0;
  const next = () => spelled[i++] ?? null;
  return lines.map((l) => {
    const section = next() ?? l.section;
    const item = next() ?? l.item;
    const values = l.values.map((v) => {
      const t = next();
      return typeof v === 'string' ? t : v;
    });
    return { ...l, section, item, values, defaultValue: next(), source: next() };
  });
}

/** "cvi-scenarios-detroit-mi": the place made safe for a file name. */
export function comparisonFileBaseName(place: string): string {
  const stem = `cvi-scenarios-${place.trim() || 'plan'}`;
  return stem.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/-+/g, '-').replace(/-$/, '').toLowerCase();
}

/** One row per figure: section, item, one column per scenario, the default and its source. */
export function comparisonTable(source: ComparisonExportSource): CsvTable {
  const { comparison } = source;
  return {
    header: ['Section', 'Item', ...comparison.names, 'Default', 'Source of the default'],
    rows: spelledLines(comparison).map((l): CsvValue[] => [l.section, l.item, ...l.values, l.defaultValue, l.source]),
  };
}

const cell = (v: number | string | null, kind: Line['kind']): CellSpec =>
  v === null ? { v: null } : typeof v === 'string' ? { v, fmt: 'text' } : { v, fmt: kind === 'usd' ? 'usd' : 'int' };

/** One sheet: a title, the date, then each section under its heading. */
export function comparisonWorkbook(source: ComparisonExportSource): WorkbookSpec {
  const { comparison, place, generatedOn } = source;
  const title = `Scenarios compared${place ? `: ${place}` : ''}`;
  const width = comparison.names.length + 3;
  const blankAfter = (n: number): CellSpec[] => Array.from({ length: Math.max(0, width - n) }, () => ({ v: null }));
  const rows: CellSpec[][] = [
    [{ v: title, fmt: 'text', bold: true }, ...blankAfter(1)],
    [{ v: `Generated ${generatedOn} by the CVI Ecosystem Planner`, fmt: 'text' }, ...blankAfter(1)],
  ];
  let section = '';
  for (const line of spelledLines(comparison)) {
    if (line.section !== section) {
      section = line.section;
      rows.push([{ v: section, fmt: 'text', bold: true }, ...blankAfter(1)]);
    }
    rows.push([{ v: line.item, fmt: 'text' }, ...line.values.map((v) => cell(v, line.kind)), { v: line.defaultValue, fmt: 'text' }, { v: line.source, fmt: 'text' }]);
  }
  return {
    title,
    sheets: [
      {
        name: 'Scenarios compared',
        columns: [{ header: 'Item', width: 44 }, ...comparison.names.map((n) => ({ header: n, width: 22 })), { header: 'Default', width: 18 }, { header: 'Source of the default', width: 60 }],
        rows,
        frozenRows: 1,
      },
    ],
  };
}
