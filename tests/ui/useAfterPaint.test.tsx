// @vitest-environment jsdom
// useAfterPaint outside act(), as in the browser: the value it returns moves only after a frame
// has been painted (requestAnimationFrame, then a task), and a newer value replaces a pending one.
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/ui/hooks/useAfterPaint';

function Shown({ value }: { value: number }) {
  const later = useAfterPaint(value);
  return (
    <p>
      now {value} later {later}
    </p>
  );
}

describe('useAfterPaint in a browser (no act)', () => {
  let frames: FrameRequestCallback[] = [];
  let root: Root;
  let host: HTMLElement;
  const actFlag = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;

  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
    vi.unstubAllGlobals();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined }).IS_REACT_ACT_ENVIRONMENT = actFlag;
  });

  const text = () => host.textContent;
  const paintFrame = () => {
    const due = frames;
    frames = [];
    for (const cb of due) cb(performance.now());
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('shows the new value at once where it is urgent, and later only after a painted frame', async () => {
    flushSync(() => root.render(<Shown value={1} />));
    expect(text()).toBe('now 1 later 1');
    flushSync(() => root.render(<Shown value={2} />));
    await settle();
    expect(text()).toBe('now 2 later 1'); // no frame yet: the lower part waits
    paintFrame();
    // React commits the deferred render on its own schedule; on a loaded machine that can take
    // longer than one settle, so wait for it (the test fails if it never comes).
    await vi.waitFor(() => expect(text()).toBe('now 2 later 2'));
  });

  it('skips a value that was replaced before its frame', async () => {
    flushSync(() => root.render(<Shown value={1} />));
    flushSync(() => root.render(<Shown value={2} />));
    flushSync(() => root.render(<Shown value={3} />));
    await settle();
    expect(text()).toBe('now 3 later 1');
    paintFrame();
    await vi.waitFor(() => expect(text()).toBe('now 3 later 3'));
  });
});
