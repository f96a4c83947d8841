// Issue 12, observations 3 and 8 on the command line: flag values written as a person writes them
// ("238,005", "60%", "30%") are read as meant; what could mean two numbers is refused naming the
// flag and the rule; a reach given as a fraction is warned about on standard error and never
// changed; a flag that changes nothing in the plan gets a note naming the flag that would use it.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

interface JsonPlan {
  input: Record<string, unknown>;
  budget: { total: number };
  assumptions: Record<string, unknown>;
}

async function json(argv: string[]): Promise<{ plan: JsonPlan; stderr: string[] }> {
  const r = await cli([...argv, '--format', 'json']);
  expect(r.code, r.stderr.join('\n')).toBe(0);
  return { plan: JSON.parse(r.stdout) as JsonPlan, stderr: r.stderr };
}

async function fails(argv: string[]): Promise<string[]> {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr;
}

describe('given flag values written as a person writes them, then they are read as meant', () => {
  it('--population "238,005" and --reach "60%" plan the same as 238005 and 60', async () => {
    const written = await json(['--population', '238,005', '--reach', '60%']);
    const plain = await json(['--population', '238005', '--reach', '60']);
    expect(written.stderr).toEqual([]);
    expect(written.plan.input.population).toBe(238_005);
    expect(written.plan.input.serviceReachPct).toBe(60);
    expect(written.plan.budget.total).toBe(plain.plan.budget.total);
  });

  it('--fringe "30%" is the fraction 0.3, the same plan as --fringe 0.3', async () => {
    const percent = await json(['--population', '238005', '--fringe', '30%']);
    const fraction = await json(['--population', '238005', '--fringe', '0.3']);
    expect(percent.plan.assumptions.fringeRate).toBe(0.3);
    expect(percent.plan.budget.total).toBe(fraction.plan.budget.total);
  });

  it('--uncertainty "10,000" draws and --sensitivity-amount "20%" are accepted', async () => {
    const r = await cli(['--population', '238005', '--uncertainty', '10,000', '--sensitivity', '--sensitivity-amount', '20%', '--format', 'json']);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('given a flag value that could mean two numbers or is not a number, then it is refused naming the flag and the rule', () => {
  it.each([
    ['1.200,5', '--population: Population: "1.200,5" could mean two numbers. Write decimals with a point and commas only between thousands, such as 1,200.5.'],
    ['12,34', '--population: Population: "12,34" could mean two numbers. Commas go between groups of three digits (1,234); decimals take a point (12.34).'],
    ['6O', '--population: Population must be a number (digits, optionally with a decimal point), not "6O": it has the letter O where a digit goes (zero is 0).'],
    ['--5', '--population: Population must be a number with at most one sign, not "--5".'],
    ['$238,005', '--population: Population is not an amount of money: leave out the "$" (write the number alone, such as 1,200).'],
  ])('--population=%s', async (text, message) => {
    expect(await fails([`--population=${text}`])).toEqual([message]);
  });

  it('--reach "6O%" names the reach flag and the percentage rule', async () => {
    expect(await fails(['--population', '1000', '--reach', '6O%'])).toEqual([
      '--reach: Service reach (%) must be a number, such as 60 or 60%, not "6O%": it has the letter O where a digit goes (zero is 0).',
    ]);
  });
});

describe('given a reach between 0 and 1 without "%", then a warning names the flag and suggests the percentage, and the value is not changed', () => {
  it('--reach 0.6 plans at 0.6% and warns "Did you mean 60%?"', async () => {
    const { plan, stderr } = await json(['--population', '238005', '--reach', '0.6']);
    expect(plan.input.serviceReachPct).toBe(0.6);
    const at60 = await json(['--population', '238005', '--reach', '60']);
    expect(plan.budget.total).not.toBe(at60.plan.budget.total);
    expect(stderr).toEqual(['warning: --reach: 0.6 is read as 0.6%. Did you mean 60%? Then give --reach 60.']);
  });

  it('--hospital-reach 0.45 warns too; "0.6%" (the sign says so) and 60 do not', async () => {
    const hospital = await json(['--population', '238005', '--nonfatal-shootings', '100', '--hospital-reach', '0.45']);
    expect(hospital.plan.input.hospitalReachPct).toBe(0.45);
    expect(hospital.stderr).toEqual(['warning: --hospital-reach: 0.45 is read as 0.45%. Did you mean 45%? Then give --hospital-reach 45.']);
    expect((await json(['--population', '238005', '--reach', '0.6%'])).stderr).toEqual([]);
    expect((await json(['--population', '238005', '--reach', '60'])).stderr).toEqual([]);
  });

  it('in a batch file, the cell is warned about by line and column and planned as written', async () => {
    const header = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';
    const r = await cli(['--input', 'p.csv', '--format', 'csv'], { 'p.csv': `${header}\nNorfolk,VA,"238,005",,,,0.6,50%\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(['warning: line 2: reach: 0.6 is read as 0.6%. Did you mean 60%? Then write 60.']);
    expect(r.stdout).toMatch(/\n"?Norfolk"?,VA,238005,,,,0\.6,50,/);
  });
});

describe('given a flag that changes nothing in the plan, then a note says so and names the flag that would use it', () => {
  it('--homicides under the default population method', async () => {
    const withCount = await json(['--population', '238005', '--homicides', '120']);
    const without = await json(['--population', '238005']);
    // The total is identical with 120 homicides and without them (the observation 3) …
    expect(withCount.plan.budget.total).toBe(without.plan.budget.total);
    // … and the command line says so.
    expect(withCount.stderr).toEqual([
      'note: --homicides: Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Violence-adjusted” estimate uses it: --method violence-adjusted.',
    ]);
    // Under the method that uses it there is no note, and the total moves.
    const adjusted = await json(['--population', '238005', '--homicides', '120', '--method', 'violence-adjusted']);
    expect(adjusted.stderr).toEqual([]);
    expect(adjusted.plan.budget.total).not.toBe(without.plan.budget.total);
  });

  it('--hospital-reach under the CAPS preset names --preset shooting-informed; --nonfatal-shootings there changes the cost of violence, so no note', async () => {
    const { stderr } = await json(['--population', '238005', '--preset', 'caps', '--nonfatal-shootings', '600', '--hospital-reach', '40']);
    expect(stderr).toEqual([
      'note: --hospital-reach: Changes nothing with the CAPS methodology. The Shooting-informed methodology sizes hospital responders and trauma counselors from the hospital clients it gives: --preset shooting-informed.',
    ]);
  });

  it('--hospital-reach without nonfatal shootings changes nothing until they are given', async () => {
    const { stderr } = await json(['--population', '238005', '--hospital-reach', '40']);
    expect(stderr).toEqual(['note: --hospital-reach: Changes nothing until nonfatal shooting victims per year are given.']);
  });

  it('a value from the city preset gets no note: only flags the person gave', async () => {
    // Norfolk's preset fills 42 homicides; under the population method they change nothing, but nobody typed them.
    const { stderr } = await json(['--city', 'Norfolk, VA']);
    expect(stderr).toEqual([]);
  });
});
