// The live workbook: recalculated by LibreOffice from its formulas alone, every figure must equal
// the app's to the dollar, and changing an assumption in the sheet must move the total as the
// model would.
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, makeInput, type AssumptionOverrides, type FundingSource, type MultiYearPlan, type Plan, type PlanInput, BUDGET_LINE_IDS } from '../../src/model';
import { buildWorkbook, type CellSpec, type WorkbookSpec } from '../../src/model/exports/workbook';
import { writeXlsx } from '../../src/model/exports/xlsxWriter';
import { recalculateSheets } from '../helpers/libreoffice';
import { BENCHMARK_FILE } from '../../src/model/benchmarkData';
import { realityCheck } from '../../src/model/realityCheck';
import { expectedStats, RAW_BENCHMARK_FILE, RAW_METRICS } from '../helpers/benchmarkFile';

const SHEETS = ['Summary', 'Assumptions', 'Staffing', 'Budget'] as const;

/** Replace every formula's cached value, so only recalculation can produce the right numbers. */
function poisonCachedValues(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((c): CellSpec => (c.f !== undefined ? { ...c, v: -999 } : c))),
    })),
  };
}

function setParamValue(spec: WorkbookSpec, paramId: string, value: number | boolean | string): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) =>
      s.name !== 'Assumptions'
        ? s
        : { ...s, rows: s.rows.map((row) => (row[4]?.v === paramId ? row.map((c, i) => (i === 1 ? { ...c, v: value } : c)) : row)) },
    ),
  };
}

function byId(rows: string[][], idColumn: number, valueColumn: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const id = row[idColumn];
    const value = row[valueColumn];
    if (id && value !== undefined && value !== '') map.set(id, Number(value));
  }
  return map;
}

function expectWorkbookMatches(sheets: Record<string, string[][]>, plan: Plan) {
  const budget = byId(sheets.Budget ?? [], 1, 2);
  for (const id of BUDGET_LINE_IDS) {
    const line = plan.budget.lines.find((l) => l.id === id);
    expect(budget.get(id), `budget line ${id}`).toBe(line ? line.amount : 0);
  }
  const totalRow = (sheets.Budget ?? []).find((r) => r[0] === 'Total');
  expect(Number(totalRow?.[2])).toBe(plan.budget.total);
  expect(budget.get('mtdc')).toBe(plan.budget.mtdc);

  const staffing = sheets.Staffing ?? [];
  for (const role of plan.roles) {
    const row = staffing.find((r) => r[1] === role.id);
    expect(row, `staffing row ${role.id}`).toBeDefined();
    expect(Number(row?.[6]), `${role.id} people`).toBe(role.headcount);
    expect(Number(row?.[8]), `${role.id} cost`).toBe(role.cost);
    expect(Number(row?.[5]), `${role.id} FTE`).toBeCloseTo(role.fte, 6);
  }
  const summary = sheets.Summary ?? [];
  expect(Number(summary.find((r) => r[0] === 'Total annual budget at full strength')?.[1])).toBe(plan.budget.total);
  expect(Number(summary.find((r) => r[0] === 'Total staff')?.[1])).toBe(plan.totalHeadcount);
}

async function recalc(spec: WorkbookSpec) {
  return recalculateSheets(await writeXlsx(spec), SHEETS);
}

const norfolk = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });
const detroit = makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 });
const baltimore = makeInput({ placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414, method: 'violence-adjusted', preset: 'site-based' });

describe('Excel workbook recalculated by LibreOffice', () => {
  const cases: [string, PlanInput, AssumptionOverrides][] = [
    ['Norfolk, CAPS preset (the published profile)', norfolk, {}],
    ['Detroit, shooting-informed with every optional line on', detroit, { 'stipends.enabled': true, 'wellness.enabled': true, 'indirect.enabled': true, costOfLiving: 1.07, fringeRate: 0.28 }],
    [
      'a small violence-adjusted place with pre-2024 indirect rules and two organizations',
      makeInput({ placeName: 'Smallville', state: 'KS', population: 12_345, fatalShootings: 9, nonfatalShootings: 0, method: 'violence-adjusted', serviceReachPct: 62.5 }),
      { 'indirect.enabled': true, 'indirect.revisedUniformGuidance': false, 'indirect.subawardCount': 2, 'trauma-counselor.enabled': false },
    ],
    [
      'a local-count plan with a negotiated indirect rate',
      makeInput({ placeName: 'Zürich – Δ', state: '', population: 400_000, method: 'custom', localHighRiskCount: 130 }),
      { 'indirect.enabled': true, 'indirect.rateBasis': 'negotiated', 'indirect.rate': 0.221, 'mediator.enabled': false },
    ],
    ['Baltimore, site-based (methodology §11)', baltimore, {}],
    [
      'a small site-based place with case management on, responders from participants and a ramp of odd per-site counts',
      makeInput({ placeName: 'Siteville', state: 'OH', population: 61_000, homicides: 14, preset: 'site-based', method: 'violence-adjusted', serviceReachPct: 83 }),
      { 'sites.caseManagement': true, 'sites.participantsPerSite': 37.5, 'sites.interrupters': 2, 'sites.supervisors': 2, 'indirect.enabled': true },
    ],
  ];

  it.each(cases)('given %s, when LibreOffice recalculates the formulas, then every figure equals the app', async (_name, input, overrides) => {
    const plan = computePlan(input, overrides);
    const { spec } = buildWorkbook(plan, '2026-11-27');
    expectWorkbookMatches(await recalc(poisonCachedValues(spec)), plan);
  }, 120_000);

  it('given a finance officer raises the street outreach salary in the sheet, then the total moves as the model says', async () => {
    const plan = computePlan(norfolk);
    const { spec } = buildWorkbook(plan, '2026-11-27');
    const edited = setParamValue(poisonCachedValues(spec), 'street-outreach.salary', 70_000);
    const expected = computePlan(norfolk, { 'street-outreach.salary': 70_000 });
    expect(expected.budget.total).not.toBe(plan.budget.total);
    expectWorkbookMatches(await recalc(edited), expected);
  }, 120_000);

  it('given the optional stipends line is switched on in the sheet, then the budget gains the stipends line', async () => {
    const plan = computePlan(norfolk);
    const { spec } = buildWorkbook(plan, '2026-11-27');
    const edited = setParamValue(spec, 'stipends.enabled', true);
    expectWorkbookMatches(await recalc(edited), computePlan(norfolk, { 'stipends.enabled': true }));
  }, 120_000);
});

describe('the staffing model changed in the sheet', () => {
  it('given Norfolk switched to site teams on the Assumptions sheet, then sites, staff and the lines follow the model', async () => {
    const plan = computePlan(norfolk);
    const { spec } = buildWorkbook(plan, '2026-11-27');
    const edited = setParamValue(poisonCachedValues(spec), 'staffingModel', 'sites');
    const expected = computePlan(norfolk, { staffingModel: 'sites' });
    expect(expected.sites).toBeGreaterThan(0);
    expectWorkbookMatches(await recalc(edited), expected);
  }, 120_000);
});

/** Each FY sheet's people per role, every line and the total equal that year of the plan. */
function expectYearSheets(sheets: Record<string, string[][]>, names: readonly string[], multi: MultiYearPlan) {
  multi.years.forEach((year, i) => {
    const rows = sheets[names[i]!] ?? [];
    const value = (id: string) => Number(rows.find((r) => r[1] === id)?.[4]);
    const people = (id: string) => Number(rows.find((r) => r[1] === id)?.[2]);
    for (const role of year.roles) expect(people(role.id), `${names[i]} ${role.id}`).toBe(role.headcount);
    for (const id of BUDGET_LINE_IDS) expect(value(id), `${names[i]} ${id}`).toBe(year.budget.lines.find((l) => l.id === id)?.amount ?? 0);
    expect(value('total')).toBe(year.budget.total);
  });
}

describe('multi-year, funding and hires sheets recalculated by LibreOffice', () => {
  const settings = { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] };

  it('given Detroit over three years with start-up and every line on, then each FY sheet equals that year of the plan', async () => {
    const overrides: AssumptionOverrides = { 'startup.enabled': true, 'stipends.enabled': true, 'wellness.enabled': true, 'indirect.enabled': true };
    const multi = computeMultiYear(detroit, overrides, settings, 2026);
    const { spec } = buildWorkbook(computePlan(detroit, overrides), '2026-11-27', { multi });
    const names = ['FY2027', 'FY2028', 'FY2029'];
    expect(spec.sheets.map((s) => s.name)).toEqual([...SHEETS, ...names]);
    const sheets = recalculateSheets(await writeXlsx(poisonCachedValues(spec)), [...SHEETS, ...names]);
    expectYearSheets(sheets, names, multi);
    const summary = sheets.Summary ?? [];
    expect(Number(summary.find((r) => r[0] === 'Cumulative total')?.[1])).toBe(multi.cumulativeTotal);
  }, 120_000);

  it('given Baltimore site-based over three years, then each FY sheet equals that year of the plan', async () => {
    const multi = computeMultiYear(baltimore, {}, settings, 2026);
    const { spec } = buildWorkbook(computePlan(baltimore), '2026-11-27', { multi });
    const names = ['FY2027', 'FY2028', 'FY2029'];
    expectYearSheets(recalculateSheets(await writeXlsx(poisonCachedValues(spec)), [...SHEETS, ...names]), names, multi);
  }, 120_000);

  it('given a finance officer changes a year’s share in the sheet, then that year moves as the model says', async () => {
    const multi = computeMultiYear(detroit, {}, settings, 2026);
    const { spec } = buildWorkbook(computePlan(detroit), '2026-11-27', { multi });
    const edited = {
      ...spec,
      sheets: spec.sheets.map((s) => (s.name !== 'FY2028' ? s : { ...s, rows: s.rows.map((r) => (r[1]?.v === 'share' ? r.map((c, i) => (i === 4 ? { ...c, v: 0.6 } : c)) : r)) })),
    };
    const sheets = recalculateSheets(await writeXlsx(poisonCachedValues(edited)), ['FY2028']);
    const expected = computePlan(detroit, {}, { index: 1, fiscalYear: 2028, share: 0.6 });
    expect(Number((sheets.FY2028 ?? []).find((r) => r[1] === 'total')?.[4])).toBe(expected.budget.total);
  }, 120_000);

  it('given funding sources and current staff, then the Funding sheet shows the gap by year and Hires never goes negative', async () => {
    const multi = computeMultiYear(detroit, {}, settings, 2026);
    const fundingSources: FundingSource[] = [
      { name: 'General fund', kind: 'city-general-fund', annualAmount: 20_000_000, firstYear: 2027, lastYear: null },
      { name: 'Relief money', kind: 'federal', annualAmount: 5_000_000, firstYear: 2025, lastYear: 2027 },
    ];
    const { spec } = buildWorkbook(computePlan(detroit), '2026-11-27', { multi, fundingSources, currentStaffing: { 'street-outreach': 50, mediator: 10 } });
    const sheets = recalculateSheets(await writeXlsx(poisonCachedValues(spec)), ['Funding', 'Hires']);
    const gap = (sheets.Funding ?? []).find((r) => r[0] === 'Unfunded gap')!;
    // 2027: 25M funded; 2028 and 2029: 20M funded.
    expect(gap.slice(2).map(Number)).toEqual(multi.years.map((y, i) => Math.max(0, y.budget.total - (i === 0 ? 25_000_000 : 20_000_000))));
    const hires = sheets.Hires ?? [];
    expect(Number(hires.find((r) => r[0] === 'Street outreach workers')?.[3])).toBe(0); // 43 planned, 50 on staff
    expect(Number(hires.find((r) => r[0] === 'Mediators / violence interrupters')?.[3])).toBe(36); // 46 − 10
  }, 120_000);
});

describe('Benchmarks sheet recalculated by LibreOffice (docs/methodology.md §12)', () => {
  /** The plan's figures as the app computes them; the ranges from the raw file, worked out in the test helper. */
  function expectBenchmarksMatch(rows: string[][], plan: Plan) {
    const check = realityCheck(plan, BENCHMARK_FILE.benchmarks);
    for (const metric of RAW_METRICS) {
      const row = rows.find((r) => r[1] === metric && r[0] !== '' && rows.indexOf(r) <= RAW_METRICS.length);
      expect(row, `figure row ${metric}`).toBeDefined();
      const m = check.metrics.find((x) => x.id === metric)!;
      if (m.plan === null) expect(Number.isNaN(Number(row![2])), `${metric} has no plan figure`).toBe(true);
      else expect(Number(row![2]), `${metric} plan`).toBeCloseTo(m.plan, 6);
      const s = expectedStats(metric);
      expect(row!.slice(3, 7).map(Number), `${metric} low, median, high, count`).toEqual([s.low, s.median, s.high, s.count]);
      expect(row![7], `${metric} position`).toBe(m.position === null ? '—' : `${m.position} the range`);
    }
    for (const b of RAW_BENCHMARK_FILE.benchmarks) {
      const row = rows.find((r) => r[0] === b.program && r[1] === b.metric);
      expect(row, `program row ${b.id}`).toBeDefined();
      expect(Number(row![2])).toBe(b.value);
      expect(row![8], `${b.id} source URL`).toBe(b.source.url);
      expect(row![7]).toContain(b.source.title);
      expect(row![10]).toBe(b.caveat);
    }
  }

  it.each([
    ['Norfolk, CAPS preset', norfolk, {}],
    ['Detroit, shooting-informed with the optional lines on', detroit, { 'stipends.enabled': true, 'indirect.enabled': true }],
    ['a plan with no participants and no street outreach workers', { ...norfolk, serviceReachPct: 0 }, { 'street-outreach.enabled': false }],
  ] as [string, PlanInput, AssumptionOverrides][])('given %s, when LibreOffice recalculates, then each figure equals the app and each range the file', async (_name, input, overrides) => {
    const plan = computePlan(input, overrides);
    const { spec } = buildWorkbook(plan, '2026-11-27', { benchmarks: BENCHMARK_FILE });
    expect(spec.sheets.map((s) => s.name)).toEqual([...SHEETS, 'Benchmarks']);
    const sheets = recalculateSheets(await writeXlsx(poisonCachedValues(spec)), ['Benchmarks']);
    expectBenchmarksMatch(sheets.Benchmarks ?? [], plan);
  }, 120_000);

  it('given a finance officer raises the street outreach caseload in the sheet, then participants per worker move as the model says', async () => {
    const { spec } = buildWorkbook(computePlan(detroit), '2026-11-27', { benchmarks: BENCHMARK_FILE });
    const edited = setParamValue(poisonCachedValues(spec), 'street-outreach.caseload', 25);
    const sheets = recalculateSheets(await writeXlsx(edited), ['Benchmarks']);
    expectBenchmarksMatch(sheets.Benchmarks ?? [], computePlan(detroit, { 'street-outreach.caseload': 25 }));
  }, 120_000);
});
