// Sections below the first screen load after the first paint, not with it (issue 7: first-load
// JavaScript). Unlike React.lazy, a section whose code is already here renders at once, without a
// Suspense round trip: after `preload()` (which the planner starts once it has painted, and the
// unit tests' setup awaits) the section is an ordinary component.
import { createElement, memo, type ComponentType, type ReactNode } from 'react';
import { lazyModule } from './lazyModule';

export interface LazySection<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the code (once); resolves when the section can render. */
  preload: () => Promise<void>;
}

export function lazySection<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazySection<P> {
  const code = lazyModule(load);

  function Section(props: P): ReactNode {
    const { module: component, error } = code.useModule();
    if (component) return createElement(component, props);
    if (error) {
      return (
        <section className="panel" aria-label={name}>
          <p role="alert">
            The {name} section could not load ({error instanceof Error ? error.message : String(error)}). Your plan is unchanged; reload the page to try
            again.
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
  Memo.preload = () => code.preload().then(() => undefined);
  return Memo;
}
