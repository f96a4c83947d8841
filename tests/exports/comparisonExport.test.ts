// The comparison of scenarios as a CSV and a workbook (issue 12): what differs first, then the
// totals; abbreviations spelled out once; people whole. Expected figures from the oracle and by hand.
import { describe, expect, it } from 'vitest';
import { compareScenarios, DEFAULT_MULTI_YEAR, makeInput, type Scenario } from '../../src/model';
import { comparisonTable, comparisonWorkbook } from '../../src/model/exports/comparisonExport';
import { spellOutFirstUses } from '../../src/model/glossary';
import { buildComparisonExport } from '../../src/model/exports/registry';
import { specAssumptions, specPlan } from '../model/support/specOracle';

const detroit = { placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 } as const;
const scenario = (name: string, fields: Partial<Scenario> = {}): Scenario => ({
  name,
  input: makeInput(detroit),
  assumptions: {},
  multiYear: DEFAULT_MULTI_YEAR,
  funding: [],
  currentStaffing: {},
  ...fields,
});
const a = scenario('Plan A');
const b = scenario('Plan B', { input: makeInput({ ...detroit, serviceReachPct: 60 }), assumptions: { 'street-outreach.salary': 65_000 } });
const source = { comparison: compareScenarios([a, b], 2026), place: 'Detroit, MI', generatedOn: '2026-05-01' };

describe('comparison CSV', () => {
  const table = comparisonTable(source);
  it('given two scenarios, then the header names both, the default and its source', () => {
    expect(table.header).toEqual(['Section', 'Item', 'Plan A', 'Plan B', 'Default', 'Source of the default']);
  });
  it('then the two differences come first, with both values', () => {
    expect(table.rows[0]?.slice(0, 4)).toEqual(['What differs', 'Service reach (%)', '100%', '60%']);
    expect(table.rows[1]?.slice(2, 5)).toEqual(['$60,000', '$65,000', '$60,000']);
    expect(table.rows[2]?.[0]).toBe('Totals');
  });
  it('then the full-strength totals are the oracle’s, as plain numbers', () => {
    const row = table.rows.find((r) => r[1] === 'Full-strength annual total');
    const full = (reach: number, salary: number) =>
      specPlan(
        { population: 639_111, homicides: 203, fatalShootings: null, nonfatalShootings: 606, serviceReachPct: reach, hospitalReachPct: 50, method: 'population', localHighRiskCount: null, preset: 'shooting-informed' },
        specAssumptions('shooting-informed', { 'street-outreach.salary': salary }),
      ).total;
    expect(row?.slice(2, 4)).toEqual([full(100, 60_000), full(60, 65_000)]);
  });
  it('then every count of people is whole', () => {
    const people = table.rows.filter((r) => /people/.test(String(r[0]) + String(r[1])));
    expect(people.length).toBeGreaterThan(5);
    for (const r of people) for (const v of r.slice(2, 4)) if (typeof v === 'number') expect(Number.isInteger(v)).toBe(true);
  });
  it('then CAPS is spelled out at its first use only', () => {
    const text = table.rows.map((r) => r.join(' ')).join('\n');
    expect(text.match(/Coalition to Advance Public Safety \(CAPS\)/g)).toHaveLength(1);
    expect(text.indexOf('Coalition to Advance Public Safety (CAPS)')).toBeLessThan(text.indexOf('CAPS method at the same reach: staff'));
  });
  it('given identical scenarios, then the file says there are no differences', () => {
    const same = comparisonTable({ ...source, comparison: compareScenarios([a, scenario('Copy')], 2026) });
    expect(same.rows[0]?.[1]).toMatch(/^No differences/);
  });
  it('given a download, then the file is named from the place', async () => {
    const file = await buildComparisonExport('comparison-csv', { ...source, destination: 'command-line' });
    expect(file.filename).toBe('cvi-scenarios-detroit-mi.csv');
    expect(String(file.body).split('\r\n')[0]).toBe('Section,Item,Plan A,Plan B,Default,Source of the default');
  });
});

describe('spelling out', () => {
  it('given OVP twice, then only the first is spelled out', () => {
    expect(spellOutFirstUses(['OVP staff', null, 'OVP staff'])).toEqual(['Office of Violence Prevention (OVP) staff', null, 'OVP staff']);
  });
});

describe('comparison workbook', () => {
  it('given the comparison, then one sheet has the title, the date and money formatted as dollars', () => {
    const spec = comparisonWorkbook(source);
    const sheet = spec.sheets[0]!;
    expect(sheet.rows[0]?.[0]?.v).toBe('Scenarios compared: Detroit, MI');
    expect(sheet.rows[1]?.[0]?.v).toMatch(/2026-05-01/);
    const total = sheet.rows.find((r) => r[0]?.v === 'Full-strength annual total');
    expect(total?.[1]?.fmt).toBe('usd');
    expect(total?.[1]?.v).toBe(comparisonTable(source).rows.find((r) => r[1] === 'Full-strength annual total')?.[2]);
  });
});
