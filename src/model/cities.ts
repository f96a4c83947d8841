// City presets shipped with the app (src/data/city-presets.json, compiled from public sources).
// A preset fills inputs; it never invents a number the data does not have.
import data from '../data/city-presets.json';
import type { PlanInput } from './input';

export interface CityRecord {
  readonly name: string;
  readonly state: string;
  readonly population: number;
  readonly populationBasis: string;
  readonly populationSource: string;
  readonly homicides: Readonly<Record<string, number>>;
  readonly homicidesBasis: string;
  readonly homicidesSource: string;
  readonly shootingsSource?: string;
  readonly fatalShootingVictims?: Readonly<Record<string, number>>;
  readonly nonfatalShootingVictims?: Readonly<Record<string, number>>;
}

export const CITY_DATA_ABOUT: string = data.about;
export const CITIES: readonly CityRecord[] = data.cities as CityRecord[];

/** "Norfolk, VA" */
export function cityKey(city: Pick<CityRecord, 'name' | 'state'>): string {
  return `${city.name}, ${city.state}`;
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ');

const BY_KEY = new Map(CITIES.map((c) => [normalise(cityKey(c)), c]));

/** Look a city up by "Name, ST" (case and spacing do not matter). */
export function findCity(key: string): CityRecord | undefined {
  return BY_KEY.get(normalise(key));
}

/** Presets whose "Name, ST" contains the query, those starting with it first. */
export function searchCities(query: string, limit = 8): CityRecord[] {
  const q = normalise(query);
  if (q === '') return [];
  const starts: CityRecord[] = [];
  const contains: CityRecord[] = [];
  for (const city of CITIES) {
    const key = normalise(cityKey(city));
    if (key.startsWith(q)) starts.push(city);
    else if (key.includes(q)) contains.push(city);
  }
  return [...starts, ...contains].slice(0, limit);
}

export interface FieldProvenance {
  readonly value: number;
  /** Calendar year of the count, or null for population (its basis says which count it is). */
  readonly year: number | null;
  readonly basis: string;
  readonly source: string;
}

export interface CityFill {
  readonly city: CityRecord;
  readonly fields: Pick<PlanInput, 'placeName' | 'state' | 'population' | 'homicides' | 'fatalShootings' | 'nonfatalShootings'>;
  readonly provenance: {
    readonly population: FieldProvenance;
    readonly homicides?: FieldProvenance;
    readonly fatalShootings?: FieldProvenance;
    readonly nonfatalShootings?: FieldProvenance;
  };
}

function latest(counts: Readonly<Record<string, number>> | undefined): { year: number; value: number } | undefined {
  if (!counts) return undefined;
  let best: { year: number; value: number } | undefined;
  for (const [year, value] of Object.entries(counts)) {
    const y = Number(year);
    if (Number.isInteger(y) && Number.isInteger(value) && (!best || y > best.year)) best = { year: y, value };
  }
  return best;
}

/**
 * The inputs a preset fills: population, the latest full-year homicide count, and the latest
 * shooting counts where the data has them, each with its year and source. Counts the data lacks
 * are left "not given" (null), never zero.
 */
export function cityFill(city: CityRecord): CityFill {
  const homicides = latest(city.homicides);
  const fatal = latest(city.fatalShootingVictims);
  const nonfatal = latest(city.nonfatalShootingVictims);
  const shootingsSource = city.shootingsSource ?? city.homicidesSource;
  return {
    city,
    fields: {
      placeName: city.name,
      state: city.state,
      population: city.population,
      homicides: homicides?.value ?? null,
      fatalShootings: fatal?.value ?? null,
      nonfatalShootings: nonfatal?.value ?? null,
    },
    provenance: {
      population: { value: city.population, year: null, basis: city.populationBasis, source: city.populationSource },
      ...(homicides ? { homicides: { ...homicides, basis: city.homicidesBasis, source: city.homicidesSource } } : {}),
      ...(fatal ? { fatalShootings: { ...fatal, basis: 'Fatal shooting victims, full calendar year', source: shootingsSource } } : {}),
      ...(nonfatal ? { nonfatalShootings: { ...nonfatal, basis: 'Nonfatal shooting victims, full calendar year', source: shootingsSource } } : {}),
    },
  };
}
