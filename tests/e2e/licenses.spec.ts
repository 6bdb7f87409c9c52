import { test, expect, type Page } from '@playwright/test';
import { collectErrors, defaultScenario, setNumber } from './page-checks.ts';

const problemRow = (page: Page, line: number) => page.getByTestId('roster-problems').locator('tbody tr').filter({ has: page.locator(`td:first-child:text-is("${line}")`) });
const finding = (page: Page, code: string) => page.locator(`[data-testid="licenses-finding"][data-code="${code}"]`);

test('the Licenses page diagnoses the sample roster against the default scenario, sizes the pools, and keeps the roster after a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/licenses');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });

  await page.getByTestId('roster-sample').click();
  await expect(page.getByTestId('roster-summary')).toContainText(/32\s+rows read: 28\s+users kept/, { timeout: 15_000 });
  // The sample's deliberate problems, each on its line; every other row is kept.
  await expect(page.getByTestId('roster-problems').locator('tbody tr')).toHaveCount(4);
  await expect(problemRow(page, 9)).toContainText('already in the roster at line 8');
  await expect(problemRow(page, 3)).toContainText('on leave');
  await expect(problemRow(page, 25)).toContainText("'Recording' is not a license");
  await expect(problemRow(page, 33)).toContainText('the user is empty');
  await expect(page.getByTestId('roster-col-licenses')).toHaveValue('Assigned Licenses');

  // The findings name the users, in plain words, with the money at stake.
  await expect(finding(page, 'dial-without-license')).toContainText('Marcus Reed', { timeout: 30_000 });
  await expect(finding(page, 'dial-without-license')).toContainText('no permission');
  await expect(finding(page, 'hidden-with-licenses')).toContainText('Brandon Cole');
  await expect(finding(page, 'hidden-with-licenses').getByTestId('finding-cost')).toContainText('$205.00 a month');
  await expect(finding(page, 'port-without-flex-port')).toContainText("Liam O'Connor");
  await expect(finding(page, 'active-without-crm')).toContainText('Emily Zhang');
  await expect(page.getByTestId('licenses-avoidable')).toHaveText('$205.00');

  // Enough months to watch the progress.
  await setNumber(page, 'licenses-replications', 800);
  await page.getByTestId('licenses-pools-run').click();
  const progress = page.getByTestId('licenses-pools-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByText(/^\s*Done: 800 months/)).toBeVisible({ timeout: 60_000 });

  for (const license of ['dialer_tab', 'dialer', 'flex_port']) {
    await expect(page.getByTestId(`pool-${license}-recommended`)).toHaveText(/^\d+/);
    await expect(page.getByTestId(`pool-${license}-sentence`)).toContainText(/With \d+, more users want a/);
    await expect(page.getByTestId(`pool-${license}-heatmap`).locator('td.grid-heatmap__cell')).toHaveCount(168);
  }
  await expect(page.getByTestId('pool-flex_port-assigned')).toContainText('27');
  await expect(page.getByTestId('pool-flex_port-peak')).toContainText('20');
  // 27 Flex Ports against a peak of 20 is far above the need: shelfware, added to the avoidable total.
  const shelf = page.getByTestId('licenses-pool-findings').locator('[data-code="pool-shelfware"]').filter({ hasText: 'Flex Port' });
  await expect(shelf).toContainText('$175.00 a month');
  await expect(page.getByTestId('licenses-avoidable')).not.toHaveText('$205.00');

  await page.screenshot({ path: 'test-results/licenses-page.png', fullPage: true });

  await page.reload();
  await expect(page.getByTestId('roster-name')).toHaveText('roster-outbound-team.csv', { timeout: 30_000 });
  await expect(page.getByTestId('roster-summary')).toContainText(/32\s+rows read/, { timeout: 15_000 });
  await expect(problemRow(page, 3)).toContainText('on leave');
  await expect(page.getByTestId('licenses-replications')).toHaveValue('800');
  await expect(finding(page, 'hidden-with-licenses')).toContainText('Brandon Cole', { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('a roster column chosen by hand is applied and survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/licenses');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  await page.getByTestId('roster-sample').click();
  await expect(page.getByTestId('roster-summary')).toContainText(/28\s+users kept/, { timeout: 15_000 });

  // Without the status column everyone reads as active: the 'on leave' row is no longer a problem.
  await page.getByTestId('roster-col-status').selectOption('');
  await expect(page.getByText('No status column: every user is read as active.')).toBeVisible();
  await expect(problemRow(page, 3)).toHaveCount(0);
  await expect(finding(page, 'hidden-with-licenses')).toHaveCount(0, { timeout: 30_000 });

  await page.reload();
  await expect(page.getByTestId('roster-col-status')).toHaveValue('', { timeout: 30_000 });
  await expect(page.getByTestId('roster-summary')).toContainText(/29\s+users kept/);
  expect(errors).toEqual([]);
});
