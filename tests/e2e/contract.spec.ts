import { test, expect } from '@playwright/test';
import { collectErrors, paintedPixels, setNumber } from './page-checks.ts';

test('the Contract page compares the example’s options: progress, cancel, rerun, the table, the fan chart, an invoice, proration, and the inputs survive a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/contract');
  await expect(page.getByRole('heading', { name: 'Contract', level: 1 })).toBeVisible({ timeout: 30_000 });
  const optionNames = page.getByTestId('contract-options').locator('thead input[type="text"]');
  await expect(optionNames).toHaveCount(3);

  // Many futures, so the run lasts long enough to watch it and cancel it.
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'contract-replications', 40_000);
  await page.getByTestId('contract-run').click();
  const progress = page.getByTestId('contract-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: /estimate so far/ })).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('contract-cancel').click();
  await expect(page.getByTestId('contract-cancel')).toBeHidden();
  await expect(page.getByText(/Cancelled after [\d,]+ of 40,000 simulated futures/)).toBeVisible();

  // A rerun runs to the end.
  await setNumber(page, 'contract-replications', 400);
  await page.getByTestId('contract-run').click();
  await expect(page.getByText(/^\s*Done: 400 simulated futures/)).toBeVisible({ timeout: 60_000 });

  await expect(page.getByTestId('contract-answer')).toContainText(/costs least|ranked by the median cost a month/);
  const rows = page.getByTestId('contract-comparison').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const name of ["A: floors at today's counts", 'B: floors 20% lower', 'C: 24 months']) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByTestId('contract-comparison')).toContainText('baseline');
  await expect(page.getByText(/same simulated headcount \(paired random numbers\)/)).toBeVisible();
  await expect.poll(() => paintedPixels(page, 'contract-fan'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await page.getByTestId('contract-fan-choice').selectOption('all');
  await expect.poll(() => paintedPixels(page, 'contract-fan'), { timeout: 15_000 }).toBeGreaterThan(2_000);

  // The invoice of option B's sixth month.
  await page.getByTestId('contract-invoice-option').selectOption({ index: 1 });
  await page.getByTestId('contract-invoice-month').selectOption({ index: 5 });
  const invoice = page.getByTestId('contract-invoice');
  await expect(invoice).toContainText('B: floors 20% lower, prices 8% higher, Jun 2027 (month 6), simulated future 0');
  await expect(invoice.getByTestId('contract-invoice-line')).toHaveCount(4);
  await expect(invoice.getByTestId('contract-invoice-line').first()).toContainText(/CRM\s*\d+ × \$70\.20/);
  await expect(page.getByTestId('contract-invoice-total')).toHaveText(/^\$[\d,]+\.\d\d$/);

  // The proration calculator: 90.00 a month bought on 2026-11-21 → 10 of 30 days, 30.00.
  await setNumber(page, 'contract-prorate-price', 90);
  await page.getByTestId('contract-prorate-date').fill('2026-11-21');
  await page.getByTestId('contract-prorate-date').press('Tab');
  await expect(page.getByTestId('contract-prorate-answer')).toContainText('$30.00');
  await expect(page.getByTestId('contract-prorate-answer')).toContainText('10 of 30 days');

  // A bad input names what and where, and keeps the run from starting.
  await setNumber(page, 'contract-option-1-2-floor', 2.5);
  await expect(page.getByTestId('contract-option-problems')).toContainText('Option B, Dialer: the floor must be a whole number ≥ 0.');
  await expect(page.getByTestId('contract-run')).toBeDisabled();
  await setNumber(page, 'contract-option-1-2-floor', 20);
  await expect(page.getByTestId('contract-run')).toBeEnabled();
  await page.getByTestId('contract-option-0-duplicate').click();
  await expect(optionNames).toHaveCount(4);

  await page.screenshot({ path: 'test-results/contract-page.png', fullPage: true });
  await page.reload();
  await expect(optionNames).toHaveCount(4, { timeout: 30_000 });
  // The copy of A sits after A, so B is now the third option.
  await expect(page.getByTestId('contract-option-2-2-floor')).toHaveValue('20');
  await page.getByText('Simulation settings').click();
  await expect(page.getByTestId('contract-replications')).toHaveValue('400');
  await expect(page.getByTestId('contract-prorate-date')).toHaveValue('2026-11-21');
  expect(errors).toEqual([]);
});
