import { test, expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, defaultScenario, paintedPixels, setNumber } from './page-checks.ts';

async function download(page: Page, testId: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

test('the Recharge results leave the app as CSV and PNG, the report gathers them and prints to PDF, and a tornado runs', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/#/recharge');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  await expect(page.getByTestId('recharge-rule')).toBeVisible({ timeout: 30_000 });

  await page.getByText('Simulation settings').click();
  await setNumber(page, 'recharge-replications', 300);
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: 300 simulated periods/)).toBeVisible({ timeout: 60_000 });

  // The per-month table as CSV: a header, one CRLF line per month, no cell a spreadsheet would run.
  const csv = await download(page, 'recharge-months-csv');
  expect(csv.file.suggestedFilename()).toMatch(/^headroom-recharge-months-\d{4}-\d\d-\d\d\.csv$/);
  const text = csv.bytes.toString('utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('month,p_zero_mean,p_zero_lo95,p_zero_hi95');
  expect(lines.at(-1)).toBe('');
  expect(lines.length - 2).toBe(await page.getByTestId('recharge-months-table').locator('tbody tr').count());
  for (const cell of lines.flatMap((l) => l.split(','))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  // The fan chart as PNG: a real PNG file of some size, named after the chart and the day.
  await expect.poll(() => paintedPixels(page, 'recharge-fan'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  const png = await download(page, 'recharge-fan-png');
  expect(png.file.suggestedFilename()).toMatch(/^headroom-recharge-fan-\d{4}-\d\d-\d\d\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(10_000);

  // The report, in the same session: the recharge answer in words, the pages not run say so.
  await page.evaluate(() => { location.hash = '#/report'; });
  await expect(page.getByRole('heading', { name: 'Headroom report' })).toBeVisible();
  await expect(page.getByTestId('report-meta')).toContainText(/Headroom \d+\.\d+\.\d+/);
  await expect(page.getByTestId('report-recharge-answer')).toContainText(/chance the dialer stops \d+\.\d\s?%/);
  await expect(page.getByTestId('report-ports').getByTestId('report-not-run')).toContainText('Not run yet');
  await expect.poll(() => paintedPixels(page, 'report-recharge-fan'), { timeout: 15_000 }).toBeGreaterThan(2_000);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  // The tornado: 13 modest runs with progress, then one bar per input.
  await setNumber(page, 'sensitivity-reps', 60);
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('sensitivity-tornado')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => paintedPixels(page, 'sensitivity-tornado'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(page.getByTestId('sensitivity-tornado')).toContainText(/Recharge days/);
  await page.getByTestId('sensitivity-output').selectOption('recharge:pZero');
  await expect(page.getByTestId('sensitivity-tornado')).toContainText(/Chance the dialer stops/);

  await page.screenshot({ path: 'test-results/report-page.png', fullPage: true });
  expect(errors).toEqual([]);
});
