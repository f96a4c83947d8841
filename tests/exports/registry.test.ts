// The export registry: one entry per file the planner writes (the Export menu's and the command
// line's), each with its file name, media type and contents, built by the model's own builders.
import { describe, expect, it } from 'vitest';
import {
  computeMultiYear,
  computePlan,
  computePortfolio,
  fundingPicture,
  makeInput,
  makePlanDocument,
  serialisePlanDocument,
  type FundingSource,
} from '../../src/model';
import { toCsv } from '../../src/model/exports/csv';
import { narrativeText } from '../../src/model/exports/narrative';
import { bdwCsvTable, planBudgetNarrative } from '../../src/model/exports/federalWorkbook';
import { portfolioTable } from '../../src/model/exports/portfolioExport';
import {
  buildPlanExport,
  buildPortfolioExport,
  PLAN_EXPORT_KINDS,
  PORTFOLIO_EXPORT_KINDS,
  type PlanExportSource,
} from '../../src/model/exports/registry';
import { staffingTable, yearsTable } from '../../src/model/exports/tables';

const input = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 40, nonfatalShootings: 150, preset: 'caps' });
const plan = computePlan(input);
const multi = computeMultiYear(input, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
const funding: FundingSource[] = [{ name: 'Grant', kind: 'federal', annualAmount: 1_000_000, firstYear: 2027, lastYear: 2028 }];
const doc = makePlanDocument(input, {}, { funding, currentStaffing: { 'street-outreach': 2 } });

const source = (over: Partial<PlanExportSource> = {}): PlanExportSource => ({
  plan,
  doc,
  multi,
  fundingSources: funding,
  currentStaffing: { 'street-outreach': 2 },
  generatedOn: '2026-12-07',
  destination: 'download',
  ...over,
});

describe('plan exports', () => {
  it('given every kind, then each file is named after the place, with the media type its contents have', async () => {
    const names: Record<string, [string, string]> = {};
    for (const kind of PLAN_EXPORT_KINDS) {
      const file = await buildPlanExport(kind, source());
      names[kind] = [file.filename, file.mime];
      if (file.mime.includes('spreadsheetml')) expect(file.body).toBeInstanceOf(Uint8Array);
      else expect(typeof file.body).toBe('string');
    }
    const csv = 'text/csv;charset=utf-8';
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(names).toEqual({
      'plan-file': ['cvi-plan-norfolk-va.json', 'application/json'],
      'staffing-csv': ['cvi-plan-norfolk-va-staffing.csv', csv],
      'budget-csv': ['cvi-plan-norfolk-va-budget.csv', csv],
      'assumptions-csv': ['cvi-plan-norfolk-va-assumptions.csv', csv],
      'years-csv': ['cvi-plan-norfolk-va-years.csv', csv],
      'funding-csv': ['cvi-plan-norfolk-va-funding.csv', csv],
      'hires-csv': ['cvi-plan-norfolk-va-hires.csv', csv],
      xlsx: ['cvi-plan-norfolk-va.xlsx', xlsx],
      'bdw-xlsx': ['cvi-plan-norfolk-va-budget-detail-worksheet.xlsx', xlsx],
      'bdw-csv': ['cvi-plan-norfolk-va-budget-detail-worksheet.csv', csv],
      narrative: ['cvi-plan-norfolk-va-budget-narrative.md', 'text/markdown;charset=utf-8'],
    });
  });

  it('given a place without a name, then the files are called cvi-plan-plan…', async () => {
    const unnamed = computePlan(makeInput({ population: 1000 }));
    expect((await buildPlanExport('budget-csv', source({ plan: unnamed }))).filename).toBe('cvi-plan-plan-budget.csv');
  });

  it('given a download, then a CSV starts with a byte order mark; given the command line, then it does not', async () => {
    expect((await buildPlanExport('staffing-csv', source())).body).toBe(toCsv(staffingTable(plan), { bom: true }));
    expect((await buildPlanExport('staffing-csv', source({ destination: 'command-line' }))).body).toBe(toCsv(staffingTable(plan)));
    expect((await buildPlanExport('years-csv', source())).body).toBe(toCsv(yearsTable(multi), { bom: true }));
  });

  it('given the plan file, then it is the document as saved; the command line ends it with a line end', async () => {
    expect((await buildPlanExport('plan-file', source())).body).toBe(serialisePlanDocument(doc));
    expect((await buildPlanExport('plan-file', source({ destination: 'command-line' }))).body).toBe(`${serialisePlanDocument(doc)}\n`);
  });

  it('given a multi-year plan with funding, then the worksheet and narrative describe its years and federal share', async () => {
    const federal = { multi, funding: fundingPicture(multi, funding) };
    expect((await buildPlanExport('bdw-csv', source({ destination: 'command-line' }))).body).toBe(toCsv(bdwCsvTable(plan, federal)));
    expect((await buildPlanExport('narrative', source())).body).toBe(narrativeText(planBudgetNarrative(plan, federal)));
    expect((await buildPlanExport('narrative', source())).body).toContain('Budget narrative — Norfolk, VA, FY2027');
  });

  it('given no multi-year plan, then the worksheet and narrative describe the plan at full strength, and the by-year tables are refused', async () => {
    const single = source({ multi: null });
    expect((await buildPlanExport('bdw-csv', single)).body).toBe(toCsv(bdwCsvTable(plan), { bom: true }));
    expect((await buildPlanExport('narrative', single)).body).toBe(narrativeText(planBudgetNarrative(plan)));
    await expect(buildPlanExport('years-csv', single)).rejects.toThrow(/multi-year plan/);
    await expect(buildPlanExport('funding-csv', single)).rejects.toThrow(/multi-year plan/);
  });
});

describe('portfolio exports', () => {
  const portfolio = { name: 'My funders', preset: 'caps' as const, assumptions: {}, places: [input, makeInput({ placeName: 'Flint', state: 'MI', population: 80_000 })] };
  const result = computePortfolio(portfolio);

  it('given the portfolio, then its CSV and workbook are named after it and the CSV is the place table', async () => {
    const files = await Promise.all(
      PORTFOLIO_EXPORT_KINDS.map((kind) => buildPortfolioExport(kind, { portfolio, result, generatedOn: '2026-12-07', destination: 'download' })),
    );
    expect(files.map((f) => [f.filename, f.mime])).toEqual([
      ['cvi-portfolio-my-funders.csv', 'text/csv;charset=utf-8'],
      ['cvi-portfolio-my-funders.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(files[0]?.body).toBe(toCsv(portfolioTable(result), { bom: true }));
    expect(files[1]?.body).toBeInstanceOf(Uint8Array);
  });
});
