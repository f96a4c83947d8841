// Code loaded once, after the first paint or on first use, and then available synchronously: the
// mechanism behind lazySection (sections below the first screen) and useCitySources (the presets'
// source texts). A failed load (offline before the file was cached) is remembered for the message
// and tried again on the next use.
import { useEffect, useState } from 'react';

export interface LazyModule<T> {
  /** Starts loading (once); resolves to the module, or null when the load failed. */
  preload: () => Promise<T | null>;
  /** The module once it is here (re-renders when it arrives), and the last load's error. */
  useModule: () => { module: T | null; error: unknown };
}

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let error: unknown = null;
  let pending: Promise<T | null> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m;
        error = null;
        return m;
      },
      (e: unknown) => {
        error = e;
        pending = null;
        return null;
      },
    ));
  function useModule() {
    const [, setVersion] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      void preload().then(() => live && setVersion((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    return { module: loaded, error: loaded ? null : error };
  }
  return { preload, useModule };
}
