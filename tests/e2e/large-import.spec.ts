import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** The generated 1,000,000-row export, cached in the git-ignored bench-data/ (as `npm run bench` makes it). */
const BIG = 'bench-data/big-1m.csv';
const ROWS = 1_000_000;
/** The columnar store: about 37 bytes a call (src/core/ingest/types.ts, CallTable). */
const STORE_BYTES = 37 * ROWS;

function bigExport(): string {
  if (!existsSync(BIG) || statSync(BIG).size < 90e6) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-big-export.ts', BIG, String(ROWS)], { stdio: 'inherit' });
  }
  return BIG;
}

/** Every main-thread task over 50 ms from the first script on (the Long Tasks API), as in ports.spec.ts. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { startMs: number; durationMs: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ startMs: Math.round(e.startTime), durationMs: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface HeapUsage { usedSize: number; totalSize: number; backingStorageSize?: number }

// The import's end used to hold 2–3 main-thread tasks of 60–280 ms: storing and summarising the
// table on the page, and charts measuring a freshly inserted page. Those now happen in the data
// worker and after the paint; about one run in three still shows a single task near 80 ms, so
// this stays strict and runs on demand (LARGE_IMPORT=1) rather than in npm test.
test.skip(!process.env.LARGE_IMPORT, 'a 1,000,000-row import: run with LARGE_IMPORT=1 (slow; see the comment above)');

test('a 1,000,000-row export imports with progress, no main-thread task over 50 ms, and the page’s memory within a few times the columnar store', async ({ page }) => {
  test.setTimeout(180_000);
  const file = bigExport();
  await watchLongTasks(page);
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });

  const cdp = await page.context().newCDPSession(page);
  const heap = async (): Promise<HeapUsage> => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  };
  const size = (h: HeapUsage) => h.usedSize + (h.backingStorageSize ?? 0);
  const before = await heap();

  await page.getByTestId('file-input').setInputFiles(file);
  await expect(page.getByTestId('mapping-form')).toBeVisible({ timeout: 30_000 });
  const from = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await page.getByTestId('import-button').click();

  // Progress moves: several distinct values of the bar before the import ends; the heap is sampled meanwhile.
  const bar = page.getByTestId('import-progress');
  const seen = new Set<string>();
  let peak = 0;
  while (!(await page.getByTestId('dataset-name').textContent())?.includes('big-1m.csv')) {
    if (await bar.isVisible()) seen.add((await bar.getAttribute('value')) ?? '');
    const h = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    peak = Math.max(peak, size(h));
    expect(Date.now() - t0).toBeLessThan(150_000);
    await page.waitForTimeout(200);
  }
  const importMs = Date.now() - t0;
  const to = await page.evaluate(() => performance.now());
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  const after = await heap();

  const long = (await page.evaluate(() => (window as unknown as { __longTasks: { startMs: number; durationMs: number }[] }).__longTasks))
    .filter((t) => t.startMs >= from && t.startMs <= to);
  const mb = (n: number) => Math.round(n / 1e5) / 10;
  const measured = {
    importMs, progressValues: seen.size, longTasks: long,
    heapBeforeMB: mb(size(before)), heapPeakMB: mb(peak), heapAfterMB: mb(size(after)), storeMB: mb(STORE_BYTES),
    backingStorageReported: after.backingStorageSize !== undefined,
  };
  console.log(`large import: ${JSON.stringify(measured)}`);
  test.info().annotations.push({ type: 'measured', description: JSON.stringify(measured) });

  expect(seen.size).toBeGreaterThanOrEqual(3);
  expect(long).toEqual([]);
  // The page keeps the store (transferred from the data worker) and little else: a few times its size.
  expect(size(after) - size(before)).toBeLessThan(4 * STORE_BYTES);
  expect(peak - size(before)).toBeLessThan(6 * STORE_BYTES);
});
