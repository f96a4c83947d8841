// Charts are drawn only when they are on screen or about to be (issue 7: every keystroke redrew
// seven recharts charts, six of them out of sight). Off screen, a chart's frame keeps its height
// so the page does not jump, and the data table and text summary beside it stay current — they are
// the accessible form of the chart. Printing draws every chart. Without IntersectionObserver (old
// browsers, jsdom in the unit tests) every chart is drawn, as before.
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/** How far outside the window a chart starts drawing, so it is ready when scrolled to. */
const MARGIN = '400px 0px';

const watchers = new Map<Element, (near: boolean) => void>();
let observer: IntersectionObserver | null = null;

function watch(element: Element, onChange: (near: boolean) => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) watchers.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  watchers.set(element, onChange);
  observer.observe(element);
  return () => {
    watchers.delete(element);
    observer?.unobserve(element);
  };
}

// Printing: every chart, whatever was on screen.
let printing = false;
const printListeners = new Set<() => void>();
function subscribePrint(listener: () => void): () => void {
  if (printListeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}
function setPrinting(value: boolean) {
  printing = value;
  for (const l of printListeners) l();
}
const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(false);

const canObserve = () => typeof IntersectionObserver !== 'undefined';

/**
 * The chart's box: `draw()` runs only while the box is near the window (or the page prints).
 * `height` is the chart's height, kept while it is not drawn. The box is fully contained (CSS
 * `contain: strict`), so redrawing the chart never lays out the rest of the page.
 */
export function ChartFrame({ height, draw }: { height: number; draw: () => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => !canObserve());
  const print = useSyncExternalStore(subscribePrint, () => printing, () => false);
  useEffect(() => {
    const element = ref.current;
    if (!element || !canObserve()) return;
    return watch(element, setNear);
  }, []);
  const drawn = near || print;
  return (
    <div ref={ref} className="chart-frame" style={{ height }} data-drawn={drawn ? 'true' : 'false'}>
      {drawn ? draw() : null}
    </div>
  );
}
