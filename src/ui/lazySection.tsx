// Sections below the first screen load after the first paint, not with it (issue 7: first-load
// JavaScript). Unlike React.lazy, a section whose code is already here renders at once, without a
// Suspense round trip: after `preload()` (which the planner starts once it has painted, and the
// unit tests' setup awaits) the section is an ordinary component.
import { createElement, memo, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface LazySection<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the code (once); resolves when the section can render. */
  preload: () => Promise<void>;
}

export function lazySection<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazySection<P> {
  let component: ComponentType<P> | null = null;
  let failed: unknown = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => {
        component = c;
      },
      (error: unknown) => {
        failed = error;
        pending = null; // a later render (after a reload of the network) may try again
      },
    ));

  function Section(props: P): ReactNode {
    const [, setLoaded] = useState(0);
    useEffect(() => {
      if (component) return;
      let live = true;
      void preload().then(() => live && setLoaded((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    if (component) return createElement(component, props);
    if (failed) {
      return (
        <section className="panel" aria-label={name}>
          <p role="alert">
            The {name} section could not load ({failed instanceof Error ? failed.message : String(failed)}). Your plan is unchanged; reload the page to
            try again.
          </p>
        </section>
      );
    }
    return (
      <section className="panel section-loading" aria-label={name} aria-busy="true">
        <p className="muted">Loading the {name} section…</p>
      </section>
    );
  }
  Section.displayName = `Lazy(${name})`;
  const Memo = memo(Section) as unknown as LazySection<P>;
  Memo.preload = preload;
  return Memo;
}
