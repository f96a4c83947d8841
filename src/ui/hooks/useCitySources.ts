// The presets' source texts (src/model/citySources.ts), loaded after the first paint: the first
// load carries only the numbers. Until they are here a filled field says so; nothing waits on them.
import { lazyModule } from './lazyModule';

const citySources = lazyModule(() => import('../../model/citySources'));

export const preloadCitySources = citySources.preload;

export function useCitySources(): typeof import('../../model/citySources') | null {
  return citySources.useModule().module;
}
