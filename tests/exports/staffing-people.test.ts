// The Export menu's staffing CSV is a document a person opens in a spreadsheet (issue 12,
// observation 5): the people that drive each role are whole, as on the page; FTE, a measure of
// work, keeps its exact value. Expected values are worked by hand from docs/methodology.md §2–3.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computePlan, makeInput } from '../../src/model';
import { toCsv } from '../../src/model/exports/csv';
import { staffingTable } from '../../src/model/exports/tables';

describe('staffing CSV people', () => {
  // Norfolk, 60% reach, 87 nonfatal shootings, shooting-informed: H = 238.005, P = 142.803,
  // hospital clients C = 50% × 87 = 43.5; trauma counselors are driven by P + C = 186.303.
  const plan = computePlan(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, serviceReachPct: 60, nonfatalShootings: 87 }));
  const rows = Papa.parse<Record<string, string>>(toCsv(staffingTable(plan)), { header: true, skipEmptyLines: true }).data;
  const row = (id: string) => rows.find((r) => r.role_id === id);

  it('given fractional participants and hospital clients, then driver_value is whole people (half up) and never 142.803 or 43.5', () => {
    expect(row('street-outreach')?.driver_value).toBe('143');
    expect(row('hospital-responder')?.driver_value).toBe('44');
    expect(row('trauma-counselor')?.driver_value).toBe('186');
    expect(row('ovp-staff')?.driver_value).toBe('238005');
    for (const r of rows) expect(Number.isInteger(Number(r.driver_value)), r.role_id).toBe(true);
  });

  it('given the same plan, then FTE keeps the exact work from the exact driver (142.803 ÷ 15)', () => {
    expect(Number(row('street-outreach')?.fte)).toBeCloseTo(142.803 / 15, 6);
    expect(Number(row('hospital-responder')?.fte)).toBeCloseTo(43.5 / 40, 6);
  });
});
