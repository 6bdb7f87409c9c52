import { test, expect } from '@playwright/test';
import { collectErrors, paintedPixels } from './page-checks.ts';
import { readFileSync } from 'node:fs';

const scenarioIndex = JSON.parse(readFileSync('scenarios/index.json', 'utf8')) as { default: string };
const defaultScenario = JSON.parse(readFileSync(`scenarios/${scenarioIndex.default}.json`, 'utf8')) as { name: string };

test('the app opens on the default scenario with its concurrency chart drawn and no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('scenario-name')).toContainText(defaultScenario.name, { timeout: 30_000 });
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => paintedPixels(page, 'concurrency-chart'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(page.getByTestId('port-table')).toBeVisible();
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await page.screenshot({ path: 'test-results/default-scenario.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('a sample export uploaded through the file input is mapped, imported, and its rejected rows listed with line numbers', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles('scenarios/support-desk.csv');
  await expect(page.getByTestId('mapping-form')).toBeVisible();
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('dataset-name')).toContainText('support-desk.csv', { timeout: 30_000 });
  const rejected = page.getByTestId('rejected-table');
  await expect(rejected).toBeVisible();
  // Every listed problem names a physical line of the file.
  const lines = await rejected.locator('tbody tr td:first-child').allTextContents();
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(Number(l.replace(/[^0-9]/g, ''))).toBeGreaterThan(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('download-rejected').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\n')[0]).toMatch(/^line,column,reason,value/);
  await expect(page.getByTestId('concurrency-chart')).toBeVisible();
  await page.screenshot({ path: 'test-results/uploaded-export.png', fullPage: true });
  expect(errors).toEqual([]);
});

/** A large export made from a sample's rows repeated, so an import lasts long enough to watch. */
function bigExport(): Buffer {
  const text = readFileSync('scenarios/outbound-team.csv', 'utf8').trimEnd();
  const [header, ...rows] = text.split('\n');
  const body = rows.join('\n');
  const parts = [header];
  for (let copies = 0; copies < 12; copies++) parts.push(body);
  return Buffer.from(parts.join('\n') + '\n');
}

test('a long import shows progress, can be cancelled, and leaves the previous data set in place', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/data');
  await expect(page.getByTestId('dataset-name')).not.toBeEmpty({ timeout: 30_000 });
  const before = await page.getByTestId('dataset-name').textContent();
  await page.getByTestId('file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigExport() });
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('cancel-import').click();
  await expect(page.getByTestId('import-progress')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId('dataset-name')).toHaveText(before!);
  // The app is still usable: the same import now runs to the end.
  await page.getByTestId('file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigExport() });
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('dataset-name')).toContainText('big.csv', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('after a reload the imported data set is still there', async ({ page }) => {
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles('scenarios/mixed-team.csv');
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('dataset-name')).toContainText('mixed-team.csv', { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId('dataset-name')).toContainText('mixed-team.csv', { timeout: 30_000 });
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
});

test('pages are reachable by their own URL and by keyboard', async ({ page }) => {
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused.trim().length).toBeGreaterThan(0);
});

test('a broken file gets one clear message and the app stays usable', async ({ page }) => {
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('not,a\u0000csv\xff\xfe', 'latin1') });
  await expect(page.getByTestId('error-message')).toContainText(/binary|not a text/i);
  await expect(page.getByTestId('concurrency-chart')).toBeVisible();
});
