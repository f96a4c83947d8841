// The Budget Detail Worksheet as a workbook description and as CSV. Personnel costs, the part not
// yet funded, category totals, MTDC and the indirect line are formulas, so a grants officer who
// enters a non-federal match or changes a salary sees the sheet recompute. Federal and non-federal
// are the money the plan's funding sources commit; what no source covers is "Not yet funded".
import { formatPercent, formatUsd } from '../format';
import type { Plan } from '../plan';
import type { CsvTable } from './csv';
import { BDW_CATEGORIES, budgetDetailWorksheet, type BudgetDetailWorksheet, type YearFunding } from './federal';
import { budgetNarrative, type BudgetNarrative } from './narrative';
import { abbreviationsUsed, money, type CellSpec, type SheetSpec, type WorkbookSpec } from './workbookSpec';
import { frontlineSubawards } from '../mtdc';
import type { MultiYearPlan } from '../multiYear';
import { FUNDING_KIND_LABELS, FUNDING_KINDS, type FundingPicture } from '../funding';

const t = (v: string, bold = false): CellSpec => ({ v, fmt: 'text', ...(bold ? { bold } : {}) });
/** A one-line note that runs on across the empty cells to its right. */
const note = (v: string): CellSpec => ({ v, fmt: 'text', wrap: false });
const blank: CellSpec = { v: null };

// Widths chosen to print on landscape pages at a legible scale; long text wraps.
const COLUMNS = [
  { header: 'Category', width: 16 },
  { header: 'Description', width: 36 },
  { header: 'Salary', width: 11 },
  { header: 'Basis', width: 7 },
  { header: '% of time', width: 8 },
  { header: 'Months', width: 7 },
  { header: 'Positions', width: 9 },
  { header: 'Cost', width: 13 },
  { header: 'Federal', width: 13 },
  { header: 'Non-federal', width: 13 },
  { header: 'Not yet funded', width: 13 },
  { header: 'Counted in MTDC', width: 13 },
  { header: 'Computation', width: 48 },
];
const NOT_YET_FUNDED_NOTE = 'Not yet funded: the part no funding source has committed; it is not counted as non-federal match.';

/** One sheet of the worksheet for one budget year, with the rows of its category totals. */
function bdwSheet(plan: Plan, bdw: BudgetDetailWorksheet): SheetSpec & { categoryTotalRows: Record<string, number>; totalRow: number } {
  const rows: CellSpec[][] = [];
  const rowNo = () => rows.length + 2;
  const categoryTotalRows: number[] = [];
  const categoryRowById: Record<string, number> = {};
  const countedCells: string[] = [];
  const subawardExact = frontlineSubawards(plan.roles, plan.assumptions['indirect.subawardCount']);
  let subawardIndex = 0;
  let jRow = 0;
  for (const category of bdw.categories) {
    const first = rowNo() + 1;
    rows.push([t(`${category.id}. ${category.name}`, true)]);
    if (category.rows.length === 0) {
      rows.push([blank, t('None requested'), blank, blank, blank, blank, blank, { v: 0, fmt: 'usd' }, { v: 0, fmt: 'usd' }, { v: 0, fmt: 'usd' }, { f: `H${rowNo()}-I${rowNo()}-J${rowNo()}`, v: 0, fmt: 'usd' }]);
    }
    for (const r of category.rows) {
      const n = rowNo();
      const p = r.personnel;
      const cost: CellSpec = p ? { f: money(`C${n}*E${n}*F${n}/12*G${n}`), v: r.cost, fmt: 'usd' } : { v: r.cost, fmt: 'usd' };
      let counted: CellSpec = blank;
      if (category.id === 'G') {
        // MTDC counts only the first part of each subaward (the model's exact share, not the rounded row).
        const exact = subawardExact[subawardIndex++]?.amount ?? r.cost;
        counted = { v: Math.min(exact, bdw.subawardThreshold), fmt: 'usd-cents' };
        countedCells.push(`L${n}`);
      } else if (category.id !== 'J' && r.line !== 'stipends' && category.id !== 'D') {
        counted = { f: `H${n}`, v: r.cost, fmt: 'usd' };
        countedCells.push(`L${n}`);
      }
      if (category.id === 'J') jRow = n;
      rows.push([
        blank,
        t(r.description),
        p ? { v: p.salary, fmt: 'usd' } : blank,
        p ? t(p.basis) : blank,
        p ? { v: p.percentTime, fmt: 'pct' } : blank,
        p ? { v: p.months, fmt: 'int' } : blank,
        p ? { v: p.positions, fmt: 'int' } : blank,
        cost,
        { v: r.federal, fmt: 'usd' },
        { v: r.nonFederal, fmt: 'usd' },
        { f: `H${n}-I${n}-J${n}`, v: r.notYetFunded, fmt: 'usd' },
        counted,
        t(r.computation),
      ]);
    }
    const last = rowNo() - 1;
    const n = rowNo();
    categoryTotalRows.push(n);
    categoryRowById[category.id] = n;
    rows.push([
      blank,
      t(`Total ${category.id}. ${category.name}`, true),
      blank,
      blank,
      blank,
      blank,
      blank,
      { f: `SUM(H${first}:H${last})`, v: category.total, fmt: 'usd', bold: true },
      { f: `SUM(I${first}:I${last})`, v: category.federal, fmt: 'usd', bold: true },
      { f: `SUM(J${first}:J${last})`, v: category.nonFederal, fmt: 'usd', bold: true },
      { f: `SUM(K${first}:K${last})`, v: category.notYetFunded, fmt: 'usd', bold: true },
    ]);
  }
  rows.push([]);
  const totalRow = rowNo();
  const sumOf = (column: string) => categoryTotalRows.map((r) => `${column}${r}`).join('+');
  rows.push([
    t('Total', true),
    t(`Total project costs, ${bdw.yearLabel}`, true),
    blank,
    blank,
    blank,
    blank,
    blank,
    { f: sumOf('H'), v: bdw.total, fmt: 'usd', bold: true },
    { f: sumOf('I'), v: bdw.federal, fmt: 'usd', bold: true },
    { f: sumOf('J'), v: bdw.nonFederal, fmt: 'usd', bold: true },
    { f: sumOf('K'), v: bdw.notYetFunded, fmt: 'usd', bold: true },
  ]);
  const mtdcRow = rowNo();
  rows.push([
    t('MTDC'),
    t('Modified total direct costs'),
    ...Array<CellSpec>(5).fill(blank),
    { f: money(countedCells.length > 0 ? countedCells.join('+') : '0'), v: bdw.mtdc, fmt: 'usd' },
    blank,
    blank,
    blank,
    blank,
    t(`Personnel, fringe, contracts and other direct costs, plus the first ${formatUsd(bdw.subawardThreshold)} of each subaward; participant support costs (stipends) and equipment (units of ${formatUsd(bdw.equipmentThreshold)} or more) excluded`),
  ]);
  const rateRow = rowNo();
  rows.push([t('Indirect rate'), t(bdw.indirectEnabled ? 'Rate applied to MTDC' : 'No indirect costs requested'), ...Array<CellSpec>(5).fill(blank), { v: bdw.indirectRate, fmt: 'pct' }, blank, blank, blank, blank, t(bdw.indirectEnabled ? `${formatPercent(bdw.indirectRate)} (${plan.assumptions['indirect.rateBasis'] === 'negotiated' ? 'negotiated rate' : `de minimis for an award ${bdw.awardOnOrAfter20241001 ? 'on or after' : 'before'} 2024-10-01`})` : '')]);
  // The J row's cost is the indirect formula itself.
  if (jRow > 0) {
    const j = rows[jRow - 2];
    if (j) j[7] = { f: money(`H${rateRow}*H${mtdcRow}`), v: bdw.categories.find((c) => c.id === 'J')?.total ?? 0, fmt: 'usd' };
  }
  rows.push([], [note(NOT_YET_FUNDED_NOTE)]);
  return { name: bdw.yearLabel, columns: COLUMNS, rows, frozenRows: 1, categoryTotalRows: categoryRowById, totalRow };
}

/** The budget narrative as the worksheet's last sheet: one row per section. */
function narrativeSheet(n: BudgetNarrative): SheetSpec {
  return {
    name: 'Budget narrative',
    columns: [
      { header: 'Section', width: 30 },
      { header: 'Narrative', width: 100 },
    ],
    rows: [[t(n.title, true)], ...n.sections.map((s) => [t(s.heading, true), t(s.text)])],
    frozenRows: 1,
  };
}

export interface FederalExtras {
  /** A multi-year plan: one worksheet sheet per budget year and a total. */
  readonly multi?: MultiYearPlan;
  /** Funding by year: the federal and committed non-federal money of each year. */
  readonly funding?: FundingPicture;
}

/**
 * The money committed to a budget year: federal sources first, then non-federal sources up to
 * what is left; the rest is not yet funded. Undefined without funding sources (all federal request).
 */
function fundingFor(total: number, fiscalYear: number | undefined, funding: FundingPicture | undefined): YearFunding | undefined {
  if (!funding || fiscalYear === undefined) return undefined;
  const year = funding.years.find((y) => y.fiscalYear === fiscalYear);
  if (!year) return undefined;
  const federal = Math.min(year.federalApplied, total);
  const kinds = FUNDING_KINDS.filter((k) => k !== 'federal' && year.byKind[k] > 0);
  const committed = kinds.reduce((sum, k) => sum + year.byKind[k], 0);
  return { federal, nonFederal: Math.min(committed, total - federal), nonFederalSources: kinds.map((k) => FUNDING_KIND_LABELS[k]) };
}

/** One budget year of the worksheet: the year's plan and its worksheet. */
export interface BdwYear {
  readonly plan: Plan;
  readonly bdw: BudgetDetailWorksheet;
}

export function bdwYears(plan: Plan, extras: FederalExtras = {}): BdwYear[] {
  const plans = extras.multi ? extras.multi.years : [plan];
  return plans.map((p) => ({ plan: p, bdw: budgetDetailWorksheet(p, undefined, fundingFor(p.budget.total, p.year?.fiscalYear, extras.funding)) }));
}

export type { BudgetNarrative };

/**
 * The rule for every budget narrative (the .md file and the worksheet's narrative sheet): it
 * describes the first budget year — the first year of a multi-year plan, with the years and
 * their funding summarised — as the worksheet's first year sheet does.
 */
function firstYearNarrative(years: readonly BdwYear[], plan: Plan, multi: MultiYearPlan | undefined): BudgetNarrative {
  const first = years[0] ?? { plan, bdw: budgetDetailWorksheet(plan) };
  return budgetNarrative(first.plan, first.bdw, multi, years.map((y) => y.bdw));
}

/** The plan's budget narrative: its first budget year (see firstYearNarrative). */
export function planBudgetNarrative(plan: Plan, extras: FederalExtras = {}): BudgetNarrative {
  return firstYearNarrative(bdwYears(plan, extras), plan, extras.multi);
}

type Money = 'total' | 'federal' | 'nonFederal' | 'notYetFunded';
const MONEY: readonly [Money, string][] = [
  ['total', 'H'],
  ['federal', 'I'],
  ['nonFederal', 'J'],
  ['notYetFunded', 'K'],
];
const moneyColumns = (first: string) => [
  { header: first, width: 34 },
  { header: 'Cost', width: 15 },
  { header: 'Federal', width: 15 },
  { header: 'Non-federal', width: 15 },
  { header: 'Not yet funded', width: 15 },
];

type YearSheet = ReturnType<typeof bdwSheet>;

/** The first sheet: each year's cost, federal, non-federal and not yet funded, and what they mean. */
function summarySheet(place: string, years: readonly BdwYear[], sheets: readonly YearSheet[]): SheetSpec {
  const rows: CellSpec[][] = [];
  years.forEach((y, i) => {
    const sheet = sheets[i];
    rows.push([t(y.bdw.yearLabel), ...MONEY.map(([key, c]): CellSpec => ({ f: `'${sheet?.name}'!${c}${sheet?.totalRow ?? 0}`, v: y.bdw[key], fmt: 'usd' }))]);
  });
  if (years.length > 1) {
    const first = 2;
    const last = first + years.length - 1;
    const cols = ['B', 'C', 'D', 'E'];
    rows.push([t('Total', true), ...MONEY.map(([key], i): CellSpec => ({ f: `SUM(${cols[i]}${first}:${cols[i]}${last})`, v: years.reduce((s, y) => s + y.bdw[key], 0), fmt: 'usd', bold: true }))]);
  }
  const first = years[0]?.bdw;
  rows.push(
    [],
    [t('Place'), t(place)],
    [],
    [note(first?.fromFundingSources ? 'Federal: money from the federal funding sources entered in the plan.' : 'Federal: no funding sources are entered, so the whole budget is shown as the federal request.')],
    [note('Non-federal: only money committed by the non-federal funding sources entered in the plan (the match).')],
    [note(NOT_YET_FUNDED_NOTE)],
  );
  return { name: 'Summary', columns: moneyColumns('Budget year'), rows, frozenRows: 1 };
}

/** The total across years by category: every figure a formula over the year sheets. */
function totalSheet(years: readonly BdwYear[], sheets: readonly YearSheet[]): SheetSpec {
  const across = (column: string, row: (s: YearSheet) => number | undefined) => sheets.map((s) => `'${s.name}'!${column}${row(s) ?? 0}`).join('+');
  const rows: CellSpec[][] = BDW_CATEGORIES.map((c) => [
    t(`${c.id}. ${c.name}`),
    ...MONEY.map(([key, column]): CellSpec => ({
      f: across(column, (s) => s.categoryTotalRows[c.id]),
      v: years.reduce((acc, y) => acc + (y.bdw.categories.find((x) => x.id === c.id)?.[key] ?? 0), 0),
      fmt: 'usd',
    })),
  ]);
  rows.push([t('Total', true), ...MONEY.map(([key, column]): CellSpec => ({ f: across(column, (s) => s.totalRow), v: years.reduce((acc, y) => acc + y.bdw[key], 0), fmt: 'usd', bold: true }))]);
  rows.push([], [note(NOT_YET_FUNDED_NOTE)]);
  return { name: 'Total', columns: moneyColumns(`Category (${sheets[0]?.name}–${sheets.at(-1)?.name})`), rows, frozenRows: 1 };
}

export function bdwWorkbook(plan: Plan, extras: FederalExtras = {}): WorkbookSpec {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'Unnamed place';
  const years = bdwYears(plan, extras);
  const sheets = years.map((y) => bdwSheet(y.plan, y.bdw));
  const rest: SheetSpec[] = [
    ...sheets.map(({ name, columns, rows, frozenRows }) => ({ name, columns, rows, frozenRows })),
    ...(sheets.length > 1 ? [totalSheet(years, sheets)] : []),
    narrativeSheet(firstYearNarrative(years, plan, extras.multi)),
  ];
  const summary = summarySheet(place, years, sheets);
  const abbreviations = abbreviationsUsed([summary, ...rest]).map((a) => [note(`${a.term}: ${a.expansion}`)]);
  const withAbbreviations = abbreviations.length > 0 ? { ...summary, rows: [...summary.rows, [], [t('Abbreviations', true)], ...abbreviations] } : summary;
  return { title: `Budget Detail Worksheet — ${place}`, sheets: [withAbbreviations, ...rest] };
}

export function bdwCsvTable(plan: Plan, extras: FederalExtras = {}): CsvTable {
  const rows: (string | number | null)[][] = [];
  for (const { bdw } of bdwYears(plan, extras)) {
    for (const c of bdw.categories) {
      for (const r of c.rows) {
        rows.push([bdw.yearLabel, c.id, c.name, r.description, r.personnel?.salary ?? null, r.personnel?.basis ?? null, r.personnel?.percentTime ?? null, r.personnel?.months ?? null, r.personnel?.positions ?? null, r.cost, r.federal, r.nonFederal, r.notYetFunded, r.computation]);
      }
      rows.push([bdw.yearLabel, c.id, c.name, `Total ${c.id}. ${c.name}`, null, null, null, null, null, c.total, c.federal, c.nonFederal, c.notYetFunded, '']);
    }
    rows.push([bdw.yearLabel, 'Total', 'Total project costs', 'Total', null, null, null, null, null, bdw.total, bdw.federal, bdw.nonFederal, bdw.notYetFunded, '']);
    rows.push([bdw.yearLabel, 'MTDC', 'Modified total direct costs', 'MTDC', null, null, null, null, null, bdw.mtdc, null, null, null, '']);
  }
  return {
    header: ['year', 'category', 'category_name', 'description', 'salary', 'basis', 'percent_time', 'months', 'positions', 'cost', 'federal', 'non_federal', 'not_yet_funded', 'computation'],
    rows,
  };
}

export { BDW_CATEGORIES };
