// The federal worksheet tells the truth about money (issue 12): non-federal is only the money
// non-federal sources have committed, the part no source covers is its own "Not yet funded"
// amount, and federal + non-federal + not yet funded = the total, on every year and overall.
// The narrative is plain language for a reviewer, and every dollar figure in it is the worksheet's.
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, fundingPicture, makeInput, PARAM_IDS, PARAMS, type FundingSource } from '../../src/model';
import { bdwWorkbook, bdwYears, planBudgetNarrative } from '../../src/model/exports/federalWorkbook';
import { narrativeText } from '../../src/model/exports/narrative';
import { readerCitation } from '../../src/model/paramSpec';
import type { WorkbookSpec } from '../../src/model/exports/workbookSpec';
import { writeXlsx } from '../../src/model/exports/xlsxWriter';
import { GLOSSARY } from '../../src/model/glossary';
import { recalculateSheets } from '../helpers/libreoffice';

const detroit = makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 });
const multi = computeMultiYear(detroit, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
const plan = computePlan(detroit);
// Federal $2M a year for the three years, the city's general fund $5M a year from 2027 on, and
// philanthropy $1M in 2028 only: $7M, $8M and $7M committed against budgets of $28M–$58M.
const sources: FundingSource[] = [
  { name: 'CVIPI award', kind: 'federal', annualAmount: 2_000_000, firstYear: 2027, lastYear: 2029 },
  { name: 'City general fund', kind: 'city-general-fund', annualAmount: 5_000_000, firstYear: 2027, lastYear: null },
  { name: 'Foundation grant', kind: 'philanthropy', annualAmount: 1_000_000, firstYear: 2028, lastYear: 2028 },
];
const extras = { multi, funding: fundingPicture(multi, sources) };
const committedNonFederal = [5_000_000, 6_000_000, 5_000_000];

describe('the worksheet with federal, city and unfunded money', () => {
  const years = bdwYears(plan, extras);

  it('given $2M federal and $5M–$6M committed non-federal a year, then non-federal is only that money and the rest is not yet funded, each year', () => {
    years.forEach((y, i) => {
      const total = multi.years[i]!.budget.total;
      expect(y.bdw.total).toBe(total);
      expect(y.bdw.federal, y.bdw.yearLabel).toBe(2_000_000);
      expect(y.bdw.nonFederal, y.bdw.yearLabel).toBe(committedNonFederal[i]);
      expect(y.bdw.notYetFunded, y.bdw.yearLabel).toBe(total - 2_000_000 - committedNonFederal[i]!);
      expect(y.bdw.federal + y.bdw.nonFederal + y.bdw.notYetFunded).toBe(total);
      for (const c of y.bdw.categories) {
        expect(c.federal + c.nonFederal + c.notYetFunded, `${y.bdw.yearLabel} ${c.id}`).toBe(c.total);
        for (const r of c.rows) {
          expect(r.federal + r.nonFederal + r.notYetFunded).toBe(r.cost);
          expect(Math.min(r.federal, r.nonFederal, r.notYetFunded)).toBeGreaterThanOrEqual(0);
        }
      }
    });
  });

  it('given the same plan, then over the three years non-federal is $16M committed and not yet funded is the cumulative total less $22M', () => {
    const sum = (key: 'federal' | 'nonFederal' | 'notYetFunded') => years.reduce((s, y) => s + y.bdw[key], 0);
    expect(sum('federal')).toBe(6_000_000);
    expect(sum('nonFederal')).toBe(16_000_000);
    expect(sum('notYetFunded')).toBe(multi.cumulativeTotal - 22_000_000);
  });

  it('given more money committed than the budget, then nothing is left not yet funded and non-federal is only what federal money leaves', () => {
    const rich = bdwYears(plan, { multi, funding: fundingPicture(multi, [sources[0]!, { name: 'City', kind: 'city-general-fund', annualAmount: 100_000_000, firstYear: 2027, lastYear: null }]) });
    rich.forEach((y) => {
      expect(y.bdw.federal).toBe(2_000_000);
      expect(y.bdw.nonFederal).toBe(y.bdw.total - 2_000_000);
      expect(y.bdw.notYetFunded).toBe(0);
    });
  });

  it('given no funding sources at all, then the whole budget is the federal request and nothing is claimed as match', () => {
    for (const y of bdwYears(plan, { multi })) {
      expect([y.bdw.federal, y.bdw.nonFederal, y.bdw.notYetFunded]).toEqual([y.bdw.total, 0, 0]);
    }
  });

  it('given the workbook recalculated by LibreOffice, then every year sheet, the Total sheet and the Summary show federal, non-federal and not yet funded adding up to the cost', async () => {
    const spec = bdwWorkbook(plan, extras);
    const poisoned: WorkbookSpec = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c.f !== undefined ? { ...c, v: -1 } : c))) })) };
    const names = ['Summary', 'FY2027', 'FY2028', 'FY2029', 'Total'];
    const sheets = recalculateSheets(await writeXlsx(poisoned), names);
    expect(sheets.FY2027?.[0]?.slice(7, 11)).toEqual(['Cost', 'Federal', 'Non-federal', 'Not yet funded']);
    const money = (cells: string[] | undefined) => (cells ?? []).map(Number);
    multi.years.forEach((y, i) => {
      const total = money(sheets[`FY${2027 + i}`]?.find((r) => r[0] === 'Total')).slice(7, 11);
      const expected = [y.budget.total, 2_000_000, committedNonFederal[i]!, y.budget.total - 2_000_000 - committedNonFederal[i]!];
      expect(total, `FY${2027 + i}`).toEqual(expected);
      expect(money(sheets.Summary?.find((r) => r[0] === `FY${2027 + i}`)).slice(1, 5)).toEqual(expected);
    });
    const overall = [multi.cumulativeTotal, 6_000_000, 16_000_000, multi.cumulativeTotal - 22_000_000];
    expect(money(sheets.Summary?.find((r) => r[0] === 'Total')).slice(1, 5)).toEqual(overall);
    expect(money(sheets.Total?.find((r) => r[0] === 'Total')).slice(1, 5)).toEqual(overall);
    expect((sheets.Summary ?? []).flat().join(' ')).toContain('it is not counted as non-federal match');
  }, 120_000);
});

/** Every dollar figure of a text: "$1,716,000" → 1716000. */
const dollarsIn = (text: string) => [...text.matchAll(/\$(\d[\d,]*(?:\.\d+)?)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
/** A count of people written with a fraction: "138.701 people", "43.5 participants". */
const FRACTIONAL_PEOPLE = /\d\.\d+\s+(people|participants|staff|workers|residents|hospital clients|positions|supervisors)|high-risk population of \d[\d,]*\.\d/;

describe('the budget narrative, read as a federal reviewer', () => {
  // 138,701 people → a high-risk population of 138.701 at 0.1%: the count the issue saw.
  const small = makeInput({ placeName: 'Springfield', state: 'IL', population: 138_701, homicides: 20, nonfatalShootings: 75 });
  const smallMulti = computeMultiYear(small, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
  // $1M federal and $2M from the city a year, against a first-year budget of about $6.5M.
  const smallSources: FundingSource[] = [
    { name: 'CVIPI award', kind: 'federal', annualAmount: 1_000_000, firstYear: 2027, lastYear: 2029 },
    { name: 'City general fund', kind: 'city-general-fund', annualAmount: 2_000_000, firstYear: 2027, lastYear: null },
  ];
  const smallExtras = { multi: smallMulti, funding: fundingPicture(smallMulti, smallSources) };
  const text = narrativeText(planBudgetNarrative(computePlan(small), smallExtras));

  it('given a place of 138,701 people, then the narrative speaks of 139 people at highest risk and never a fraction of a person', () => {
    expect(text).toContain('an estimated 139 people at highest risk');
    expect(text).not.toMatch(FRACTIONAL_PEOPLE);
  });

  it('given the narrative, then it has no internal section numbers or pointers to the planner’s methodology file', () => {
    expect(text).not.toContain('§');
    expect(text).not.toContain('docs/methodology');
  });

  it('given funding sources, then the narrative states the federal, committed non-federal and not-yet-funded amounts and that the gap is not match', () => {
    const [first] = bdwYears(computePlan(small), smallExtras);
    const gap = first!.bdw.total - 3_000_000;
    expect(text).toContain(`$1,000,000 is federal money and $2,000,000 is committed by non-federal sources (city general fund)`);
    expect(text).toContain(`$${gap.toLocaleString('en-US')} is not yet funded`);
    expect(text).toContain('not counted as match');
  });

  it.each([
    ['the default plan', {}],
    ['every optional line on, start-up costs and a cost of living of 1.1', { 'stipends.enabled': true, 'wellness.enabled': true, 'indirect.enabled': true, 'startup.enabled': true, costOfLiving: 1.1 }],
  ] as const)('given %s, then every dollar figure of the narrative (outside the sources it quotes) appears in the worksheet', (_name, overrides) => {
    const m = computeMultiYear(small, overrides, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
    const x = { multi: m, funding: fundingPicture(m, smallSources) };
    const p = computePlan(small, overrides);
    const spec = bdwWorkbook(p, x);
    // A quoted source keeps its own figures ("transitional jobs at $15/hour"): those are the
    // source's words, not budget amounts, so they are taken out before the comparison.
    let budgetText = narrativeText(planBudgetNarrative(p, x));
    for (const id of PARAM_IDS) budgetText = budgetText.replaceAll(readerCitation(PARAMS[id].source.citation).replace(/\.$/, ''), '');
    const inWorksheet = new Set<number>();
    for (const sheet of spec.sheets.filter((s) => s.name !== 'Budget narrative')) {
      for (const row of sheet.rows) {
        for (const cell of row) {
          if (typeof cell.v === 'number') inWorksheet.add(cell.v);
          if (typeof cell.v === 'string') for (const d of dollarsIn(cell.v)) inWorksheet.add(d);
        }
      }
    }
    const figures = dollarsIn(budgetText);
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.filter((d) => !inWorksheet.has(d))).toEqual([]);
  });

  it('given the narrative, then each abbreviation is spelled out at its first use', () => {
    const used = GLOSSARY.filter((e) => e.expansion !== null && /^[A-Z]{2,}$/.test(e.term) && new RegExp(`\\b${e.term}\\b`).test(text));
    expect(used.map((e) => e.term)).toEqual(expect.arrayContaining(['CVI', 'CAPS', 'OVP']));
    for (const e of used) {
      const first = new RegExp(`\\b${e.term}\\b`).exec(text)!.index;
      expect(text.slice(0, first).toLowerCase(), e.term).toMatch(new RegExp(`${e.expansion!.toLowerCase()} \\($`));
    }
  });

  it('given the worksheet, then its first sheet spells out every abbreviation the sheets after it use', () => {
    const spec = bdwWorkbook(computePlan(small), smallExtras);
    const summary = spec.sheets[0]!.rows.flatMap((r) => r.map((c) => String(c.v ?? ''))).join('\n');
    for (const line of ['MTDC: modified total direct costs', 'CVI: community violence intervention', 'CAPS: Coalition to Advance Public Safety', 'OVP: Office of Violence Prevention']) {
      expect(summary).toContain(line);
    }
  });

  it('given the worksheet, then no count of people in it is a fraction', () => {
    const spec = bdwWorkbook(computePlan(small), { multi: smallMulti, funding: smallExtras.funding });
    const texts = spec.sheets.flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (typeof c.v === 'string' ? [c.v] : []))));
    expect(texts.filter((t) => FRACTIONAL_PEOPLE.test(t))).toEqual([]);
  });
});
