// The federal Budget Detail Worksheet and budget narrative: the mapping of methodology §10, totals
// equal to the plan's, MTDC and the indirect line, and the workbook recalculated by LibreOffice.
import { describe, expect, it } from 'vitest';
import { computePlan, formatUsd, makeInput, type AssumptionOverrides, type PlanInput } from '../../src/model';
import { budgetDetailWorksheet, budgetNarrative, narrativeText } from '../../src/model/exports/federal';
import { bdwCsvTable, bdwWorkbook } from '../../src/model/exports/federalWorkbook';
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
    expect(text).toContain('CAPS-calibrated');
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
