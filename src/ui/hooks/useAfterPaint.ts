import { startTransition, useEffect, useState } from 'react';

type PostTask = (task: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<void>;

/** True under React's act() (the unit tests), which flushes deferred renders but not frames or timers. */
const inActEnvironment = () => (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true;

/**
 * `value`, brought up to date only after the browser has painted the frame that carries the
 * urgent part of an update (the headline after a keystroke), then as a transition React can
 * interrupt. useDeferredValue starts its work right after the urgent commit, which delayed that
 * frame by the lower sections' render (bench/FINDINGS.md). Under act() — the unit tests, where no
 * frame is ever painted — the transition starts from the effect at once, and act() completes it
 * before it returns.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const act = inActEnvironment();
  useEffect(() => {
    if (Object.is(shown, value)) return;
    if (act) {
      startTransition(() => setShown(value));
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const frame = requestAnimationFrame(() => {
      // After this frame is painted: a background task, so the browser's own work comes first.
      const update = () => startTransition(() => setShown(value));
      const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
      if (postTask) {
        controller = new AbortController();
        postTask.call((globalThis as unknown as { scheduler: unknown }).scheduler, update, { priority: 'background', signal: controller.signal }).catch(() => undefined);
      } else {
        timer = setTimeout(update, 0);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      controller?.abort();
    };
  }, [act, value, shown]);
  return shown;
}
