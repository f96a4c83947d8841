// Issue 14: the portfolio's exports carry what a funder compares — violence per 100,000, budget
// per resident and plan cost per homicide — as the page shows them. Expected values worked by hand.
import { describe, expect, it } from 'vitest';
import { computePortfolio, makeInput } from '../../src/model';
import type { SheetSpec } from '../../src/model/exports/workbookSpec';
import { portfolioTable, portfolioWorkbook } from '../../src/model/exports/portfolioExport';

const portfolio = {
  name: 'Two places',
  preset: 'site-based' as const,
  assumptions: {},
  places: [
    makeInput({ placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414 }),
    makeInput({ placeName: 'Quietville', state: 'ZZ', population: 80_000 }),
  ],
};
const result = computePortfolio(portfolio);

describe('the portfolio workbook and CSV compare need', () => {
  it('given Baltimore site-based, then its row is the §11 plan: 21 sites, $26,382,700, $131,257 per homicide', () => {
    // Each place on its own setting takes the preset's method: violence-adjusted where counts are given.
    expect(result.rows[0]?.plan.budget.total).toBe(26_382_700);
    const csv = portfolioTable(result);
    const col = (name: string) => csv.header.indexOf(name);
    const [baltimore, quiet] = csv.rows;
    expect(baltimore?.[col('sites')]).toBe(21);
    // 201 ÷ 585,708 × 100,000 = 34.317; 414 ÷ 585,708 × 100,000 = 70.684; $26,382,700 ÷ 201 = $131,257.21.
    expect(baltimore?.[col('homicides_per_100k')]).toBeCloseTo(34.3174, 3);
    expect(baltimore?.[col('shooting_victims_per_100k')]).toBeCloseTo(70.6837, 3);
    expect(baltimore?.[col('cost_per_homicide')]).toBe(131_257.21);
    expect([quiet?.[col('homicides_per_100k')], quiet?.[col('cost_per_homicide')]]).toEqual([null, null]);
  });

  it('given the workbook, then the comparison columns hold the figures, or say why a figure is missing', () => {
    const sheet = portfolioWorkbook(portfolio, result, '2026-12-07').sheets[0] as SheetSpec;
    const col = (header: string) => sheet.columns.findIndex((c) => c.header === header);
    const [baltimore, quiet] = sheet.rows;
    expect(baltimore?.[col('Homicides per 100,000')]?.v).toBeCloseTo(34.3174, 3);
    // Only nonfatal shootings were given: the rate says so.
    expect(baltimore?.[col('Shooting victims per 100,000')]?.v).toBe('70.7 (nonfatal only)');
    expect(baltimore?.[col('Plan cost per homicide')]?.v).toBeCloseTo(131_257.21, 2);
    expect(quiet?.[col('Homicides per 100,000')]?.v).toBe('homicides not given');
    expect(quiet?.[col('Plan cost per homicide')]?.v).toBe('homicides not given');
    // $26,382,700 ÷ 585,708 = $45.04 a resident.
    expect(baltimore?.[col('Budget per resident')]?.v).toBeCloseTo(45.044, 3);
  });
});
