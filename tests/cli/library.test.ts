// The plans library on the command line (issue 13): --library lists a library file's plans, --open
// plans one of them exactly as --plan plans a plan file, --format library writes a library file
// the planner's "Add plans from a file" takes. Libraries are written here by hand (the file format,
// not the CLI's writer); expected totals come from computePlan and methodology.md §9, never from
// the command line's own output.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMultiYear, computePlan, formatUsd, importPlans, parseLibraryText, type AssumptionOverrides, type PlanInput } from '../../src/model';
import { tempDirs } from '../helpers/tempDir';
import { cli, cliOnDisk, NORFOLK_CAPS, parseCsv } from './helpers';

const tempDir = tempDirs('cvi-cli-library-');

const NORFOLK: PlanInput = {
  placeName: 'Norfolk',
  state: 'VA',
  population: 238_005,
  homicides: 50,
  fatalShootings: null,
  nonfatalShootings: null,
  serviceReachPct: 100,
  hospitalReachPct: 50,
  method: 'population',
  localHighRiskCount: null,
  preset: 'caps',
};
const RIVERTON: PlanInput = { ...NORFOLK, placeName: 'Riverton', state: 'ZZ', population: 120_000, homicides: 30, nonfatalShootings: 90, serviceReachPct: 60, method: 'violence-adjusted', preset: 'shooting-informed' };
const HALF_REACH: PlanInput = { ...RIVERTON, serviceReachPct: 30 };

function scenario(name: string, input: PlanInput, assumptions: AssumptionOverrides = {}) {
  return { name, input, assumptions, multiYear: { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, funding: [], currentStaffing: {} };
}

function planDoc(scenarios: ReturnType<typeof scenario>[], activeScenario = 0) {
  return { format: 'cvi-ecosystem-plan', version: 2, activeScenario, scenarios };
}

function entry(id: string, name: string, plan: unknown, updatedAt = '2026-03-01T14:05:00.000Z') {
  return { id, name, autoName: false, createdAt: '2026-01-10T09:00:00.000Z', updatedAt, plan };
}

const NORFOLK_PLAN = planDoc([scenario('Plan A', NORFOLK)]);
// Two scenarios; the second is the active one, so its figures are the plan's.
const RIVERTON_PLAN = planDoc([scenario('Full reach', RIVERTON, { costOfLiving: 1.2 }), scenario('Half reach', HALF_REACH, { fringeRate: 0.25 })], 1);

const LIBRARY = {
  format: 'cvi-ecosystem-library',
  version: 1,
  activePlan: 'riverton',
  plans: [entry('norfolk', 'Norfolk, VA', NORFOLK_PLAN), entry('riverton', 'Riverton draft', RIVERTON_PLAN, '2026-04-02T08:30:59.000Z')],
};
const files = (library: unknown = LIBRARY): Record<string, string> => ({ 'plans.json': JSON.stringify(library) });

const RIVERTON_TOTAL = computePlan(HALF_REACH, { fringeRate: 0.25 }).budget.total;

async function ok(argv: string[], fileSet: Record<string, string> = files()) {
  const r = await cli(argv, fileSet);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return r.stdout;
}

async function refused(argv: string[], fileSet: Record<string, string> = files()): Promise<string[]> {
  const r = await cli(argv, fileSet);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.written).toEqual({});
  for (const line of r.stderr) expect(line).not.toMatch(/\n/);
  return r.stderr;
}

describe('--library without --open lists the plans', () => {
  it('given a library of two plans, when listed as json, then each plan has its id, name, place, preset, active-scenario total, last change and scenario count', async () => {
    const listed = JSON.parse(await ok(['--library', 'plans.json', '--format', 'json'])) as unknown;
    expect(listed).toEqual([
      { id: 'norfolk', name: 'Norfolk, VA', place: 'Norfolk, VA', preset: 'caps', total: NORFOLK_CAPS.total, updatedAt: '2026-03-01T14:05:00.000Z', scenarios: 1 },
      { id: 'riverton', name: 'Riverton draft', place: 'Riverton, ZZ', preset: 'shooting-informed', total: RIVERTON_TOTAL, updatedAt: '2026-04-02T08:30:59.000Z', scenarios: 2 },
    ]);
    // The active scenario, not the first: the first would give another total.
    expect(computePlan(RIVERTON, { costOfLiving: 1.2 }).budget.total).not.toBe(RIVERTON_TOTAL);
  });

  it('given a library, when listed as csv, then the same columns, one row per plan', async () => {
    const rows = parseCsv(await ok(['--library', 'plans.json', '--format', 'csv']));
    expect(rows).toEqual([
      { id: 'norfolk', name: 'Norfolk, VA', place: 'Norfolk, VA', preset: 'caps', total: String(NORFOLK_CAPS.total), updatedAt: '2026-03-01T14:05:00.000Z', scenarios: '1' },
      { id: 'riverton', name: 'Riverton draft', place: 'Riverton, ZZ', preset: 'shooting-informed', total: String(RIVERTON_TOTAL), updatedAt: '2026-04-02T08:30:59.000Z', scenarios: '2' },
    ]);
  });

  it('given a library, when listed as a table (the default), then each plan is a numbered line with its total and last change', async () => {
    const table = await ok(['--library', 'plans.json']);
    expect(table).toMatch(/^Plans in plans\.json \(2 plans/);
    expect(table).toMatch(new RegExp(`\\n\\s+1\\s+Norfolk, VA\\s+Norfolk, VA\\s+CAPS\\s+\\$19,883,025\\s+2026-03-01 14:05 UTC\\n`));
    expect(table).toMatch(new RegExp(`\\n\\s+2\\s+Riverton draft\\s+Riverton, ZZ\\s+Shooting-informed\\s+${formatUsd(RIVERTON_TOTAL).replace('$', '\\$')}\\s+2026-04-02 08:30 UTC\\n`));
    expect(table).toContain('--open NAME');
  });

  it('given --out, when listed, then the list is written to the file', async () => {
    const r = await cli(['--library', 'plans.json', '--format', 'json', '--out', 'list.json'], files());
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(['Wrote the json output to list.json.']);
    expect((JSON.parse(String(r.written['list.json'])) as unknown[]).length).toBe(2);
  });

  it('given a flag about one plan without --open, then it is refused naming the flag and --open', async () => {
    expect(await refused(['--library', 'plans.json', '--reach', '50', '--years', '3'])).toEqual([
      '--reach: is about one plan: with --library, add --open NAME to say which of its plans.',
      '--years: is about one plan: with --library, add --open NAME to say which of its plans.',
    ]);
    expect(await refused(['--library', 'plans.json', '--format', 'xlsx'])).toEqual([
      '--format xlsx: writes one plan: with --library, add --open NAME to say which of its plans (the list of plans is written as table, json, csv).',
    ]);
  });
});

describe('--library with --open plans one plan exactly as --plan plans a plan file', () => {
  const asPlanFile = { 'plan.json': JSON.stringify(RIVERTON_PLAN) };

  it('given a plan\'s exact name, when planned as json, then the output is that of --plan with the same plan, its active scenario\'s total', async () => {
    const fromLibrary = JSON.parse(await ok(['--library', 'plans.json', '--open', 'Riverton draft', '--format', 'json'])) as { budget: { total: number } };
    const fromPlanFile = JSON.parse(await ok(['--plan', 'plan.json', '--format', 'json'], asPlanFile)) as unknown;
    expect(fromLibrary).toEqual(fromPlanFile);
    expect(fromLibrary.budget.total).toBe(RIVERTON_TOTAL);
  });

  it('given a name in other capitals or a position, then the same plan', async () => {
    const byName = await ok(['--library', 'plans.json', '--open', 'Norfolk, VA', '--format', 'json']);
    expect((JSON.parse(byName) as { budget: { total: number } }).budget.total).toBe(NORFOLK_CAPS.total);
    expect(await ok(['--library', 'plans.json', '--open', '  norfolk, va ', '--format', 'json'])).toBe(byName);
    expect(await ok(['--library', 'plans.json', '--open', '1', '--format', 'json'])).toBe(byName);
    expect(await ok(['--library', 'plans.json', '--open', '2', '--format', 'json'])).toBe(await ok(['--library', 'plans.json', '--open', 'RIVERTON DRAFT', '--format', 'json']));
  });

  it('given flags, then they apply on top of the plan as they do with --plan', async () => {
    const flags = ['--reach', '50', '--cost-of-living', '1.1', '--years', '2', '--format', 'json'];
    const fromLibrary = JSON.parse(await ok(['--library', 'plans.json', '--open', '2', ...flags])) as { budget: { total: number } };
    expect(fromLibrary).toEqual(JSON.parse(await ok(['--plan', 'plan.json', ...flags], asPlanFile)));
    expect(fromLibrary.budget.total).toBe(computePlan({ ...HALF_REACH, serviceReachPct: 50 }, { fringeRate: 0.25, costOfLiving: 1.1 }).budget.total);
  });

  it('given --format plan-file, then the whole plan is written back (every scenario)', async () => {
    const written = JSON.parse(await ok(['--library', 'plans.json', '--open', 'Riverton draft', '--format', 'plan-file'])) as unknown;
    expect(written).toEqual(RIVERTON_PLAN);
  });

  it('given the table format, then it names the library and the plan', async () => {
    const table = await ok(['--library', 'plans.json', '--open', '2']);
    expect(table).toContain('Library: plans.json, plan 2 of 2 (“Riverton draft”).');
    expect(table).toMatch(/Population\s+120,000\s+library/);
  });

  it('given an unknown name or a position past the end, then exit 2 listing the plans', async () => {
    const list = '"plans.json" holds 2 plans: 1 “Norfolk, VA”, 2 “Riverton draft”.';
    expect(await refused(['--library', 'plans.json', '--open', 'Detroit'])).toEqual([`--open: no plan named "Detroit"; ${list}`]);
    expect(await refused(['--library', 'plans.json', '--open', '3'])).toEqual([`--open: there is no plan 3: positions run from 1 to 2; ${list}`]);
    expect(await refused(['--library', 'plans.json', '--open', ' '])).toEqual([`--open: give a plan's name or its position (1 to 2); ${list}`]);
  });

  it('given a name two plans share in different capitals, then exit 2 naming both', async () => {
    const library = { ...LIBRARY, plans: [...LIBRARY.plans, entry('shout', 'NORFOLK, VA', NORFOLK_PLAN)] };
    const [line] = await refused(['--library', 'plans.json', '--open', 'norfolk, va'], files(library));
    expect(line).toMatch(/^--open: "norfolk, va" could be any of 1 “Norfolk, VA”, 3 “NORFOLK, VA”: give the name exactly as written, or the plan's position;/);
    // Exactly as written, it is one plan.
    expect(await ok(['--library', 'plans.json', '--open', 'NORFOLK, VA', '--format', 'json'], files(library))).toBe(await ok(['--library', 'plans.json', '--open', '3', '--format', 'json'], files(library)));
  });
});

describe('--format library writes a library file of the plan planned', () => {
  const today = new Date('2026-05-04T10:00:00.000Z');

  async function libraryFile(argv: string[], fileSet: Record<string, string> = {}): Promise<string> {
    const r = await cli([...argv, '--format', 'library', '--out', 'out.json'], fileSet, today);
    expect(r.stderr).toEqual(['Wrote the library output to out.json.']);
    expect(r.code).toBe(0);
    return String(r.written['out.json']);
  }

  it('given flags, then the model reads the file as a library of one plan named after its place, made today', async () => {
    const read = parseLibraryText(await libraryFile(['--city', 'Norfolk, VA', '--preset', 'caps', '--cost-of-living', '1.1']));
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join(' '));
    expect(read.doc.unreadable).toEqual([]);
    const [plan, ...others] = read.doc.library.plans;
    expect(others).toEqual([]);
    expect(plan).toMatchObject({ name: 'Norfolk, VA', autoName: true, createdAt: today.toISOString(), updatedAt: today.toISOString() });
    expect(read.doc.library.activePlan).toBe(plan?.id);
    expect(plan?.plan.scenarios[0]?.assumptions).toEqual({ costOfLiving: 1.1 });
  });

  it('given a plan file that carries a name (the planner\'s "Save plan file" of a renamed plan), then the written plan has that name, beside the plan not inside it', async () => {
    const named = { ...planDoc([scenario('Plan A', NORFOLK)]), name: 'Council option B' };
    const read = parseLibraryText(await libraryFile(['--plan', 'plan.json'], { 'plan.json': JSON.stringify(named) }));
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join(' '));
    expect(read.doc.library.plans[0]).toMatchObject({ name: 'Council option B', autoName: false });
    expect(read.doc.library.plans[0]?.plan.name).toBeUndefined();
  });

  it('round trip: --format library, then --library … --open 1, gives the totals of the original plan', async () => {
    const argv = ['--city', 'Norfolk, VA', '--preset', 'caps', '--cost-of-living', '1.1', '--start-year', '2027', '--ramp', '50,100'];
    const text = await libraryFile(argv);
    const planned = JSON.parse(await ok(['--library', 'out.json', '--open', '1', '--years', '3', '--format', 'json'], { 'out.json': text })) as {
      budget: { total: number };
      years: { year: number; total: number }[];
      cumulativeTotal: number;
    };
    // Norfolk under the population method: its counts change nothing, so the §9 input gives the figures.
    const overrides = { costOfLiving: 1.1 };
    const expected = computeMultiYear(NORFOLK, overrides, { startYear: 2027, years: 3, ramp: [0.5, 1] }, 2026);
    expect(planned.budget.total).toBe(computePlan(NORFOLK, overrides).budget.total);
    expect(planned.years).toMatchObject(expected.years.map((y, i) => ({ year: 2027 + i, total: y.budget.total })));
    expect(planned.cumulativeTotal).toBe(expected.cumulativeTotal);
    // At the preset's costs it is the §9 figure.
    const plain = await libraryFile(['--city', 'Norfolk, VA', '--preset', 'caps']);
    expect((JSON.parse(await ok(['--library', 'out.json', '--open', '1', '--format', 'json'], { 'out.json': plain })) as { budget: { total: number } }).budget.total).toBe(NORFOLK_CAPS.total);
  });

  it('round trip through the real file system', async () => {
    const path = join(tempDir(), 'plans.json');
    const written = await cliOnDisk(['--city', 'Norfolk, VA', '--preset', 'caps', '--format', 'library', '--out', path]);
    expect(written.code).toBe(0);
    const listed = await cliOnDisk(['--library', path, '--format', 'json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'Norfolk, VA', place: 'Norfolk, VA', preset: 'caps', total: NORFOLK_CAPS.total, scenarios: 1 }]);
  });

  it('given a plan file with several scenarios, then the library keeps every scenario', async () => {
    const text = await libraryFile(['--plan', 'plan.json'], { 'plan.json': JSON.stringify(RIVERTON_PLAN) });
    expect((JSON.parse(text) as { plans: { plan: unknown }[] }).plans[0]?.plan).toEqual(RIVERTON_PLAN);
  });

  it('given --name, or a plan opened from a library under its own name, then that name', async () => {
    const named = JSON.parse(await libraryFile(['--city', 'Norfolk, VA', '--name', '  Norfolk 2027 draft '])) as { plans: { name: string; autoName: boolean }[] };
    expect(named.plans[0]).toMatchObject({ name: 'Norfolk 2027 draft', autoName: false });
    const kept = JSON.parse(await libraryFile(['--library', 'plans.json', '--open', '2'], files())) as { plans: { name: string }[] };
    expect(kept.plans[0]?.name).toBe('Riverton draft');
  });

  it('given a library the browser already holds, then the written plan is added beside its plans ("Add plans from a file")', async () => {
    const read = parseLibraryText(await libraryFile(['--city', 'Norfolk, VA', '--preset', 'caps']));
    if (!read.ok) throw new Error('not read');
    const existing = parseLibraryText(JSON.stringify({ ...LIBRARY, plans: [LIBRARY.plans[1]] }));
    if (!existing.ok) throw new Error('not read');
    const imported = importPlans(existing.doc.library, read.doc.library);
    expect(imported).toMatchObject({ ok: true, added: ['Norfolk, VA'], alreadyIn: [] });
    // The same file added again is recognised as already there.
    if (!imported.ok) throw new Error('not imported');
    expect(importPlans(imported.library, read.doc.library)).toMatchObject({ ok: true, added: [], alreadyIn: ['Norfolk, VA'] });
  });

  it('given --name without --format library, or a name too long or blank, then exit 2 naming --name and the rule', async () => {
    expect(await refused(['--city', 'Norfolk, VA', '--name', 'Draft'])).toEqual(['--name: names the plan in a library file: it needs --format library.']);
    expect(await refused(['--city', 'Norfolk, VA', '--format', 'library', '--name', 'x'.repeat(81)])).toEqual(["--name: A plan's name must be 1 to 80 characters."]);
    expect(await refused(['--city', 'Norfolk, VA', '--format', 'library', '--name', ' '])).toEqual(["--name: A plan's name must be 1 to 80 characters."]);
  });
});

describe('library failures: exit 2 and a message naming the flag and the rule', () => {
  it('given a library file to --plan, or a plan file to --library, then each says to use the other flag', async () => {
    expect(await refused(['--plan', 'plans.json'])).toEqual([
      '--plan: this is a library file (several plans), not a plan file: use --library "plans.json" to list its plans, and --open NAME to plan one.',
    ]);
    const plan = { 'plan.json': JSON.stringify(NORFOLK_PLAN) };
    expect(await refused(['--library', 'plan.json'], plan)).toEqual(['--library: this is a plan file, not a library file: use --plan "plan.json" to plan it.']);
    expect(await refused(['--library', 'plan.json', '--open', '1'], plan)).toEqual(['--library: this is a plan file, not a library file: use --plan "plan.json" to plan it.']);
  });

  it('given a damaged, foreign, newer or version-less library, then the reader\'s message after --library:', async () => {
    expect(await refused(['--library', 'plans.json'], { 'plans.json': JSON.stringify(LIBRARY).slice(0, 60) })).toEqual([
      '--library: This file is damaged or not a plans library: it is not valid JSON.',
    ]);
    expect(await refused(['--library', 'plans.json'], files({ ...LIBRARY, format: 'spreadsheet' }))).toEqual([
      '--library: This is not a CVI Ecosystem plans library: its "format" must be "cvi-ecosystem-library".',
    ]);
    const [newer] = await refused(['--library', 'plans.json', '--open', '1'], files({ ...LIBRARY, version: 2 }));
    expect(newer).toMatch(/^--library: This plans library was saved by a newer version of the planner \(format version 2\); this version reads up to 1\. Update the planner/);
    expect(await refused(['--library', 'plans.json'], files({ ...LIBRARY, version: 0 }))).toEqual(['--library: This plans library has no valid "version" (a whole number from 1).']);
    expect(await refused(['--library', 'plans.json'], files({ ...LIBRARY, plans: [] }))).toEqual(['--library: A library must hold at least one plan.']);
  });

  it('given a file over 20 MB, a missing file or a blank name, then refused by name', async () => {
    const padded = JSON.stringify(LIBRARY).replace(/}$/, `${' '.repeat(20_000_001)}}`);
    expect(await refused(['--library', 'plans.json'], { 'plans.json': padded })).toEqual(['--library: "plans.json" is too large to be a plans library (over 20 MB).']);
    expect(await refused(['--library', 'nowhere.json'])).toEqual(['--library: cannot read "nowhere.json": no such file or folder.']);
    expect(await refused(['--library', ' '])).toEqual(['--library: Library file must be a file name.']);
  });

  it('given --open without --library, --library with --plan, or --library with --input, then refused naming the flags', async () => {
    expect(await refused(['--city', 'Norfolk, VA', '--open', '1'])).toEqual(['--open: needs --library FILE.json: it chooses which plan of the library to plan.']);
    // Nothing else is said: the plan it meant is missing, not the population.
    expect(await refused(['--open', '1'])).toEqual(['--open: needs --library FILE.json: it chooses which plan of the library to plan.']);
    expect(await refused(['--library', 'plans.json', '--plan', 'plan.json', '--open', '1'])).toEqual([
      '--library: cannot be used with --plan: give a plan file (--plan FILE), or a library and one of its plans (--library FILE --open NAME).',
    ]);
    const places = { 'places.csv': 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nNorfolk,VA,238005,50,,,,\n' };
    expect(await refused(['--input', 'places.csv', '--library', 'plans.json'], places)).toEqual([
      '--library: cannot be used with --input: plan the places of the CSV file, or one plan of a library (--library FILE --open NAME), not both.',
    ]);
  });

  it('given a flag problem and a library problem, then both are reported', async () => {
    expect(await refused(['--library', 'plans.json', '--open', '1', '--format', 'pdf'], { 'plans.json': '{' })).toEqual([
      '--format: Output format must be one of: table, json, csv, xlsx, bdw, bdw-csv, narrative, plan-file, library.',
      '--library: This file is damaged or not a plans library: it is not valid JSON.',
    ]);
  });
});

describe('a library with one damaged plan', () => {
  const broken = entry('broken', 'Springfield', planDoc([scenario('Plan A', { ...NORFOLK, placeName: 'Springfield', population: 0 })]));
  const DAMAGED = { ...LIBRARY, plans: [LIBRARY.plans[0], broken, LIBRARY.plans[1]] };
  const reason = '“Springfield”: Population must be a whole number from 1 to 50,000,000.';

  it('given a listing, then the other plans are listed and the damaged one is named with its reason (exit 2)', async () => {
    const r = await cli(['--library', 'plans.json', '--format', 'json'], files(DAMAGED));
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`--library: a plan could not be opened, so it is not listed: ${reason}`]);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((p) => p.name)).toEqual(['Norfolk, VA', 'Riverton draft']);
  });

  it('given --open of a good plan, then it is planned and the damaged one is named in a warning', async () => {
    const r = await cli(['--library', 'plans.json', '--open', 'Riverton draft', '--format', 'json'], files(DAMAGED));
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([`warning: --library: a plan could not be opened, so it is left out: ${reason}`]);
    expect((JSON.parse(r.stdout) as { budget: { total: number } }).budget.total).toBe(RIVERTON_TOTAL);
  });

  it('given --open of the damaged plan, then exit 2 with the reason it could not be opened', async () => {
    const stderr = await refused(['--library', 'plans.json', '--open', 'springfield'], files(DAMAGED));
    expect(stderr).toEqual([`--open: “springfield” is in "plans.json" but could not be opened: ${reason}`, `--library: a plan could not be opened, so it cannot be chosen: ${reason}`]);
  });

  it('given a library none of whose plans opens, then exit 2 naming each', async () => {
    const [line] = await refused(['--library', 'plans.json'], files({ ...LIBRARY, plans: [broken] }));
    expect(line).toBe(`--library: None of the library's plans could be opened: ${reason}`);
  });
});
