// The source and basis of every preset number (src/data/city-presets.json, the file the presets
// are compiled in). Kept apart from cities.ts so the planner's first load carries only the numbers;
// the CLI imports this directly and the app loads it when a field shows its source.
import data from '../data/city-presets.json';
import { cityFill, cityKey, type CityFill, type CityRecord, type CitySources } from './cities';

const normalise = (key: string) => key.trim().toLowerCase();
const SOURCES = new Map<string, CitySources>(
  (data.cities as (CitySources & Pick<CityRecord, 'name' | 'state'>)[]).map((c) => [
    normalise(cityKey(c)),
    {
      populationBasis: c.populationBasis,
      populationSource: c.populationSource,
      homicidesBasis: c.homicidesBasis,
      homicidesSource: c.homicidesSource,
      ...(c.shootingsSource !== undefined ? { shootingsSource: c.shootingsSource } : {}),
    },
  ]),
);

/** Where a preset's numbers come from. */
export function sourcesOf(city: Pick<CityRecord, 'name' | 'state'>): CitySources | undefined {
  return SOURCES.get(normalise(cityKey(city)));
}

/** cityFill with each number's basis and source. */
export function sourcedCityFill(city: CityRecord): CityFill {
  return cityFill(city, sourcesOf(city));
}
