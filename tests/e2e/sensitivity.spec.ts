import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectErrors, defaultScenario, paintedPixels, setNumber } from './page-checks.ts';

test('the Report page’s tornado takes apart a Ports answer on the default scenario: progress, cancel, the chart and its table', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/#/report');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });

  const card = page.getByTestId('sensitivity');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Sensitivity: what moves the Recharge answer');
  await page.getByTestId('sensitivity-output').selectOption('ports:busyHourBlocking');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Sensitivity: what moves the Ports answer');
  await expect(card).toContainText('Not run yet: 9 runs of the Flex Port simulation with the Ports page’s inputs.');

  // A first run, cancelled once under way: nothing is drawn from it.
  await setNumber(page, 'sensitivity-reps', 200);
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('sensitivity-status')).toContainText(/Ports: run \d of 9…/, { timeout: 30_000 });
  await expect(page.getByTestId('sensitivity-progress')).toBeVisible();
  await page.getByTestId('sensitivity-cancel').click();
  await expect(page.getByTestId('sensitivity-status')).toContainText(/Ports: cancelled after \d of 9 runs/);
  await expect(page.getByTestId('sensitivity-tornado')).toHaveCount(0);

  // Then a small one to the end: one bar per input, and the same numbers as a table.
  await setNumber(page, 'sensitivity-reps', 10);
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('sensitivity-tornado')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => paintedPixels(page, 'sensitivity-tornado'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(card).toContainText(/blocking and errors read at \d+ ports, the base run’s recommendation/);

  const details = page.getByTestId('sensitivity-tornado-table');
  await details.getByText('Show the numbers as a table').click();
  const table = details.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Busiest-hour blocking at the recommended ports with each input at its low and its high value; base run');
  await expect(table.getByRole('columnheader')).toHaveText(['Input', 'Low value', 'Output at low', 'High value', 'Output at high', 'Swing']);
  await expect(table.locator('tbody tr')).toHaveCount(4);
  for (const input of ['Volume growth, %', 'Mean holding time', 'Arrival volume', 'Retried share of blocked attempts, %']) {
    await expect(table.getByRole('rowheader', { name: input, exact: true })).toBeVisible();
  }

  // The card, its chart and the open table: no serious WCAG 2 A/AA violation.
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="sensitivity"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Another output of the same runs redraws at once, without running again.
  await page.getByTestId('sensitivity-output').selectOption('ports:recommendedPorts');
  await expect(page.getByTestId('sensitivity-run')).toHaveText('Run the tornado');
  await expect(details.locator('caption')).toContainText('Recommended number of ports');

  await page.screenshot({ path: 'test-results/sensitivity-ports.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the tornado takes apart a Storage answer too, with the data set’s recordings', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto('/#/report');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  await page.getByTestId('sensitivity-output').selectOption('storage:feeHorizon');
  const card = page.getByTestId('sensitivity');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Sensitivity: what moves the Storage answer');
  await setNumber(page, 'sensitivity-reps', 20);
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('sensitivity-tornado')).toBeVisible({ timeout: 60_000 });
  const details = page.getByTestId('sensitivity-tornado-table');
  await details.getByText('Show the numbers as a table').click();
  await expect(details.locator('caption')).toContainText('Storage fee over the whole forecast, doing nothing');
  await expect(details.locator('tbody tr')).toHaveCount(6);
  expect(errors).toEqual([]);
});
