// Offline after the first visit (issue 7): the service worker (public/sw.js) caches the app, so
// with the network cut a reload still opens the planner and it still plans.
import { expect, test } from '@playwright/test';
import { expectedPlan, usd } from './methodology';
import { openPlanner, planner } from './planner';

test('after the first visit the planner opens and plans with the network cut', async ({ page, context }) => {
  await openPlanner(page);
  // The worker installs (caching the shell and every built file), activates and claims the page.
  // (Waited for inside the page: the earlier waitForFunction over an async predicate returned
  // while the worker was still installing, so the test raced the install once the page got faster.)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker) throw new Error('no active service worker');
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });

  await context.setOffline(true);
  // The network really is cut: a request that the worker does not answer fails. Polled: on a loaded
  // machine Chromium applies the offline state to the worker's own fetches a moment later (one CI
  // run saw the first probe answered); a network that is never cut still fails the test.
  const probe = () =>
    page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.txt`).then(
        () => 'answered',
        () => 'failed',
      ),
    );
  await expect.poll(probe, { timeout: 5_000 }).toBe('failed');

  await page.reload();
  const p = planner(page);
  await expect(p.total).toBeVisible();
  await p.population.fill('300000');
  await expect(p.total).toHaveText(usd(expectedPlan({ population: 300_000, nonfatalShootings: null, preset: 'shooting-informed' }).total));
  await expect(p.staffingTable).toBeVisible();

  // Even the parts loaded on demand are there: the print layout's chunk was cached at install.
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Community violence intervention ecosystem: / })).toBeVisible();
  await context.setOffline(false);
});
