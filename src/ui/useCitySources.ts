// The presets' source texts (src/model/citySources.ts), loaded after the first paint: the first
// load carries only the numbers. Until they are here a filled field says so; nothing waits on them.
import { useEffect, useState } from 'react';

type Module = typeof import('../model/citySources');

let loaded: Module | null = null;
let pending: Promise<Module | null> | null = null;

export function preloadCitySources(): Promise<Module | null> {
  return (pending ??= import('../model/citySources').then(
    (m) => (loaded = m),
    () => {
      pending = null; // offline before the file was cached: try again on the next render
      return null;
    },
  ));
}

export function useCitySources(): Module | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void preloadCitySources().then((m) => live && m && setModule(m));
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}
