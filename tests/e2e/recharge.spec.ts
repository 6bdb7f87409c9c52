import { test, expect } from '@playwright/test';
import { collectErrors, defaultScenario, paintedPixels, setNumber } from './page-checks.ts';

test('the Recharge page states the rule for the default scenario, simulates with progress, draws the fan chart and the tuner heatmap', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/recharge');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });

  // The rule in plain words, from the last complete month of the data (October 2026).
  const rule = page.getByTestId('recharge-rule');
  await expect(rule).toContainText(/Last month \(October 2026\): 31 days, \$[\d,]+\.\d\d used → \$[\d,]+\.\d\d recharge \(14 days of usage\) when the balance falls to \$[\d,]+\.\d\d \(5 days\) or below/, { timeout: 30_000 });
  await expect.poll(() => paintedPixels(page, 'recharge-daily-chart'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(page.getByTestId('recharge-backtest')).toContainText(/recharges? \(\$[\d,]+\.\d\d billed\)/);

  // A long run to watch and cancel; the estimate so far stays.
  await setNumber(page, 'recharge-months', 12);
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'recharge-replications', 40_000);
  await page.getByTestId('recharge-run').click();
  const progress = page.getByTestId('recharge-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByTestId('recharge-cancel').click();
  await expect(page.getByText(/Cancelled after [\d,]+ of 40,000 simulated periods/)).toBeVisible();

  // A rerun runs to the end and shows the answer.
  await setNumber(page, 'recharge-replications', 1000);
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: 1,000 simulated periods/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('recharge-pzero')).toHaveText(/\d+\.\d\s?%/);
  await expect(page.getByTestId('recharge-count')).toHaveText(/\d+\.\d/);
  await expect.poll(() => paintedPixels(page, 'recharge-fan'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(page.getByTestId('recharge-months-table').locator('tbody tr')).toHaveCount(12);

  // The tuner: the grid of settings with the platform's 14/5 marked.
  await page.getByTestId('tuner-run').click();
  const heatmap = page.getByTestId('tuner-heatmap');
  await expect(heatmap).toBeVisible({ timeout: 60_000 });
  await expect(heatmap.locator('td.grid-heatmap__cell')).toHaveCount(28 * 10);
  await expect(heatmap.locator('td[data-marks~="platform"]')).toHaveCount(1);
  await expect(page.getByTestId('tuner-answer')).toContainText(/platform’s 14\/5/);

  await page.screenshot({ path: 'test-results/recharge-page.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('with a slow card, growth makes running out more likely; the form survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/recharge');
  await expect(page.getByTestId('recharge-rule')).toBeVisible({ timeout: 30_000 });
  const pZero = async () => Number((await page.getByTestId('recharge-pzero').innerText()).replace(/[^\d.]/g, ''));
  // Money lands 4 days after the charge: the 5-day threshold covers it while usage is flat...
  await setNumber(page, 'recharge-delay', 96);
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: [\d,]+ simulated periods/)).toBeVisible({ timeout: 60_000 });
  const flat = await pZero();
  // ...but not when usage grows 60 % a month, since the rule lags a month behind.
  await setNumber(page, 'recharge-growth', 60);
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: [\d,]+ simulated periods/)).toBeVisible({ timeout: 60_000 });
  await expect.poll(pZero).toBeGreaterThan(flat + 20);

  await page.reload();
  await expect(page.getByTestId('recharge-growth')).toHaveValue('60', { timeout: 30_000 });
  expect(errors).toEqual([]);
});
