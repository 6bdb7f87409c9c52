import { test, expect } from '@playwright/test';
import { collectErrors, defaultScenario, paintedPixels, setNumber } from './page-checks.ts';

test('the Storage page forecasts the default scenario: progress, cancel, rerun, the answer, the chart, the savings and the invoice', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/storage');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  // The recordings are measured from the data set before anything runs.
  await expect(page.getByTestId('storage-source')).toContainText(/From your data: [\d,]+ recorded minutes a month, \d+ KB per minute/, { timeout: 30_000 });
  await expect(page.getByTestId('storage-run')).toBeEnabled();

  // Many futures, so the run lasts long enough to watch it and cancel it.
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'storage-replications', 20_000);
  await page.getByTestId('storage-run').click();
  const progress = page.getByTestId('storage-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: /estimate so far/ })).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('storage-cancel').click();
  await expect(page.getByTestId('storage-cancel')).toBeHidden();
  await expect(page.getByText(/Cancelled after [\d,]+ of 20,000 simulated futures/)).toBeVisible();

  // A rerun with the scenario's 200 futures runs to the end.
  await setNumber(page, 'storage-replications', 200);
  await page.getByTestId('storage-run').click();
  await expect(page.getByText(/^\s*Done: 200 simulated futures/)).toBeVisible({ timeout: 60_000 });

  await expect(page.getByTestId('storage-answer')).toContainText(/the fee first appears in \w+ \d{4}/);
  await expect(page.getByTestId('storage-answer')).toContainText(/Saves most: /);
  await expect(page.getByTestId('storage-fee12')).toContainText(/\$[\d,]+/);
  await expect.poll(() => paintedPixels(page, 'storage-chart'), { timeout: 15_000 }).toBeGreaterThan(5_000);
  await expect.poll(() => paintedPixels(page, 'storage-fee-chart'), { timeout: 15_000 }).toBeGreaterThan(2_000);

  const savings = page.getByTestId('storage-savings');
  for (const variant of ['none', 'purge', 'retention', 'partialLists', 'combined']) {
    await expect(savings.locator(`tr[data-variant="${variant}"]`)).toHaveCount(1);
  }
  await expect(savings.locator('tr[data-variant="combined"]')).toContainText('All three together');
  await expect(savings.locator('tr[data-variant="retention"]')).toContainText(/\$[\d,]+/);

  await expect(page.getByTestId('storage-invoice')).toContainText(/Coming month: \w+ \d{4}/);
  await expect(page.getByTestId('storage-invoice')).toContainText(/× \$15\.00/);
  await expect(page.getByTestId('storage-invoice-first')).toContainText(/First month billed[\s\S]*blocks? of 10 GB × \$15\.00/);

  expect(errors).toEqual([]);
});
