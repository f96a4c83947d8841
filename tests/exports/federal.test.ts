// The federal Budget Detail Worksheet and budget narrative: the mapping of docs/methodology.md §10, totals
// equal to the plan's, MTDC and the indirect line, and the workbook recalculated by LibreOffice.
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, formatUsd, fundingPicture, makeInput, type AssumptionOverrides, type PlanInput } from '../../src/model';
import { budgetDetailWorksheet } from '../../src/model/exports/federal';
import { budgetNarrative, narrativeText } from '../../src/model/exports/narrative';
import { bdwCsvTable, bdwWorkbook, bdwYears } from '../../src/model/exports/federalWorkbook';
import { writeXlsx } from '../../src/model/exports/xlsxWriter';
import { recalculateSheets } from '../helpers/libreoffice';

const detroit = makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 });
const allLines: AssumptionOverrides = { 'stipends.enabled': true, 'wellness.enabled': true, 'indirect.enabled': true };

describe('Budget Detail Worksheet mapping', () => {
  it('given the Detroit plan with every line on, then categories follow §10 and add up to the plan total', () => {
    const plan = computePlan(detroit, allLines);
    const bdw = budgetDetailWorksheet(plan);
    const cat = (id: string) => bdw.categories.find((c) => c.id === id);
    expect(bdw.categories.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const ovp = plan.roles.find((r) => r.id === 'ovp-staff');
    // A + B are the city-employed OVP staff: 7 × $90,000 salary, then 30% fringe.
    expect(cat('A')?.total).toBe(7 * 90_000);
    expect(cat('B')?.total).toBe(7 * 90_000 * 0.3);
    expect((cat('A')?.total ?? 0) + (cat('B')?.total ?? 0)).toBe(ovp?.cost);
    // G: one subaward per frontline team with people (7 teams) plus one for their supervision.
    expect(cat('G')?.rows).toHaveLength(8);
    expect(cat('G')?.rows.at(-1)?.cost).toBe(35 * 80_000 * 1.3);
    const supervisors = plan.roles.find((r) => r.id === 'supervisor')?.cost ?? 0;
    expect(cat('G')?.total).toBe(plan.budget.lines.find((l) => l.id === 'frontline')!.amount + supervisors);
    // H: training and evaluation contracts; I: wraparound, stipends, wellness; J: the plan's indirect line.
    expect(cat('H')?.total).toBe(4_658_875 + 2_795_325);
    const line = (id: string) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;
    expect(cat('I')?.total).toBe(line('wraparound') + line('stipends') + line('wellness'));
    expect(cat('J')?.total).toBe(line('indirect'));
    expect(cat('C')?.total).toBe(0);
    expect(bdw.total).toBe(plan.budget.total);
    expect(bdw.federal).toBe(plan.budget.total);
    expect(bdw.nonFederal).toBe(0);
  });

  it('given awards before and after 2024-10-01, then the de minimis rate and the subaward threshold follow the date', () => {
    const after = budgetDetailWorksheet(computePlan(detroit, { 'indirect.enabled': true }));
    const before = budgetDetailWorksheet(computePlan(detroit, { 'indirect.enabled': true, 'indirect.revisedUniformGuidance': false }));
    expect([after.indirectRate, after.subawardThreshold, after.equipmentThreshold]).toEqual([0.15, 50_000, 10_000]);
    expect([before.indirectRate, before.subawardThreshold, before.equipmentThreshold]).toEqual([0.1, 25_000, 5_000]);
  });

  it('given stipends on, then MTDC excludes them (participant support) and counts only the first $50,000 of each subaward', () => {
    const plan = computePlan(detroit, allLines);
    const line = (id: string) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;
    const ovp = plan.roles.find((r) => r.id === 'ovp-staff')?.cost ?? 0;
    // Every Detroit team and the supervision subaward are far above $50,000: eight count $50,000 each.
    const expected = ovp + 8 * 50_000 + line('training-ta') + line('data-evaluation') + line('wraparound') + line('wellness');
    expect(budgetDetailWorksheet(plan).mtdc).toBe(expected);
    expect(line('indirect')).toBe(Math.round(0.15 * expected));
  });
});

describe('Budget narrative', () => {
  it('given a plan, then each category with costs gets prose stating what is bought and how it is computed, with sources', () => {
    const plan = computePlan(detroit, allLines);
    const text = narrativeText(budgetNarrative(plan));
    for (const heading of ['A. Personnel', 'B. Fringe Benefits', 'G. Subawards', 'H. Procurement Contracts', 'I. Other Costs', 'J. Indirect Costs']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`(Year 1) of ${formatUsd(plan.budget.total)}`);
    expect(text).toContain('about 639 participants');
    expect(text).toContain('43 street outreach workers');
    expect(text).toContain('30% of salary');
    expect(text).toContain('$45,000');
    expect(text).toContain('2 CFR 200.414(f)');
    expect(text).toContain('calibrated to the Coalition to Advance Public Safety (CAPS) method');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('given no optional lines, then the narrative has no stipend, wellness or indirect section', () => {
    const text = narrativeText(budgetNarrative(computePlan(detroit)));
    expect(text).not.toContain('J. Indirect Costs');
    expect(text).not.toContain('stipends');
  });
});

describe('Budget Detail Worksheet files', () => {
  const cases: [string, PlanInput, AssumptionOverrides][] = [
    ['Detroit with every line', detroit, allLines],
    ['a small place with two organizations and a pre-2024 award', makeInput({ placeName: 'Tiny', state: 'VT', population: 20_000, nonfatalShootings: 4 }), { ...allLines, 'indirect.subawardCount': 2, 'indirect.revisedUniformGuidance': false }],
  ];
  it.each(cases)('given %s, when LibreOffice recalculates the worksheet, then its total, MTDC and indirect equal the plan', async (_n, input, overrides) => {
    const plan = computePlan(input, overrides);
    const spec = bdwWorkbook(plan);
    const poisoned = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c.f !== undefined ? { ...c, v: -1 } : c))) })) };
    const sheets = recalculateSheets(await writeXlsx(poisoned), ['Year 1', 'Budget narrative']);
    const year = sheets['Year 1'] ?? [];
    const total = year.find((r) => r[0] === 'Total');
    expect(Number(total?.[7])).toBe(plan.budget.total);
    expect(Number(total?.[8])).toBe(plan.budget.total);
    expect(Number(year.find((r) => r[0] === 'MTDC')?.[7])).toBe(plan.budget.mtdc);
    const j = year.find((r) => r[1]?.startsWith('Indirect costs at'));
    expect(Number(j?.[7])).toBe(plan.budget.lines.find((l) => l.id === 'indirect')?.amount);
    expect((sheets['Budget narrative'] ?? []).some((r) => r[0]?.startsWith('G. Subawards'))).toBe(true);
  }, 120_000);

  it('given the CSV worksheet, then it has a header row and its total row equals the plan total', () => {
    const plan = computePlan(detroit, allLines);
    const table = bdwCsvTable(plan);
    expect(table.header).toContain('federal');
    expect(table.header).toContain('non_federal');
    const total = table.rows.find((r) => r[1] === 'Total');
    expect(total?.[9]).toBe(plan.budget.total);
  });
});

describe('multi-year federal worksheet and the federal/non-federal split', () => {
  const multi = computeMultiYear(detroit, { 'startup.enabled': true, 'indirect.enabled': true }, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
  const plan = computePlan(detroit, { 'startup.enabled': true, 'indirect.enabled': true });

  it('given three budget years, then there is a sheet per year, a Total sheet and the narrative, and the total sheet sums the years', async () => {
    const spec = bdwWorkbook(plan, { multi });
    expect(spec.sheets.map((s) => s.name)).toEqual(['Summary', 'FY2027', 'FY2028', 'FY2029', 'Total', 'Budget narrative']);
    const poisoned = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c.f !== undefined ? { ...c, v: -1 } : c))) })) };
    const sheets = recalculateSheets(await writeXlsx(poisoned), ['FY2027', 'FY2028', 'FY2029', 'Total']);
    multi.years.forEach((y, i) => {
      const total = (sheets[`FY${2027 + i}`] ?? []).find((r) => r[0] === 'Total');
      expect(Number(total?.[7]), `FY${2027 + i}`).toBe(y.budget.total);
    });
    const grand = (sheets.Total ?? []).find((r) => r[0] === 'Total');
    expect(Number(grand?.[1])).toBe(multi.cumulativeTotal);
  }, 120_000);

  it('given start-up costs in the first year, then the academy is a contract, equipment is supplies and recruitment another cost', () => {
    const [first] = bdwYears(plan, { multi });
    const startup = first!.plan.budget.startup!;
    const row = (cat: string, text: string) => first!.bdw.categories.find((c) => c.id === cat)?.rows.find((r) => r.description.includes(text));
    expect(row('H', 'academy')?.cost).toBe(startup.academy);
    expect(row('E', 'laptops')?.cost).toBe(startup.equipment);
    expect(row('I', 'recruitment')?.cost).toBe(startup.recruitment);
    expect(first!.bdw.total).toBe(first!.plan.budget.total);
  });

  it('given $10M of federal money in 2027 only and no other source, then the rest of every year is not yet funded, never non-federal', () => {
    const funding = fundingPicture(multi, [{ name: 'CVIPI award', kind: 'federal', annualAmount: 10_000_000, firstYear: 2027, lastYear: 2027 }]);
    const years = bdwYears(plan, { multi, funding });
    expect(years[0]?.bdw.federal).toBe(10_000_000);
    expect(years[0]?.bdw.nonFederal).toBe(0);
    expect(years[0]?.bdw.notYetFunded).toBe(multi.years[0]!.budget.total - 10_000_000);
    expect(years[1]?.bdw.federal).toBe(0);
    expect(years[1]?.bdw.nonFederal).toBe(0);
    expect(years[1]?.bdw.notYetFunded).toBe(multi.years[1]!.budget.total);
    for (const y of years) for (const c of y.bdw.categories) for (const r of c.rows) expect(r.federal + r.nonFederal + r.notYetFunded).toBe(r.cost);
  });

  it('given a multi-year plan, then the narrative has a budget-by-year section with the cumulative total', () => {
    const text = narrativeText(budgetNarrative(multi.years[0]!, bdwYears(plan, { multi })[0]!.bdw, multi));
    expect(text).toContain(`over 3 years`);
    expect(text).toContain(formatUsd(multi.cumulativeTotal));
    expect(text).toContain('2027:');
  });
});

describe('a site-based plan on the federal worksheet and in the narrative (methodology §11)', () => {
  const baltimore = makeInput({ placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414, method: 'violence-adjusted', preset: 'site-based' });

  it('given FY2027 at 50%, then each team row says its per-site basis and the ramp-up share, so the count and its basis agree', () => {
    const year = computeMultiYear(baltimore, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026).years[0];
    if (!year) throw new Error('no first year');
    const rows = budgetDetailWorksheet(year).categories.flatMap((c) => c.rows);
    // 63 × 50% = 31.5 → 32 street outreach workers.
    const outreach = rows.find((r) => r.description.includes('Street outreach'));
    expect(outreach?.computation).toBe('32 × $60,000 salary × (1 + 30% fringe), 3 per site at 21 sites, × 50% ramp-up');
    const direct = rows.find((r) => r.line === 'wraparound');
    expect(direct?.description).toBe('Direct assistance to participants');
  });

  it('given the narrative, then its overview describes site teams, not caseloads', () => {
    const text = narrativeText(budgetNarrative(computePlan(baltimore)));
    expect(text).toContain('21 site teams, one for every 50 participants, each with 3 street outreach workers, 3 violence interrupters');
    expect(text).not.toContain('Staffing is sized by caseload');
  });
});
