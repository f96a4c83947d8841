// The presets ship in two parts: src/data/city-numbers.json (the numbers, in the first load) and
// src/data/city-presets.json (every number with its basis and source, loaded later). These check
// the numbers file is exactly the presets without their texts, and that no number loses its source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITIES, cityFill, cityKey, sourcedCityFill, sourcesOf } from '../../src/model';
// @ts-expect-error — a plain .mjs script without type declarations
import { cityNumbersText } from '../../scripts/city-numbers.mjs';

const read = (name: string) => readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8');
const presets = JSON.parse(read('city-presets.json')) as { cities: Record<string, unknown>[] };

describe('the city data the app ships', () => {
  it('city-numbers.json is exactly the presets without their texts (run `npm run data:cities` after editing the presets)', () => {
    expect(read('city-numbers.json')).toBe((cityNumbersText as (p: unknown) => string)(presets));
  });

  it('keeps every number of every preset, and nothing else', () => {
    expect(CITIES).toHaveLength(presets.cities.length);
    presets.cities.forEach((full, i) => {
      const city = CITIES[i]!;
      for (const key of ['name', 'state', 'population', 'homicides', 'fatalShootingVictims', 'nonfatalShootingVictims']) {
        expect((city as unknown as Record<string, unknown>)[key], `${String(full.name)} ${key}`).toEqual(full[key]);
      }
      expect(Object.keys(city).some((k) => /Basis|Source/.test(k)), `${cityKey(city)} carries a text`).toBe(false);
    });
  });

  it('every preset has its sources, and a sourced fill names a basis and a link for each number it fills', () => {
    for (const city of CITIES) {
      const sources = sourcesOf(city);
      expect(sources?.populationSource, cityKey(city)).toMatch(/^https?:\/\//);
      const f = sourcedCityFill(city);
      for (const p of Object.values(f.provenance)) {
        expect(p.basis, cityKey(city)).toBeTruthy();
        expect(p.source, cityKey(city)).toMatch(/^https?:\/\//);
      }
    }
  });

  it('a fill made before the texts arrive has the same numbers and years, with no basis or source', () => {
    const norfolk = CITIES.find((c) => cityKey(c) === 'Norfolk, VA')!;
    const bare = cityFill(norfolk);
    const sourced = sourcedCityFill(norfolk);
    expect(bare.fields).toEqual(sourced.fields);
    expect(bare.provenance.homicides?.year).toBe(2023);
    expect(bare.provenance.homicides?.basis).toBeNull();
    expect(bare.provenance.population.source).toBeNull();
    expect(sourced.provenance.homicides?.basis).toBe(presets.cities.find((c) => c.name === 'Norfolk')?.homicidesBasis);
  });
});
