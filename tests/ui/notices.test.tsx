// @vitest-environment jsdom
// Saved data that could not be opened is announced on screen with a way to download it.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, usePlanner } from '../../src/state/store';
import { resetStores } from '../state/support/resetStores';
import { NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, headlineTotal, renderApp } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('Notices', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given damaged saved data, when the planner opens, then an alert offers the data for download and the default plan shows', async () => {
    const raw = '{"state":{"doc":';
    localStorage.setItem(STORAGE_KEY, raw);
    await usePlanner.persist.rehydrate();
    // jsdom has no object URLs and does not navigate: record what the download would save.
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:saved-plan'), revokeObjectURL: () => {} });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const { user } = renderApp();

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your saved plans library could not be opened (it is damaged). It was set aside, not deleted, and the default plan is shown.');
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
    await user.click(within(alert).getByRole('button', { name: 'Download the saved data' }));
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['saved-plans-set-aside.json', 'blob:saved-plan']]);
    expect(await blobs[0]?.text()).toBe(raw);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
