import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors } from './page-checks.ts';

const scenarioIndex = JSON.parse(readFileSync('scenarios/index.json', 'utf8')) as { default: string };
const defaultScenario = JSON.parse(readFileSync(`scenarios/${scenarioIndex.default}.json`, 'utf8')) as { data: string };

/** Types a number into a field and commits it, as a person leaving the field would. */
async function setNumber(page: Page, testId: string, value: number): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(String(value));
  await field.press('Tab');
}

const item = (page: Page, name: string) => page.locator(`[data-testid="scenario-item"][data-name="${name}"]`);

test('scenarios: create, edit, save, reload, duplicate, compare, share into a fresh profile, export and re-import', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await page.goto('/#/recharge');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  // Few replications keep the comparison quick.
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'recharge-replications', 200);

  // Create from the current inputs.
  await page.goto('/#/scenarios');
  await page.getByTestId('scenario-new-name').fill('Base');
  await page.getByTestId('scenario-create').click();
  await expect(item(page, 'Base')).toBeVisible();
  await expect(page.getByTestId('workbench-scenario-name')).toHaveText('Base');

  // Duplicate, rename the copy, open it, change a Recharge input and save it into the scenario.
  await item(page, 'Base').getByTestId('scenario-duplicate').click();
  const copy = item(page, 'Base (copy)');
  await expect(copy).toBeVisible();
  await copy.getByTestId('scenario-name-input').fill('Growth');
  await copy.getByTestId('scenario-name-input').press('Tab');
  await expect(item(page, 'Growth')).toBeVisible();
  await item(page, 'Growth').getByTestId('scenario-notes').fill('Usage grows 40 % a month');
  await item(page, 'Growth').getByTestId('scenario-notes').press('Tab');
  await item(page, 'Growth').getByTestId('scenario-open').click();
  await expect(page.getByTestId('workbench-scenario-name')).toHaveText('Growth');
  await page.goto('/#/recharge');
  await setNumber(page, 'recharge-growth', 40);
  await page.goto('/#/scenarios');
  await item(page, 'Growth').getByTestId('scenario-update').click();
  await expect(page.getByTestId('scenario-notice')).toContainText('Updated “Growth” from the current inputs');

  // After a reload both are still there, Growth still active with its notes.
  await page.reload();
  await expect(item(page, 'Growth')).toBeVisible({ timeout: 15_000 });
  await expect(item(page, 'Base')).toBeVisible();
  await expect(item(page, 'Growth').getByTestId('scenario-active')).toBeVisible();
  await expect(item(page, 'Growth').getByTestId('scenario-notes')).toHaveValue('Usage grows 40 % a month');
  await expect(page.getByTestId('workbench-scenario-name')).toHaveText('Growth');

  // Compare the two on the Recharge page: the table shows both with a difference, on common random numbers.
  await item(page, 'Base').getByTestId('scenario-compare-pick').check();
  await item(page, 'Growth').getByTestId('scenario-compare-pick').check();
  for (const p of ['ports', 'storage', 'contract']) await page.getByTestId(`compare-page-${p}`).uncheck();
  await page.getByTestId('compare-run').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table.getByTestId('compare-head')).toHaveText(['Base', 'Growth']);
  await expect(table.locator('tr[data-metric="recharges"] [data-testid="compare-diff"]')).toHaveText(/^\+[\d.]+ \(\+[\d.]+ %\)$/);
  await expect(page.getByTestId('same-seed')).toContainText('Same seed: common random numbers, so differences come from the inputs, not chance.');
  await expect(page.getByTestId('compare-chart')).toBeVisible();
  // The forms are back as they were: Growth's.
  await expect(page.getByTestId('workbench-scenario-name')).toHaveText('Growth');
  await page.goto('/#/recharge');
  await expect(page.getByTestId('recharge-growth')).toHaveValue('40');
  await page.goto('/#/scenarios');

  // Share by URL into a fresh profile: the scenario is added and the page says so.
  await item(page, 'Growth').getByTestId('scenario-share').click();
  const url = await page.getByTestId('share-link').inputValue();
  expect(url).toMatch(/#\/scenarios\?share=[A-Za-z0-9+\-$]+$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(url);
  await expect(other.getByTestId('scenario-notice')).toContainText('Added “Growth” from a shared link. Your own scenarios are unchanged.', { timeout: 30_000 });
  await expect(item(other, 'Growth')).toBeVisible();
  await expect(item(other, 'Growth').getByTestId('scenario-notes')).toHaveValue('Usage grows 40 % a month');
  await fresh.close();
  expect(otherErrors).toEqual([]);

  // Export as JSON and import it back: added beside the original, which is untouched.
  const [download] = await Promise.all([page.waitForEvent('download'), item(page, 'Growth').getByTestId('scenario-export').click()]);
  expect(download.suggestedFilename()).toBe('Growth.headroom.json');
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ version: 2, name: 'Growth', pages: { recharge: { growthPct: 40 } } });
  await page.getByTestId('scenario-import-file').setInputFiles({ name: 'Growth.headroom.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(item(page, 'Growth (copy)')).toBeVisible();
  await expect(item(page, 'Growth')).toBeVisible();
  // A file from a newer Headroom is refused with the reason, and nothing changes.
  await page.getByTestId('scenario-import-file').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(exported), version: 3 })) });
  await expect(page.getByTestId('scenario-import-error')).toContainText('future.json: $.version: this scenario is version 3');
  await expect(page.getByTestId('scenario-item')).toHaveCount(3);

  expect(errors).toEqual([]);
});
