// The export registry: for every file the planner writes, one entry says how it is built — its
// file name, its type and its contents — from what the Export menu and the command line both have.
// The Export menu (src/ui/exporting.ts) hands the file to the browser; the command line
// (src/cli/render) prints it or writes it to --out. The planner loads this module (and with it the
// builders) only when someone exports, and exceljs only when a workbook is written (xlsxWriter.ts).
import type { Plan } from '../plan';
import { fundingPicture, hiresNeeded, type CurrentStaffing, type FundingSource } from '../funding';
import type { MultiYearPlan } from '../multiYear';
import { serialisePlanDocument, type PlanDocument } from '../documents';
import type { Portfolio, PortfolioResult } from '../portfolio';
import { comparisonFileBaseName, comparisonTable, comparisonWorkbook, type ComparisonExportSource } from './comparisonExport';
import { toCsv, type CsvTable } from './csv';
import { narrativeText } from './narrative';
import { bdwCsvTable, bdwWorkbook, planBudgetNarrative, type FederalExtras } from './federalWorkbook';
import { portfolioFileBaseName, portfolioTable, portfolioWorkbook } from './portfolioExport';
import { assumptionsTable, budgetTable, fundingTable, hiresTable, staffingTable, yearsTable } from './tables';
import { buildWorkbook } from './workbook';
import { BENCHMARK_FILE } from '../benchmarkData';
import type { WorkbookSpec } from './workbookSpec';
import { writeXlsx } from './xlsxWriter';

/** A file ready to be saved: its name, its media type and its text or bytes. */
export interface ExportFile {
  readonly filename: string;
  readonly mime: string;
  readonly body: string | Uint8Array;
}

/**
 * Where the file goes. A download is opened by a person, often in Excel: its CSV starts with a byte
 * order mark so Excel reads it as UTF-8. The command line's output goes to a terminal, a pipe or
 * --out: no byte order mark, and the plan file ends with a line end as text on a terminal does.
 */
export type ExportDestination = 'download' | 'command-line';

export const PLAN_EXPORT_KINDS = [
  'plan-file',
  'staffing-csv',
  'budget-csv',
  'assumptions-csv',
  'years-csv',
  'funding-csv',
  'hires-csv',
  'xlsx',
  'bdw-xlsx',
  'bdw-csv',
  'narrative',
] as const;
export type PlanExportKind = (typeof PLAN_EXPORT_KINDS)[number];

/** What every plan export is built from: the plan, and what its plan document adds to it. */
export interface PlanExportSource {
  readonly plan: Plan;
  /** The plan document as it is saved (the plan file): what was entered, never computed numbers. */
  readonly doc: PlanDocument;
  /** The plan year by year; null without one (the command line without --years). */
  readonly multi: MultiYearPlan | null;
  /** The funding sources entered (compared with each year's budget when there is a multi-year plan). */
  readonly fundingSources: readonly FundingSource[];
  /** The staff the place has today, per role (hires needed). */
  readonly currentStaffing: CurrentStaffing;
  /** The workbook's "Generated" date, YYYY-MM-DD. */
  readonly generatedOn: string;
  readonly destination: ExportDestination;
}

export const PORTFOLIO_EXPORT_KINDS = ['portfolio-csv', 'portfolio-xlsx'] as const;
export type PortfolioExportKind = (typeof PORTFOLIO_EXPORT_KINDS)[number];

/** What a portfolio export is built from: the portfolio and each place's plan. */
export interface PortfolioExportSource {
  readonly portfolio: Portfolio;
  readonly result: PortfolioResult;
  /** The workbook's "Generated" date, YYYY-MM-DD. */
  readonly generatedOn: string;
  readonly destination: ExportDestination;
}

export const COMPARISON_EXPORT_KINDS = ['comparison-csv', 'comparison-xlsx'] as const;
export type ComparisonExportKind = (typeof COMPARISON_EXPORT_KINDS)[number];

/** What a comparison of scenarios is exported from (comparisonExport.ts), and where it goes. */
export interface ComparisonSource extends ComparisonExportSource {
  readonly destination: ExportDestination;
}

interface ExportEntry<S> {
  /** Added to the file's base name. */
  readonly suffix: string;
  readonly mime: string;
  readonly body: (source: S) => string | Promise<Uint8Array>;
}

const MIME = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function csvFile<S extends { readonly destination: ExportDestination }>(suffix: string, table: (source: S) => CsvTable): ExportEntry<S> {
  return { suffix, mime: MIME.csv, body: (source) => toCsv(table(source), { bom: source.destination === 'download' }) };
}

function workbookFile<S>(suffix: string, spec: (source: S) => WorkbookSpec): ExportEntry<S> {
  return { suffix, mime: MIME.xlsx, body: (source) => writeXlsx(spec(source)) };
}

/** "cvi-plan-norfolk-va": the place’s name and state ("cvi-plan-plan" without either), made safe for a file name. */
function planFileBaseName(plan: Plan): string {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join('-') || 'plan';
  return `cvi-plan-${place}`.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/-+/g, '-').toLowerCase();
}

function multiYearOf(source: PlanExportSource, kind: PlanExportKind): MultiYearPlan {
  if (!source.multi) throw new Error(`the ${kind} export needs a multi-year plan`);
  return source.multi;
}

/**
 * The federal worksheet's years and funding: one sheet per budget year of a multi-year plan, and
 * the funding sources (by year, so only with a multi-year plan) set each year's federal share.
 */
function federalExtrasOf(source: PlanExportSource): FederalExtras {
  const { multi, fundingSources } = source;
  return {
    ...(multi ? { multi } : {}),
    ...(multi && fundingSources.length > 0 ? { funding: fundingPicture(multi, fundingSources) } : {}),
  };
}

const PLAN_EXPORTS: { readonly [K in PlanExportKind]: ExportEntry<PlanExportSource> } = {
  'plan-file': {
    suffix: '.json',
    mime: MIME.json,
    body: ({ doc, destination }) => (destination === 'command-line' ? `${serialisePlanDocument(doc)}\n` : serialisePlanDocument(doc)),
  },
  'staffing-csv': csvFile('-staffing.csv', (s) => staffingTable(s.plan)),
  'budget-csv': csvFile('-budget.csv', (s) => budgetTable(s.plan)),
  'assumptions-csv': csvFile('-assumptions.csv', (s) => assumptionsTable(s.plan)),
  'years-csv': csvFile('-years.csv', (s) => yearsTable(multiYearOf(s, 'years-csv'))),
  'funding-csv': csvFile('-funding.csv', (s) => fundingTable(fundingPicture(multiYearOf(s, 'funding-csv'), s.fundingSources))),
  'hires-csv': csvFile('-hires.csv', (s) => hiresTable(hiresNeeded(s.plan, s.currentStaffing))),
  // The live workbook: a sheet per year with a multi-year plan, funding (by year) and current staff on their own sheets.
  xlsx: workbookFile('.xlsx', (s) => {
    const extras = { ...(s.multi ? { multi: s.multi } : {}), fundingSources: s.fundingSources, currentStaffing: s.currentStaffing, benchmarks: BENCHMARK_FILE };
    return buildWorkbook(s.plan, s.generatedOn, extras).spec;
  }),
  'bdw-xlsx': workbookFile('-budget-detail-worksheet.xlsx', (s) => bdwWorkbook(s.plan, federalExtrasOf(s))),
  'bdw-csv': csvFile('-budget-detail-worksheet.csv', (s) => bdwCsvTable(s.plan, federalExtrasOf(s))),
  narrative: {
    suffix: '-budget-narrative.md',
    mime: MIME.markdown,
    body: (s) => narrativeText(planBudgetNarrative(s.plan, federalExtrasOf(s))),
  },
};

const PORTFOLIO_EXPORTS: { readonly [K in PortfolioExportKind]: ExportEntry<PortfolioExportSource> } = {
  'portfolio-csv': csvFile('.csv', (s) => portfolioTable(s.result)),
  'portfolio-xlsx': workbookFile('.xlsx', (s) => portfolioWorkbook(s.portfolio, s.result, s.generatedOn)),
};

const COMPARISON_EXPORTS: { readonly [K in ComparisonExportKind]: ExportEntry<ComparisonSource> } = {
  'comparison-csv': csvFile<ComparisonSource>('.csv', comparisonTable),
  'comparison-xlsx': workbookFile<ComparisonSource>('.xlsx', comparisonWorkbook),
};

async function build<S>(entry: ExportEntry<S>, baseName: string, source: S): Promise<ExportFile> {
  return { filename: `${baseName}${entry.suffix}`, mime: entry.mime, body: await entry.body(source) };
}

/** One export of a plan: its file name (from the place), media type and contents. */
export function buildPlanExport(kind: PlanExportKind, source: PlanExportSource): Promise<ExportFile> {
  return build(PLAN_EXPORTS[kind], planFileBaseName(source.plan), source);
}

/** One export of a portfolio: its file name (from the portfolio's name), media type and contents. */
export function buildPortfolioExport(kind: PortfolioExportKind, source: PortfolioExportSource): Promise<ExportFile> {
  return build(PORTFOLIO_EXPORTS[kind], portfolioFileBaseName(source.portfolio.name), source);
}

/** The comparison of a plan's scenarios as a file, named from the place. */
export function buildComparisonExport(kind: ComparisonExportKind, source: ComparisonSource): Promise<ExportFile> {
  return build(COMPARISON_EXPORTS[kind], comparisonFileBaseName(source.place), source);
}
