import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors } from './page-checks.ts';

/** Records Content-Security-Policy violations from the first script on (issue 7, Hardening). */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Every page the router knows (src/app/routes.ts), so a new page is checked too. */
const PAGES = [...readFileSync('src/app/routes.ts', 'utf8').matchAll(/path: '(\/[\w-]+)'/g)].map((m) => `/#${m[1]}`);

test('no request leaves the app’s origin while a data set is imported and the Ports and Recharge simulations run, and no CSP violation is reported', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  // Workers' requests are reported here too (their scripts and anything they fetch).
  page.on('request', (r) => requests.push(r.url()));
  const errors = collectErrors(page);
  await watchCsp(page);

  const policy = await (await page.request.get('/')).text();
  expect(policy).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self' data:;/);

  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles('scenarios/support-desk.csv');
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('dataset-name')).toContainText('support-desk.csv', { timeout: 30_000 });

  await page.goto('/#/ports');
  await expect(page.getByTestId('ports-run')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('ports-run').click();
  await expect(page.getByText(/^\s*Done: [\d,]+ months/)).toBeVisible({ timeout: 60_000 });

  await page.goto('/#/recharge');
  await expect(page.getByTestId('recharge-run')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: [\d,]+ simulated periods/)).toBeVisible({ timeout: 60_000 });

  // Every other page renders under the policy too; the sample roster is a small file Vite inlines as a data: URL.
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
  }
  await page.goto('/#/licenses');
  await page.getByTestId('roster-sample').click();
  await expect(page.getByTestId('roster-summary')).toBeVisible({ timeout: 15_000 });

  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('file names, column names and labels from a CSV show as text, never as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await watchCsp(page);
  await page.addInitScript(() => {
    // A fired handler would call alert; count calls even if a dialog were suppressed.
    (window as unknown as { __alerts: number }).__alerts = 0;
    window.alert = () => { (window as unknown as { __alerts: number }).__alerts++; };
  });
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });

  const csv = [
    `Start,Seconds,"Type ${hostile}","Agent ${hostile}"`,
    `2026-03-02 09:00:00,60,"${hostile}","${hostile}"`,
    `2026-03-02 09:01:00,30,"${hostile}",bob`,
    `2026-03-02 09:02:00,soon,call,"${hostile}"`,
  ].join('\n');
  const name = `${hostile}.csv`;
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('mapping-form')).toBeVisible();
  // The column names are on show in the mapping, as text.
  await expect(page.getByTestId('mapping-form')).toContainText(`Agent ${hostile}`);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('dataset-name')).toContainText(name, { timeout: 30_000 });
  await expect(page.getByTestId('rejected-table')).toBeVisible();

  // Visit the pages that show labels, users and the data set's name.
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
  }
  await page.goto('/#/data');
  await expect(page.getByTestId('dataset-name')).toContainText(name, { timeout: 30_000 });

  // No element was made from the text: no <img src="x"> anywhere, and no handler ran.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
