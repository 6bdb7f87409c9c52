import { test, expect, type Page } from '@playwright/test';
import { collectErrors, defaultScenario, paintedPixels, setNumber } from './page-checks.ts';
import { readFileSync } from 'node:fs';

interface LongTask {
  startMs: number;
  durationMs: number;
}

/** Records every main-thread task over 50 ms from the first script on (the Long Tasks API). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { startMs: number; durationMs: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ startMs: Math.round(e.startTime), durationMs: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks that started within one of `windows` ([fromMs, toMs] in page time). */
async function longTasksWithin(page: Page, windows: [number, number][]): Promise<LongTask[]> {
  const all = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  return all.filter((t) => windows.some(([from, to]) => t.startMs >= from && t.startMs <= to));
}

const now = (page: Page) => page.evaluate(() => performance.now());

// On this 2-core machine the simulation worker keeps one core busy, so a page task's wall time
// can be twice or more its thread time. The page keeps its tasks to about 15 ms of thread time
// (PortsPage stages each card in a frame of its own); this test then passed 60 runs of 60 without
// a retry. One retry stays for a host that takes the other core away for a moment; a page that
// stalls every time still fails.
test.describe.configure({ retries: 1 });

test('the Ports page runs on the default scenario: progress, cancel, rerun, the answer and its charts, and the page never stalls', async ({ page }) => {
  const errors = collectErrors(page);
  await watchLongTasks(page);
  await page.goto('/#/ports');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  await expect(page.getByTestId('ports-run')).toBeEnabled();
  // Many months, so the run lasts long enough to watch it and cancel it.
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'ports-replications', 5000);

  const firstRun: [number, number] = [await now(page), 0];
  await page.getByTestId('ports-run').click();
  const progress = page.getByTestId('ports-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  // The estimate so far is on show while the run goes on.
  await expect(page.getByTestId('ports-recommendation')).toContainText(/Estimate so far/, { timeout: 15_000 });
  await page.getByTestId('ports-cancel').click();
  firstRun[1] = await now(page);
  await expect(page.getByTestId('ports-cancel')).toBeHidden();
  await expect(page.getByText(/Cancelled after [\d,]+ of 5,000 simulated months/)).toBeVisible();

  // A rerun with the default number of months runs to the end.
  await setNumber(page, 'ports-replications', 200);
  const rerun: [number, number] = [await now(page), 0];
  await page.getByTestId('ports-run').click();
  await expect(page.getByTestId('ports-cancel')).toBeVisible();
  await expect(page.getByText(/^\s*Done: 200 months/)).toBeVisible({ timeout: 60_000 });
  rerun[1] = await now(page);

  const recommendation = page.getByTestId('ports-recommendation');
  await expect(recommendation).toContainText(/Buy \d+ Flex Ports?\./);
  await expect(recommendation).toContainText(/busiest hour \(\w+days \d\d:00–\d\d:00\)/);
  await expect(recommendation).toContainText(/Cost at \$25\.00\/port/);
  await expect.poll(() => paintedPixels(page, 'ports-chart'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect.poll(() => paintedPixels(page, 'ports-histogram'), { timeout: 15_000 }).toBeGreaterThan(2_000);
  await expect(page.getByTestId('ports-heatmap').locator('td.heatmap__cell')).toHaveCount(168);
  const rows = page.getByTestId('ports-table').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(2);
  await expect(page.getByTestId('ports-table').locator('tr[aria-current="true"]')).toContainText('recommended');

  // No task over 50 ms while either run went on.
  expect(await longTasksWithin(page, [firstRun, rerun])).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByTestId('ports-download-csv').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^ports,blocking_mean,blocking_lo95,blocking_hi95,/);
  expect(csv.split('\r\n').filter(Boolean).length).toBe(await rows.count() + 1);

  await page.screenshot({ path: 'test-results/ports-page.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the simulator check agrees with Erlang B', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/ports');
  await expect(page.getByTestId('ports-self-check')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('ports-self-check').click();
  const verdict = page.getByTestId('ports-self-check-result');
  await expect(verdict).toBeVisible({ timeout: 60_000 });
  await expect(verdict).toHaveAttribute('data-agrees', 'true');
  await expect(verdict).toContainText(/At 15 ports: simulated [\d.]+ ?%[\s\S]*Erlang B 3\.65 ?%/);
  expect(errors).toEqual([]);
});

test('a scenario without data runs, and the inputs survive a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#/ports');
  await expect(page.getByTestId('dataset-name')).toContainText(defaultScenario.data, { timeout: 30_000 });
  await page.locator('input[name="ports-source"][value="parametric"]').check();
  await page.getByText('Simulation settings').click();
  await setNumber(page, 'ports-replications', 60);
  await page.getByTestId('ports-run').click();
  await expect(page.getByTestId('ports-recommendation')).toContainText(/Buy \d+ Flex Ports?\./, { timeout: 60_000 });
  await expect(page.getByTestId('ports-recommendation')).toContainText('parametric');

  await page.reload();
  await expect(page.locator('input[name="ports-source"][value="parametric"]')).toBeChecked({ timeout: 30_000 });
  await page.getByText('Simulation settings').click();
  await expect(page.getByTestId('ports-replications')).toHaveValue('60');
  expect(errors).toEqual([]);
});
