// City presets: lookup by "Name, ST", filling inputs from the shipped data (latest year, with
// the year recorded; missing counts stay "not given"), and every preset plans cleanly.
import { describe, expect, it } from 'vitest';
import {
  CITIES,
  cityFill,
  cityKey,
  computePlan,
  findCity,
  makeInput,
  searchCities,
  sourcedCityFill,
  validateInput,
  type CityRecord,
} from '../../src/model';
import { collectNumbers } from './support/arbitraries';

function city(key: string): CityRecord {
  const c = findCity(key);
  if (!c) throw new Error(`no preset for ${key}`);
  return c;
}

/** The latest calendar year in a year → count table, read independently of the model. */
function latestYear(table: Readonly<Record<string, number>> | undefined): number | null {
  const years = Object.keys(table ?? {}).map(Number);
  return years.length === 0 ? null : Math.max(...years);
}

describe('findCity / searchCities', () => {
  it('finds Norfolk, VA with its 2020 Census population', () => {
    const c = city('Norfolk, VA');
    expect(c.name).toBe('Norfolk');
    expect(c.state).toBe('VA');
    expect(c.population).toBe(238_005);
    expect(cityKey(c)).toBe('Norfolk, VA');
  });

  it('ignores case and spacing', () => {
    for (const key of ['norfolk, va', 'NORFOLK, VA', '  Norfolk ,  VA ', 'Norfolk,VA', 'norfolk,   va']) {
      expect(findCity(key)?.population, key).toBe(238_005);
    }
    expect(findCity('st. louis, mo')?.name).toBe('St. Louis');
  });

  it('returns undefined for an unknown place or a bare name', () => {
    expect(findCity('Atlantis, ZZ')).toBeUndefined();
    expect(findCity('Norfolk')).toBeUndefined();
    expect(findCity('')).toBeUndefined();
  });

  it("searchCities('norf') offers Norfolk, VA first", () => {
    const results = searchCities('norf');
    expect(results.map(cityKey)[0]).toBe('Norfolk, VA');
  });

  it('searchCities: prefix matches before substring matches, limited, empty for blank', () => {
    expect(searchCities('')).toEqual([]);
    expect(searchCities('   ')).toEqual([]);
    expect(searchCities('a', 3)).toHaveLength(3);
    const ports = searchCities('port').map(cityKey);
    expect(ports[0]).toBe('Portsmouth, VA');
    expect(ports).toContain('Shreveport, LA');
    expect(searchCities(', VA').map(cityKey).sort()).toEqual(['Norfolk, VA', 'Portsmouth, VA', 'Richmond, VA']);
  });
});

describe('cityFill', () => {
  it('Norfolk: population, the latest homicide year (2023: 42), no shooting counts', () => {
    const f = sourcedCityFill(city('Norfolk, VA'));
    expect(f.fields).toEqual({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42, fatalShootings: null, nonfatalShootings: null });
    expect(f.provenance.homicides?.year).toBe(2023);
    expect(f.provenance.homicides?.value).toBe(42);
    expect(f.provenance.population.year).toBeNull();
    expect(f.provenance.population.source).toMatch(/^http/);
    expect(f.provenance.fatalShootings).toBeUndefined();
    expect(f.provenance.nonfatalShootings).toBeUndefined();
  });

  it('Detroit: homicides 203 and nonfatal 606 (2024) — the §9 worked example follows', () => {
    const f = cityFill(city('Detroit, MI'));
    expect(f.fields.homicides).toBe(203);
    expect(f.fields.nonfatalShootings).toBe(606);
    expect(f.fields.fatalShootings).toBeNull();
    expect(f.provenance.homicides?.year).toBe(2024);
    expect(f.provenance.nonfatalShootings?.year).toBe(2024);
    expect(computePlan(makeInput(f.fields)).budget.total).toBe(54_849_695);
  });

  it('Philadelphia: each count from its own latest year', () => {
    const f = cityFill(city('Philadelphia, PA'));
    expect(f.fields.homicides).toBe(268);
    expect(f.provenance.homicides?.year).toBe(2024);
    expect(f.fields.fatalShootings).toBe(375);
    expect(f.provenance.fatalShootings?.year).toBe(2023);
    expect(f.fields.nonfatalShootings).toBe(1_291);
    expect(f.provenance.nonfatalShootings?.year).toBe(2023);
  });

  it.each(['Nashville, TN', 'Newark, NJ'])('%s has no homicide data: left not given (null), never 0', (key) => {
    const f = cityFill(city(key));
    expect(f.fields.homicides).toBeNull();
    expect(f.provenance.homicides).toBeUndefined();
  });

  it('every preset fills each count from its latest year, with that year recorded', () => {
    for (const c of CITIES) {
      const f = sourcedCityFill(c);
      const tables = [
        ['homicides', c.homicides],
        ['fatalShootings', c.fatalShootingVictims],
        ['nonfatalShootings', c.nonfatalShootingVictims],
      ] as const;
      for (const [field, table] of tables) {
        const year = latestYear(table);
        if (year === null) {
          expect(f.fields[field], `${cityKey(c)} ${field}`).toBeNull();
          expect(f.provenance[field]).toBeUndefined();
        } else {
          expect(f.fields[field], `${cityKey(c)} ${field}`).toBe(table![String(year)]);
          expect(f.provenance[field]?.year).toBe(year);
          expect(f.provenance[field]?.source).toBeTruthy();
        }
      }
      expect(f.fields.population).toBe(c.population);
    }
  });
});

describe('the shipped presets', () => {
  it('there are 60, with unique "Name, ST" keys', () => {
    expect(CITIES).toHaveLength(60);
    expect(new Set(CITIES.map((c) => cityKey(c).toLowerCase())).size).toBe(60);
  });

  it.each(CITIES.map((c) => [cityKey(c), c] as const))('%s validates with defaults and plans without NaN in every preset and method', (_key, c) => {
    const fields = cityFill(c).fields;
    for (const preset of ['caps', 'shooting-informed'] as const) {
      const v = validateInput(makeInput({ ...fields, preset }));
      expect(v.ok, JSON.stringify(v)).toBe(true);
      if (!v.ok) continue;
      const methods = ['population', 'custom'] as const;
      const inputs = [v.input, ...methods.map((m) => ({ ...v.input, method: m, localHighRiskCount: 100 }))];
      if (fields.homicides !== null || fields.fatalShootings !== null) inputs.push({ ...v.input, method: 'violence-adjusted' });
      for (const input of inputs) {
        expect(validateInput(input).ok).toBe(true);
        const plan = computePlan(input);
        const bad = collectNumbers(plan).filter((n) => !Number.isFinite(n.value));
        expect(bad).toEqual([]);
        expect(plan.budget.total).toBeGreaterThan(0);
        expect(plan.budget.lines.reduce((s, l) => s + l.amount, 0)).toBe(plan.budget.total);
      }
    }
  });

  it('violence-adjusted is refused for a preset without homicides or fatal shootings', () => {
    const v = validateInput(makeInput({ ...cityFill(city('Nashville, TN')).fields, method: 'violence-adjusted' }));
    expect(v.ok).toBe(false);
  });
});
