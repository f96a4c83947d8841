// @vitest-environment jsdom
// "Copy link": the link on the clipboard opens the same plan.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePlanLink, makePlanDocument } from '../../src/model';
import { usePlanner } from '../../src/state/store';
import { resetStores } from '../state/support/resetStores';
import { UI_TEST_TIMEOUT, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Copy link', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given an edited plan, when "Copy link" is clicked, then the copied link decodes to that plan’s inputs and assumptions', async () => {
    const { user } = renderApp(); // user-event installs a clipboard for the page
    await replaceText(user, screen.getByRole('textbox', { name: 'Place name' }), 'Zürich – Δ');
    await replaceText(user, screen.getByRole('textbox', { name: 'Population' }), '421878');
    usePlanner.getState().setOverride('fringeRate', 0.28);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    const copied = await navigator.clipboard.readText();
    expect(screen.getByRole('textbox', { name: 'Link to this plan' })).toHaveValue(copied);
    expect(screen.getByText(/^Link copied\./)).toHaveAttribute('role', 'status');
    const { input, overrides } = usePlanner.getState();
    expect(input.placeName).toBe('Zürich – Δ');
    expect(decodePlanLink(new URL(copied).hash)).toEqual({ ok: true, doc: makePlanDocument(input, overrides), warnings: [] });
  });

  it('given a browser that refuses the clipboard, when "Copy link" is clicked, then the link is shown to copy by hand and the status says so', async () => {
    const { user } = renderApp();
    await replaceText(user, screen.getByRole('textbox', { name: 'Population' }), '421878');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await screen.findByText('Copy the link below (your browser did not allow copying automatically).')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/^Link copied\./)).not.toBeInTheDocument();
    const shown = screen.getByRole('textbox', { name: 'Link to this plan' });
    const { input, overrides } = usePlanner.getState();
    expect(decodePlanLink(new URL((shown as HTMLInputElement).value).hash)).toEqual({ ok: true, doc: makePlanDocument(input, overrides), warnings: [] });
  });
});
