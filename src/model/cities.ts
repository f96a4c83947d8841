// City presets shipped with the app (src/data/city-presets.json, compiled from public sources).
// A preset fills inputs; it never invents a number the data does not have. The numbers come from
// src/data/city-numbers.json, the presets without their source texts (generated and checked by
// tests/model/cityData.test.ts), so the planner's first load stays small; the texts are in
// citySources.ts, which the CLI imports and the app loads when a field shows its source.
import data from '../data/city-numbers.json';
import type { PlanInput } from './inputFields';

/** A preset's numbers. */
export interface CityRecord {
  readonly name: string;
  readonly state: string;
  readonly population: number;
  readonly homicides: Readonly<Record<string, number>>;
  readonly fatalShootingVictims?: Readonly<Record<string, number>>;
  readonly nonfatalShootingVictims?: Readonly<Record<string, number>>;
}

/** Where a preset's numbers come from (src/data/city-presets.json). */
export interface CitySources {
  readonly populationBasis: string;
  readonly populationSource: string;
  readonly homicidesBasis: string;
  readonly homicidesSource: string;
  readonly shootingsSource?: string;
}

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
  /** What the count is and where it is published; null when the fill was made without the source texts. */
  readonly basis: string | null;
  readonly source: string | null;
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
 * shooting counts where the data has them, each with its year — and its basis and source when
 * `sources` are given (citySources.ts: sourcedCityFill). Counts the data lacks are left "not
 * given" (null), never zero.
 */
export function cityFill(city: CityRecord, sources?: CitySources): CityFill {
  const homicides = latest(city.homicides);
  const fatal = latest(city.fatalShootingVictims);
  const nonfatal = latest(city.nonfatalShootingVictims);
  const shootingsSource = sources ? (sources.shootingsSource ?? sources.homicidesSource) : null;
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
      population: { value: city.population, year: null, basis: sources?.populationBasis ?? null, source: sources?.populationSource ?? null },
      ...(homicides ? { homicides: { ...homicides, basis: sources?.homicidesBasis ?? null, source: sources?.homicidesSource ?? null } } : {}),
      ...(fatal ? { fatalShootings: { ...fatal, basis: sources ? 'Fatal shooting victims, full calendar year' : null, source: shootingsSource } } : {}),
      ...(nonfatal ? { nonfatalShootings: { ...nonfatal, basis: sources ? 'Nonfatal shooting victims, full calendar year' : null, source: shootingsSource } } : {}),
    },
  };
}
