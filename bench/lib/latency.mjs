// Edit-to-screen latency in Chromium (playwright-core, the system browser): type a new population
// into the field and time, inside the page, from the input event to the frame that shows the new
// plan — the headline total reads the expected text and every chart has redrawn.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Installed in the page before each edit. t0: the first listener to see the input event (window,
 * capture phase). Headline: the total reads `expected`. Complete: that, and every chart's SVG in
 * the page differs from before the edit (checked on each DOM mutation). Each time is taken at the
 * next animation frame after the condition, plus a task: the frame carrying the change is out.
 * Charts inside `backgroundSelector` (results computed on purpose later, off the main thread:
 * the Monte Carlo ranges) are not part of "complete"; their own time is "background": redrawn
 * and no longer marked aria-busy. `laterSelector` (optional): an element of the sections the app
 * updates after the headline's frame; "later" is when it reads `expected` too.
 */
function armInPage({ totalSelector, chartSelector, backgroundSelector, laterSelector, expected, timeoutMs }) {
  const inBackground = (el) => Boolean(backgroundSelector && el.closest(backgroundSelector));
  const charts = (background) => [...document.querySelectorAll(chartSelector)].filter((svg) => inBackground(svg) === background).map((svg) => svg.outerHTML);
  const before = charts(false);
  const beforeBackground = charts(true);
  const total = () => document.querySelector(totalSelector)?.textContent?.trim() ?? '';
  window.__edit = new Promise((resolve) => {
    let t0 = null;
    const dom = {};
    const screen = {};
    const wanted = [...(beforeBackground.length > 0 ? ['headline', 'complete', 'background'] : ['headline', 'complete']), ...(laterSelector ? ['later'] : [])];
    const later = () => document.querySelector(laterSelector)?.textContent?.trim() === expected;
    const observer = new MutationObserver(check);
    const onInput = () => {
      if (t0 === null) t0 = performance.now();
      check();
    };
    const timer = setTimeout(() => finish({ timeout: true, total: total(), chartsChanged: changed(before, charts(false)), reached: Object.keys(dom) }), timeoutMs);
    window.addEventListener('input', onInput, { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    function changed(was, now) {
      return now.length === was.length && now.every((svg, i) => svg !== was[i]);
    }
    function backgroundDone() {
      if (!changed(beforeBackground, charts(true))) return false;
      return ![...document.querySelectorAll(backgroundSelector)].some((el) => el.matches('[aria-busy="true"]') || el.querySelector('[aria-busy="true"]'));
    }
    function reach(key) {
      if (dom[key] !== undefined) return;
      dom[key] = performance.now() - t0;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          screen[key] = performance.now() - t0;
          if (wanted.every((k) => screen[k] !== undefined)) finish({ dom, screen });
        };
        channel.port2.postMessage(null);
      });
    }
    function check() {
      if (t0 === null) return;
      if (dom.headline === undefined && total() === expected) reach('headline');
      if (dom.headline !== undefined && dom.complete === undefined && changed(before, charts(false))) reach('complete');
      if (wanted.includes('background') && dom.complete !== undefined && dom.background === undefined && backgroundDone()) reach('background');
      if (wanted.includes('later') && dom.headline !== undefined && dom.later === undefined && later()) reach('later');
      if (wanted.every((k) => dom[k] !== undefined)) observer.disconnect();
    }
    function finish(result) {
      clearTimeout(timer);
      observer.disconnect();
      resolve(result);
    }
  });
}

/**
 * A page of one target, ready for edits: { name, url, inputLabel, totalSelector, chartSelector,
 * expectedTotal(population) }. Each context is fresh (nothing saved) with service workers blocked,
 * so every target is measured as on a first visit.
 */
export async function openTarget(browser, target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(target.url);
  await page.waitForSelector(target.totalSelector);
  await page.waitForFunction(({ sel, min }) => document.querySelectorAll(sel).length >= min, { sel: target.chartSelector, min: target.minCharts ?? 1 });
  if (target.backgroundSelector) {
    // The background result (Monte Carlo) arrives a moment after the first paint; wait for it once.
    await page
      .waitForFunction(
        ({ charts, background }) => [...document.querySelectorAll(charts)].some((svg) => svg.closest(background) && !svg.closest('[aria-busy="true"]')),
        { charts: target.chartSelector, background: target.backgroundSelector },
        { timeout: 20_000 },
      )
      .catch(() => undefined);
  }
  const field = page.getByRole('textbox', { name: target.inputLabel, exact: true });
  const samples = { headline: [], headlineDom: [], complete: [], completeDom: [], background: [], later: [] };
  return {
    target,
    samples,
    /** Types `population`; records the sample unless `warmup`. */
    async edit(population, warmup = false) {
      const expected = target.expectedTotal(population);
      await page.evaluate(armInPage, { totalSelector: target.totalSelector, chartSelector: target.chartSelector, backgroundSelector: target.backgroundSelector ?? null, laterSelector: target.laterSelector ?? null, expected, timeoutMs: 10_000 });
      await field.fill(String(population));
      const result = await page.evaluate(() => window.__edit);
      if (result.timeout) {
        throw new Error(
          `${target.name}: population ${population} did not reach the screen within 10 s (total "${result.total}", expected "${expected}"; every chart redrawn: ${result.chartsChanged}; reached: ${result.reached.join(', ') || 'nothing'})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        );
      }
      if (!warmup) {
        samples.headline.push(result.screen.headline);
        samples.headlineDom.push(result.dom.headline);
        samples.complete.push(result.screen.complete);
        samples.completeDom.push(result.dom.complete);
        if (result.screen.background !== undefined) samples.background.push(result.screen.background);
        if (result.screen.later !== undefined) samples.later.push(result.screen.later);
      }
    },
    chartCount: () => page.evaluate((sel) => document.querySelectorAll(sel).length, target.chartSelector),
    backgroundChartCount: () =>
      target.backgroundSelector ? page.evaluate(({ charts, background }) => [...document.querySelectorAll(charts)].filter((svg) => svg.closest(background)).length, { charts: target.chartSelector, background: target.backgroundSelector }) : 0,
    domElements: () => page.evaluate(() => document.getElementsByTagName('*').length),
    close: () => context.close(),
  };
}

export async function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
