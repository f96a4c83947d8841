import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const base = 'http://127.0.0.1:4185/';
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(base);
await page.waitForSelector('text=Plan:');
console.log('url after load', page.url());
// edit: population
const pop = page.getByLabel('Population', { exact: true });
await pop.fill('250000');
await page.waitForTimeout(300);
// make a link to plan B via model in page? use the Copy link button's text field

await page.screenshot({ path: '/tmp/shots/1-planner.png', fullPage: false });
await page.getByRole('button', { name: 'New plan' }).first().click();
await page.waitForTimeout(300);
console.log('url after new', page.url());
await page.screenshot({ path: '/tmp/shots/2-new.png' });
await page.getByRole('button', { name: 'Your plans' }).first().click();
await page.waitForSelector('text=saved in this browser');
console.log('url plans', page.url());
await page.screenshot({ path: '/tmp/shots/3-plans.png', fullPage: true });
await page.getByRole('button', { name: /^Rename/ }).first().click();
await page.screenshot({ path: '/tmp/shots/4-rename.png', fullPage: true });
await page.keyboard.press('Escape');
await page.getByRole('button', { name: /^Delete/ }).first().click();
await page.waitForTimeout(200);
await page.screenshot({ path: '/tmp/shots/5-deleted.png', fullPage: true });
await page.goBack(); await page.waitForTimeout(300); console.log('after back', page.url(), await page.locator('h1').first().textContent());
await page.goForward(); await page.waitForTimeout(300); console.log('after fwd', page.url());
await page.reload(); await page.waitForTimeout(500); console.log('after reload', page.url(), await page.locator('caption').first().textContent());
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(base + '?view=plans'); await phone.waitForTimeout(800);
await phone.screenshot({ path: '/tmp/shots/6-phone-plans.png', fullPage: true });
await phone.goto(base); await phone.waitForTimeout(800);
await phone.screenshot({ path: '/tmp/shots/7-phone-planner.png' });
await browser.close();
