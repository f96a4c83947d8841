// Counts of people in the live workbook are shown as whole people (issue 12): a reader sees
// "139 participants", never "138.701"; the cell keeps the unrounded estimate so the formulas that
// read it still recalculate exactly as the planner computes. Its first sheet spells out the
// abbreviations the other sheets use.
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, computePortfolio, makeInput } from '../../src/model';
import { buildWorkbook } from '../../src/model/exports/workbook';
import { portfolioWorkbook } from '../../src/model/exports/portfolioExport';
import type { SheetSpec } from '../../src/model/exports/workbookSpec';

// 138,701 residents × 0.1% = 138.701 people at high risk; 75 nonfatal × 50% = 37.5 hospital clients.
const input = makeInput({ placeName: 'Springfield', state: 'IL', population: 138_701, homicides: 20, nonfatalShootings: 75 });
const plan = computePlan(input);
const multi = computeMultiYear(input, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
const { spec } = buildWorkbook(plan, '2026-12-07', { multi });
const sheet = (name: string) => spec.sheets.find((s) => s.name === name) as SheetSpec;
const row = (s: SheetSpec, label: string) => s.rows.find((r) => r[0]?.v === label);

describe('people in the plan workbook', () => {
  it('given 138.701 people at high risk, then the Summary and Assumptions show them, the participants and hospital clients as whole numbers', () => {
    expect(plan.highRiskPopulation).toBeCloseTo(138.701, 6);
    for (const label of ['High-risk population', 'Participants']) {
      expect(row(sheet('Summary'), label)?.[1]?.fmt, `Summary ${label}`).toBe('int');
      expect(row(sheet('Assumptions'), label)?.[1]?.fmt, `Assumptions ${label}`).toBe('int');
    }
    expect(row(sheet('Assumptions'), 'Hospital clients a year')?.[1]?.fmt).toBe('int');
    // The cell keeps the exact estimate (the staffing formulas divide it by caseloads).
    expect(row(sheet('Assumptions'), 'High-risk population')?.[1]?.v).toBe(plan.highRiskPopulation);
  });

  it('given the Staffing sheet, then every role’s driver (people served) is shown as a whole number', () => {
    const staffing = sheet('Staffing');
    const column = staffing.columns.findIndex((c) => c.header === 'Driver value');
    const roleRows = staffing.rows.filter((r) => typeof r[1]?.v === 'string' && r[1].v !== '');
    expect(roleRows.length).toBeGreaterThan(5);
    for (const r of roleRows) expect(r[column]?.fmt, String(r[0]?.v)).toBe('int');
  });

  it('given the workbook, then its Summary spells out CVI, CAPS, OVP, FTE and MTDC, which its sheets use', () => {
    const text = sheet('Summary').rows.map((r) => r.map((c) => String(c.v ?? '')).join(' ')).join('\n');
    for (const [term, expansion] of [['CVI', 'community violence intervention'], ['CAPS', 'Coalition to Advance Public Safety'], ['OVP', 'Office of Violence Prevention'], ['FTE', 'full-time equivalent'], ['MTDC', 'modified total direct costs']]) {
      expect(text).toContain(`${term}  ${expansion}`);
    }
  });
});

describe('people in the portfolio workbook', () => {
  it('given places of 138,701 and 238,005 residents, then each place’s participants and the total are shown whole, the cells exact', () => {
    const portfolio = {
      name: 'Two cities',
      preset: 'caps' as const,
      assumptions: {},
      places: [input, makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005 })],
    };
    const result = computePortfolio(portfolio);
    const book = portfolioWorkbook(portfolio, result, '2026-12-07');
    const places = book.sheets[0] as SheetSpec;
    const column = places.columns.findIndex((c) => c.header === 'Participants');
    // 138.701 and 238.005 participants at 100% reach: fractions of a person, shown whole.
    const cells = places.rows.map((r) => r[column]).filter((c) => typeof c?.v === 'number');
    expect(cells.map((c) => c?.v)).toEqual([expect.closeTo(138.701, 6), expect.closeTo(238.005, 6), expect.closeTo(376.706, 6)]);
    for (const c of cells) expect(c?.fmt).toBe('int');
  });
});
