// The Budget Detail Worksheet as a workbook description and as CSV. Personnel costs, federal
// shares, category totals, MTDC and the indirect line are formulas, so a grants officer who enters
// a non-federal match or changes a salary sees the sheet recompute.
import { formatPercent } from '../format';
import type { Plan } from '../plan';
import type { CsvTable } from './csv';
import { BDW_CATEGORIES, budgetDetailWorksheet, budgetNarrative, type BudgetDetailWorksheet } from './federal';
import { money, type CellSpec, type SheetSpec, type WorkbookSpec } from './workbookSpec';
import { frontlineSubawards } from '../mtdc';
import type { MultiYearPlan } from '../multiYear';
import type { FundingPicture } from '../funding';

const t = (v: string, bold = false): CellSpec => ({ v, fmt: 'text', ...(bold ? { bold } : {}) });
const blank: CellSpec = { v: null };

const COLUMNS = [
  { header: 'Category', width: 24 },
  { header: 'Description', width: 48 },
  { header: 'Salary', width: 12 },
  { header: 'Basis', width: 8 },
  { header: '% of time', width: 10 },
  { header: 'Months', width: 8 },
  { header: 'Positions', width: 10 },
  { header: 'Cost', width: 14 },
  { header: 'Federal', width: 14 },
  { header: 'Non-federal', width: 14 },
  { header: 'Counted in MTDC', width: 16 },
  { header: 'Computation', width: 80 },
];

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
      rows.push([blank, t('None requested'), blank, blank, blank, blank, blank, { v: 0, fmt: 'usd' }, { f: `H${rowNo()}-J${rowNo()}`, v: 0, fmt: 'usd' }, { v: 0, fmt: 'usd' }]);
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
        countedCells.push(`K${n}`);
      } else if (category.id !== 'J' && r.line !== 'stipends' && category.id !== 'D') {
        counted = { f: `H${n}`, v: r.cost, fmt: 'usd' };
        countedCells.push(`K${n}`);
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
        { f: `H${n}-J${n}`, v: r.federal, fmt: 'usd' },
        { v: r.nonFederal, fmt: 'usd' },
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
    t(`Personnel, fringe, contracts and other direct costs, plus the first ${bdw.subawardThreshold.toLocaleString('en-US')} dollars of each subaward; participant support costs (stipends) and equipment (units of $${bdw.equipmentThreshold.toLocaleString('en-US')} or more) excluded`),
  ]);
  const rateRow = rowNo();
  rows.push([t('Indirect rate'), t(bdw.indirectEnabled ? 'Rate applied to MTDC' : 'No indirect costs requested'), ...Array<CellSpec>(5).fill(blank), { v: bdw.indirectRate, fmt: 'pct' }, blank, blank, blank, t(bdw.indirectEnabled ? `${formatPercent(bdw.indirectRate)} (${plan.assumptions['indirect.rateBasis'] === 'negotiated' ? 'negotiated rate' : `de minimis for an award ${bdw.awardOnOrAfter20241001 ? 'on or after' : 'before'} 2024-10-01`})` : '')]);
  // The J row's cost is the indirect formula itself.
  if (jRow > 0) {
    const j = rows[jRow - 2];
    if (j) j[7] = { f: money(`H${rateRow}*H${mtdcRow}`), v: bdw.categories.find((c) => c.id === 'J')?.total ?? 0, fmt: 'usd' };
  }
  return { name: bdw.yearLabel, columns: COLUMNS, rows, frozenRows: 1, categoryTotalRows: categoryRowById, totalRow };
}

/** The budget narrative as the worksheet's last sheet: one row per section. */
function narrativeSheet(n: BudgetNarrative): SheetSpec {
  return {
    name: 'Budget narrative',
    columns: [
      { header: 'Section', width: 50 },
      { header: 'Narrative', width: 140 },
    ],
    rows: [[t(n.title, true)], ...n.sections.map((s) => [t(s.heading, true), t(s.text)])],
    frozenRows: 1,
  };
}

export interface FederalExtras {
  /** A multi-year plan: one worksheet sheet per budget year and a total. */
  readonly multi?: MultiYearPlan;
  /** Funding by year: federal money sets each year's federal/non-federal split. */
  readonly funding?: FundingPicture;
}

/** Share of a year's budget paid with federal money; all federal when the plan has no funding sources. */
function federalShareFor(total: number, fiscalYear: number | undefined, funding: FundingPicture | undefined): number {
  if (!funding || fiscalYear === undefined) return 1;
  const year = funding.years.find((y) => y.fiscalYear === fiscalYear);
  return year && total > 0 ? year.federalApplied / total : 1;
}

/** One budget year of the worksheet: the year's plan and its worksheet. */
export interface BdwYear {
  readonly plan: Plan;
  readonly bdw: BudgetDetailWorksheet;
}

export function bdwYears(plan: Plan, extras: FederalExtras = {}): BdwYear[] {
  const plans = extras.multi ? extras.multi.years : [plan];
  return plans.map((p) => ({ plan: p, bdw: budgetDetailWorksheet(p, undefined, federalShareFor(p.budget.total, p.year?.fiscalYear, extras.funding)) }));
}

export type BudgetNarrative = ReturnType<typeof budgetNarrative>;

/**
 * The rule for every budget narrative (the .md file and the worksheet's narrative sheet): it
 * describes the first budget year — the first year of a multi-year plan, with the years
 * summarised — as the worksheet's first sheet does.
 */
function firstYearNarrative(years: readonly BdwYear[], plan: Plan, multi: MultiYearPlan | undefined): BudgetNarrative {
  const first = years[0] ?? { plan, bdw: budgetDetailWorksheet(plan) };
  return budgetNarrative(first.plan, first.bdw, multi);
}

/** The plan's budget narrative: its first budget year (see firstYearNarrative). */
export function planBudgetNarrative(plan: Plan, extras: FederalExtras = {}): BudgetNarrative {
  return firstYearNarrative(bdwYears(plan, extras), plan, extras.multi);
}

export function bdwWorkbook(plan: Plan, extras: FederalExtras = {}): WorkbookSpec {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'Unnamed place';
  const years = bdwYears(plan, extras);
  const sheets = years.map((y) => bdwSheet(y.plan, y.bdw));
  const out: SheetSpec[] = sheets.map(({ name, columns, rows, frozenRows }) => ({ name, columns, rows, frozenRows }));
  if (sheets.length > 1) {
    // The total across years: every figure is a formula over the year sheets.
    const across = (column: string, row: (s: (typeof sheets)[number]) => number | undefined) =>
      sheets.map((s) => `'${s.name}'!${column}${row(s) ?? 0}`).join('+');
    const rows: CellSpec[][] = BDW_CATEGORIES.map((c) => {
      const sum = (key: 'total' | 'federal' | 'nonFederal') => years.reduce((acc, y) => acc + (y.bdw.categories.find((x) => x.id === c.id)?.[key] ?? 0), 0);
      return [
        t(`${c.id}. ${c.name}`),
        { f: across('H', (s) => s.categoryTotalRows[c.id]), v: sum('total'), fmt: 'usd' },
        { f: across('I', (s) => s.categoryTotalRows[c.id]), v: sum('federal'), fmt: 'usd' },
        { f: across('J', (s) => s.categoryTotalRows[c.id]), v: sum('nonFederal'), fmt: 'usd' },
      ];
    });
    const total = (key: 'total' | 'federal' | 'nonFederal') => years.reduce((acc, y) => acc + y.bdw[key], 0);
    rows.push([
      t('Total', true),
      { f: across('H', (s) => s.totalRow), v: total('total'), fmt: 'usd', bold: true },
      { f: across('I', (s) => s.totalRow), v: total('federal'), fmt: 'usd', bold: true },
      { f: across('J', (s) => s.totalRow), v: total('nonFederal'), fmt: 'usd', bold: true },
    ]);
    out.push({
      name: 'Total',
      columns: [
        { header: `Category (${sheets[0]?.name}–${sheets.at(-1)?.name})`, width: 34 },
        { header: 'Cost', width: 16 },
        { header: 'Federal', width: 16 },
        { header: 'Non-federal', width: 16 },
      ],
      rows,
      frozenRows: 1,
    });
  }
  out.push(narrativeSheet(firstYearNarrative(years, plan, extras.multi)));
  return { title: `Budget Detail Worksheet — ${place}`, sheets: out };
}

export function bdwCsvTable(plan: Plan, extras: FederalExtras = {}): CsvTable {
  const rows: (string | number | null)[][] = [];
  for (const { bdw } of bdwYears(plan, extras)) {
    for (const c of bdw.categories) {
      for (const r of c.rows) {
        rows.push([bdw.yearLabel, c.id, c.name, r.description, r.personnel?.salary ?? null, r.personnel?.basis ?? null, r.personnel?.percentTime ?? null, r.personnel?.months ?? null, r.personnel?.positions ?? null, r.cost, r.federal, r.nonFederal, r.computation]);
      }
      rows.push([bdw.yearLabel, c.id, c.name, `Total ${c.id}. ${c.name}`, null, null, null, null, null, c.total, c.federal, c.nonFederal, '']);
    }
    rows.push([bdw.yearLabel, 'Total', 'Total project costs', 'Total', null, null, null, null, null, bdw.total, bdw.federal, bdw.nonFederal, '']);
    rows.push([bdw.yearLabel, 'MTDC', 'Modified total direct costs', 'MTDC', null, null, null, null, null, bdw.mtdc, null, null, '']);
  }
  return {
    header: ['year', 'category', 'category_name', 'description', 'salary', 'basis', 'percent_time', 'months', 'positions', 'cost', 'federal', 'non_federal', 'computation'],
    rows,
  };
}

export { BDW_CATEGORIES };
