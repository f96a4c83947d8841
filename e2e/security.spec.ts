// Security of the built app (issue 7): a Content-Security-Policy with no inline script and no eval,
// no request to anyone but the app's own origin during a whole session (the exceljs chunk
// included), and hostile text typed as a place name stays text — on the page and in the files.
import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openPlanner } from './planner';

const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const HOSTILE_FORMULA = '=HYPERLINK("http://x")';

interface Watch {
  requests: string[];
  consoleCsp: string[];
  dialogs: string[];
}

/** Records every request the context makes (pages and service worker), CSP console messages and dialogs. */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const w: Watch = { requests: [], consoleCsp: [], dialogs: [] };
  context.on('request', (request) => w.requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy|Refused to/i.test(message.text())) w.consoleCsp.push(message.text());
  });
  page.on('dialog', (dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Runs before the app's scripts; the policy reports every refusal as an event.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`), true);
  });
  return w;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const u = new URL(url);
    // A download is a blob: URL made by the page; its origin is the page's.
    const own = u.protocol === 'blob:' ? new URL(u.pathname).origin : u.origin;
    return own !== origin;
  });
}

async function download(page: Page, label: string) {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('the built page carries a Content-Security-Policy with no inline script and no eval, and has no inline scripts', async ({ page }) => {
  await openPlanner(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('a whole session — load, type, a city, the exports menu, the workbook (exceljs) and a CSV — asks only the app’s own origin and breaks no CSP rule', async ({ page, context, baseURL }) => {
  const w = await watch(context, page);
  const p = await openPlanner(page);
  const origin = new URL(baseURL ?? page.url()).origin;

  await p.population.fill('450000');
  await p.cityPreset.fill('Detroit');
  await page.getByRole('option', { name: /^Detroit, MI\b/ }).click();
  await expect(p.total).toBeVisible();
  const xlsx = await download(page, 'Excel workbook with live formulas (.xlsx)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook was really written
  const csv = await download(page, 'Staffing table (.csv)');
  expect(csv.name).toMatch(/staffing\.csv$/);

  // The exceljs chunk was fetched — from this origin — so the recorder did see the lazy load.
  expect(w.requests.some((url) => /\/assets\/exceljs[^/]*\.js$/.test(url))).toBe(true);
  expect(foreign(w.requests, origin)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(w.consoleCsp).toEqual([]);

  // The policy is live, not decorative: an inline script is refused, and the refusal is reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
});

test('a hostile place name is shown as text, creates no element, opens no dialog, and is neutralised in the files', async ({ page, context }) => {
  const w = await watch(context, page);
  const p = await openPlanner(page);
  const placeName = page.getByRole('textbox', { name: 'Place name', exact: true });

  await placeName.fill(HOSTILE_HTML);
  await expect(page.getByRole('heading', { level: 2, name: `${HOSTILE_HTML}, VA: Shooting-informed plan` })).toBeVisible();
  expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);

  await placeName.fill(HOSTILE_FORMULA);
  await expect(page.getByRole('heading', { level: 2, name: `${HOSTILE_FORMULA}, VA: Shooting-informed plan` })).toBeVisible();
  await expect(p.total).toBeVisible();

  // The staffing CSV: no text cell a spreadsheet would run as a formula; the file name is cleaned.
  const csv = await download(page, 'Staffing table (.csv)');
  expect(csv.name).not.toMatch(/[<>="()]/);
  const cells = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .flatMap((line) => line.split(','));
  expect(cells.filter((cell) => /^"?[=+@]/.test(cell) || /^"?-[^\d]/.test(cell))).toEqual([]);

  // The workbook does carry the place name: as a text cell, never a formula.
  const xlsx = await download(page, 'Excel workbook with live formulas (.xlsx)');
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const holding: { type: number; formula: string | undefined; text: string }[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' ? cell.value.includes('HYPERLINK') : cell.formula?.includes('HYPERLINK')) {
          holding.push({ type: cell.type, formula: cell.formula, text: cell.text });
        }
      }),
    ),
  );
  expect(holding.length).toBeGreaterThan(0);
  for (const cell of holding) {
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  }

  expect(w.dialogs).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
