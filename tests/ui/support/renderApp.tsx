// Render the whole planner as a person sees it, with a user-event session.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../../src/ui/app/App';
import { startNavigation } from '../../../src/ui/app/navigation';
// jsdom's label lookup, made fast with the same answers: see fastLabels.ts.
import './fastLabels';

export function renderApp() {
  const user = userEvent.setup({ delay: null });
  // As main.tsx does before the first render: the address's page and plan, or a share link's.
  startNavigation();
  const view = render(<App />);
  return { user, ...view };
}

/**
 * The headline total. The stat is a <dt>/<dd> pair whose <dd> also holds the "?" button, so the
 * figure itself is reached through its test id (no role or label isolates the number alone).
 */
export function headlineTotal(): string {
  return screen.getByTestId('stat-total').textContent ?? '';
}

/** Replace a text field's whole value in one edit, as a paste over a selection does. */
export async function replaceText(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.tripleClick(field);
  await user.paste(text);
}

/**
 * Enter text where user.type would put it — a click on the field (focus, caret at the end of its
 * value), then the text — but as one paste: one input event and one onChange with the whole text,
 * instead of keydown/keypress/input/keyup and a re-render per character. For a field the test only
 * fills in; keep user.type where the keystrokes themselves are under test.
 */
export async function enterText(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/**
 * jsdom has no layout: every element measures 0×0 and there is no ResizeObserver. With the
 * `responsive` prop recharts then keeps the size it parsed from the CSS (`width: '100%'` reads
 * as 100 px), which is narrower than the staffing chart's 190 px category axis, so no bar is drawn.
 * This gives the chart wrappers the size a browser would measure — recharts itself runs for real.
 */
export function giveChartsALayout(width = 800): void {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', NoopResizeObserver);
  const original = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (!this.classList.contains('recharts-wrapper')) return original.call(this);
    const height = Number.parseFloat(this.style.height) || 0;
    return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) } as DOMRect;
  });
}

/**
 * A whole-app render with user-event takes a few seconds on a busy machine; the default 5 s
 * timeout made these tests flaky under load. This is a ceiling, not a timing assertion.
 */
export const UI_TEST_TIMEOUT = 60_000;
