// The funders' portfolio as files: a CSV table (one row per place, the place table's layout, the
// same columns the command line's batch output starts with) and a workbook description. Every
// figure is the place's own plan from computePortfolio; nothing is re-derived here.
import { readerCitation } from '../paramSpec';
import { PARAMS, PARAM_IDS } from '../assumptions';
import { HIGH_RISK_METHOD_LABELS } from '../input';
import { INPUT_FIELD_IDS, INPUT_FIELDS, type InputField, type InputFieldSpec, type PlanInput } from '../inputFields';
import type { Portfolio, PortfolioResult } from '../portfolio';
import { presetDefaults, PRESETS } from '../presets';
import type { CsvTable } from './csv';
import { placeTableHeader, placeTableLineIds, placeTableRow } from './placeTable';
import type { CellFormat, CellSpec, SheetSpec, WorkbookSpec } from './workbookSpec';

/** One row per place: the place table's layout (placeTable.ts), the same as the command line's batch CSV. */
export function portfolioTable(result: PortfolioResult): CsvTable {
  const lineIds = placeTableLineIds(result.plans);
  const rows = result.plans.map((plan) => {
    // The input the place was planned with: its high-risk method is the one the portfolio applied.
    const input = plan.input;
    return placeTableRow({ name: input.placeName, state: input.state }, input, plan, lineIds);
  });
  return { header: placeTableHeader(lineIds), rows };
}

/** Cost per participant across the portfolio (null when nobody is reached). */
function portfolioCostPerParticipant(result: PortfolioResult): number | null {
  return result.participants > 0 ? result.total / result.participants : null;
}

/** "cvi-portfolio-my-funders" */
export function portfolioFileBaseName(name: string): string {
  const stem = `cvi-portfolio-${name.trim() || 'portfolio'}`;
  return stem.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/-+/g, '-').replace(/-$/, '').toLowerCase();
}

const text = (v: string | null, bold = false): CellSpec => ({ v, fmt: 'text', ...(bold ? { bold } : {}) });
const num = (v: number | null, fmt: CellFormat, bold = false): CellSpec => ({ v, fmt, ...(bold ? { bold } : {}) });
const formula = (f: string, v: number | string | null, fmt: CellFormat, bold = false): CellSpec => ({ f, v, fmt, ...(bold ? { bold } : {}) });

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The inputs the portfolio sheet shows: each place's own inputs (the shared preset aside), by the input table. */
const PORTFOLIO_INPUTS = INPUT_FIELD_IDS.filter((field) => {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  return spec.kind === 'choice' ? spec.csvColumn === null && field === 'method' : !(spec.kind === 'count' && spec.onlyWithMethod !== undefined);
});
/** Column widths by kind of input; the place name and the population are wider. */
const INPUT_WIDTHS: Readonly<Record<InputFieldSpec['kind'], number>> = { text: 8, count: 11, percent: 10, choice: 22 };
const WIDER: Partial<Record<InputField, number>> = { placeName: 24, population: 14 };

function inputCell(input: PlanInput, field: InputField): CellSpec {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  const value = input[field];
  if (spec.kind === 'percent') return num((value as number) / 100, 'pct');
  if (spec.kind === 'count') return num(value as number | null, 'int');
  if (field === 'method') return text(HIGH_RISK_METHOD_LABELS[input.method]);
  return text(String(value));
}

/**
 * The portfolio workbook: a Portfolio sheet (one row per place, the app's figures, and a total
 * row of live SUM formulas — the portfolio total is the sum of its plans), the shared assumptions
 * with their sources, and a note on what the figures are.
 */
export function portfolioWorkbook(portfolio: Portfolio, result: PortfolioResult, generatedOn: string): WorkbookSpec {
  const columns = [
    ...PORTFOLIO_INPUTS.map((field) => ({ header: INPUT_FIELDS[field].shortLabel, width: WIDER[field] ?? INPUT_WIDTHS[INPUT_FIELDS[field].kind] })),
    { header: 'Participants', width: 12 },
    { header: 'Staff', width: 9 },
    { header: 'Total budget', width: 16 },
    { header: 'Cost per participant', width: 14 },
    { header: 'Homicides per 100,000', width: 12 },
    { header: 'Shooting victims per 100,000', width: 14 },
    { header: 'Budget per resident', width: 12 },
    { header: 'Plan cost per homicide', width: 14 },
  ];
  // Column indexes (0-based) of the figures after the input columns, from the input table.
  const n = PORTFOLIO_INPUTS.length;
  const C = { population: PORTFOLIO_INPUTS.indexOf('population'), participants: n, staff: n + 1, total: n + 2, perParticipant: n + 3 } as const;
  const rows: CellSpec[][] = result.rows.map((row) => {
    // The input the place was planned with: its high-risk method is the one the portfolio applied.
    const { plan } = row;
    const input = plan.input;
    const victims = row.shootingVictimsPer100k;
    return [
      ...PORTFOLIO_INPUTS.map((field) => inputCell(input, field)),
      num(plan.participants, 'int'),
      num(plan.totalHeadcount, 'int'),
      num(plan.budget.total, 'usd'),
      plan.costPerParticipant === null ? text('no participants') : num(plan.costPerParticipant, 'usd'),
      row.homicidesPer100k === null ? text('homicides not given') : num(row.homicidesPer100k, 'dec1'),
      victims === null ? text('not given') : victims.counted === 'fatal and nonfatal' ? num(victims.per100k, 'dec1') : text(`${victims.per100k.toFixed(1)} (${victims.counted})`),
      num(row.budgetPerResident, 'usd-cents'),
      row.costPerHomicide.value === null ? text(row.costPerHomicide.reason) : num(row.costPerHomicide.value, 'usd'),
    ];
  });
  const first = 2;
  const last = rows.length + 1;
  const sum = (column: number) => (rows.length === 0 ? '0' : `SUM(${columnLetter(column)}${first}:${columnLetter(column)}${last})`);
  const totalRow = rows.length + 2;
  const perParticipant = portfolioCostPerParticipant(result);
  rows.push([
    ...PORTFOLIO_INPUTS.map((field, i) =>
      i === 0 ? text('Portfolio total', true) : field === 'population' ? formula(sum(C.population), result.population, 'int', true) : text(null),
    ),
    formula(sum(C.participants), result.participants, 'int', true),
    formula(sum(C.staff), result.staff, 'int', true),
    formula(sum(C.total), result.total, 'usd', true),
    formula(
      `IF(${columnLetter(C.participants)}${totalRow}>0,${columnLetter(C.total)}${totalRow}/${columnLetter(C.participants)}${totalRow},"no participants")`,
      perParticipant ?? 'no participants',
      'usd',
      true,
    ),
    text(null),
    text(null),
    result.budgetPerResident === null ? text(null) : { ...num(result.budgetPerResident, 'usd-cents'), bold: true },
    text(null),
  ]);
  const places: SheetSpec = { name: 'Portfolio', columns, rows, frozenRows: 1 };

  const defaults = presetDefaults(portfolio.preset);
  const assumptionRows: CellSpec[][] = [
    [text('Methodology', true), text(PRESETS[portfolio.preset].label), text(null), text('preset'), text(PRESETS[portfolio.preset].description)],
    [
      text('High-risk estimate', true),
      // The choice's id, not its label: importing the labels here would split them into a chunk of their own, named in the first load's import map.
      text(portfolio.highRiskMethod ?? 'each-place'),
      text(null),
      text('portfolio'),
      text(
        'each-place: each place’s own method; population or violence-adjusted: that method for every place. The method each place is planned with is in its row (a place given a local high-risk count keeps it; violence-adjusted needs homicides or fatal shooting victims, else the place is planned with the population method).',
      ),
    ],
    ...PARAM_IDS.map((id): CellSpec[] => {
      const spec = PARAMS[id];
      const value = portfolio.assumptions[id] ?? defaults[id];
      const changed = portfolio.assumptions[id] !== undefined && portfolio.assumptions[id] !== defaults[id];
      const cell: CellSpec =
        typeof value === 'number'
          ? num(value, spec.unit === 'rate' ? 'pct' : spec.unit === 'usd' ? 'usd' : 'dec2')
          : typeof value === 'boolean'
            ? { v: value }
            : text(value);
      return [text(spec.label), cell, text(changed ? 'changed' : null), text(spec.source.label), text(readerCitation(spec.source.citation))];
    }),
  ];
  const assumptions: SheetSpec = {
    name: 'Assumptions',
    columns: [
      { header: 'Assumption (applies to every place)', width: 58 },
      { header: 'Value', width: 16 },
      { header: 'Changed from preset', width: 12 },
      { header: 'Source', width: 16 },
      { header: 'Citation', width: 90 },
    ],
    rows: assumptionRows,
    frozenRows: 1,
  };

  const about: SheetSpec = {
    name: 'About',
    columns: [
      { header: 'Item', width: 28 },
      { header: 'Value', width: 100 },
    ],
    rows: [
      [text('Portfolio'), text(portfolio.name)],
      [text('Places'), num(portfolio.places.length, 'int')],
      [text('Generated'), text(generatedOn)],
      [
        text('What the figures are'),
        text(
          'Each place is planned on its own with the methodology and assumptions on the Assumptions sheet; the Portfolio sheet shows each plan’s figures and totals them with SUM formulas. For a place’s live staffing and budget formulas, open it as a plan in the CVI Ecosystem Planner and export its workbook.',
        ),
      ],
      [text('Reference'), text(`Portfolio sheet, row ${totalRow}: the portfolio total.`)],
    ],
    frozenRows: 1,
  };

  return { title: `CVI Ecosystem portfolio: ${portfolio.name}`, sheets: [places, assumptions, about] };
}
