import { test, expect, type Page, type Route } from '@playwright/test';
import { collectErrors, setNumber } from './page-checks.ts';

/**
 * Worker failures made from outside the app (no test hooks in production code): the built
 * simulation worker's script is served with a few lines in front that end the worker at a chosen
 * message, before Comlink sees it.
 */
type Failure = 'throw-on-second' | 'throw-always' | 'close-on-second';

const PRELUDE: Record<Failure, string> = {
  // An uncaught error in the worker: the page gets an `error` event from the Worker.
  'throw-on-second': `let __n = 0; self.addEventListener('message', (e) => { if (++__n === 2) { e.stopImmediatePropagation(); throw new Error('injected crash'); } });`,
  'throw-always': `self.addEventListener('message', (e) => { e.stopImmediatePropagation(); throw new Error('injected crash'); });`,
  // The worker ends itself without a word: the page gets no event at all.
  'close-on-second': `let __n = 0; self.addEventListener('message', (e) => { if (++__n === 2) { e.stopImmediatePropagation(); self.close(); } });`,
};

/** Serves the failing worker for the first `times` sim-worker scripts loaded (Infinity: all), then the real one. */
async function breakSimWorker(page: Page, failure: Failure, times = 1): Promise<{ served: () => number }> {
  let served = 0;
  await page.route(/\/assets\/sim\.worker-[\w-]+\.js$/, async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (served >= times) return route.fulfill({ response, body });
    served++;
    await route.fulfill({ response, body: `${PRELUDE[failure]}\n${body}` });
  });
  return { served: () => served };
}

/**
 * No run in progress on the page `id`: no Cancel button, and any bar left on show is the record of
 * a cancelled run (it stays, by design, with the estimate so far) and no longer moves.
 */
async function expectSettled(page: Page, id: string): Promise<void> {
  await expect(page.getByTestId(`${id}-cancel`)).toBeHidden();
  const bar = page.getByTestId(`${id}-progress`);
  if ((await bar.count()) === 0) return;
  await expect(page.getByText(/Cancelled/).first()).toBeVisible();
  const before = await bar.getAttribute('value');
  await page.waitForTimeout(600);
  expect(await bar.getAttribute('value')).toBe(before);
}

/** Simulation workers alive in the page (the data worker is not one). */
const simWorkers = (page: Page) => page.workers().filter((w) => /sim\.worker/.test(w.url())).length;

async function openPorts(page: Page): Promise<void> {
  await page.goto('/#/ports');
  await expect(page.getByTestId('ports-run')).toBeEnabled({ timeout: 30_000 });
  await page.getByText('Simulation settings').click();
}

test('a Ports worker that crashes mid-run is replaced, its months rerun, and the answer is the same as without the crash', async ({ page }) => {
  const errors = collectErrors(page);
  const broken = await breakSimWorker(page, 'throw-on-second');
  await openPorts(page);
  await setNumber(page, 'ports-replications', 400);
  await page.getByTestId('ports-run').click();
  await expect(page.getByText(/^\s*Done: 400 months/)).toBeVisible({ timeout: 60_000 });
  expect(broken.served()).toBe(1);
  await expect(page.getByText(/A simulation worker stopped \(.*injected crash.*\)\. It was replaced and its months run again\./)).toBeVisible();
  await expect(page.getByTestId('ports-progress')).toBeHidden();
  const afterCrash = await page.getByTestId('ports-recommendation').innerText();

  // The next run has no crash, no note, and the same numbers: replication i depends on the seed and i only.
  await page.getByTestId('ports-run').click();
  await expect(page.getByText(/^\s*Done: 400 months/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/A simulation worker stopped/)).toHaveCount(0);
  expect(await page.getByTestId('ports-recommendation').innerText()).toBe(afterCrash);
  expect(simWorkers(page)).toBeLessThanOrEqual(2);
  expect(errors.filter((e) => !/injected crash/.test(e))).toEqual([]);
});

test('a Recharge run whose workers keep crashing ends with a message and no progress bar; the next run works', async ({ page }) => {
  await breakSimWorker(page, 'throw-always', Infinity);
  await page.goto('/#/recharge');
  await expect(page.getByTestId('recharge-run')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('recharge-run').click();
  await expect(page.getByTestId('recharge-error')).toContainText(/The simulation stopped: .* failed twice \(.*injected crash.*\)/, { timeout: 30_000 });
  await expect(page.getByTestId('recharge-progress')).toBeHidden();
  await expect(page.getByTestId('recharge-cancel')).toBeHidden();
  // No estimate from the failed run is on show as if it were an answer.
  await expect(page.getByTestId('recharge-pzero')).toHaveCount(0);

  await page.unrouteAll({ behavior: 'wait' });
  await page.getByTestId('recharge-run').click();
  await expect(page.getByText(/Done: [\d,]+ simulated periods/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('recharge-error')).toHaveCount(0);
  await expect(page.getByTestId('recharge-pzero')).toHaveText(/\d+\.\d\s?%/);
});

test('a worker that closes itself mid-run does not leave the run hanging', async ({ page }) => {
  await breakSimWorker(page, 'close-on-second');
  await openPorts(page);
  await setNumber(page, 'ports-replications', 400);
  await page.getByTestId('ports-run').click();
  // The pool hears of it through the worker's freed Web Lock, replaces it and reruns its months.
  await expect(page.getByText(/^\s*Done: 400 months/)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(/A simulation worker stopped \(a simulation worker stopped unexpectedly\)/)).toBeVisible();
  await expect(page.getByTestId('ports-progress')).toBeHidden();
});

test('cancelling twice, running twice in a row and leaving a page mid-run leave no progress bar behind and no extra workers', async ({ page }) => {
  const errors = collectErrors(page);
  await openPorts(page);
  await setNumber(page, 'ports-replications', 5000);

  // Two clicks in one task, before the page redraws: a double cancel (and below, a double run)
  // reaches the state class twice, as a person's quick double click can.
  const clickTwice = (testId: string) => page.getByTestId(testId).evaluate((b: HTMLElement) => { b.click(); b.click(); });
  await page.getByTestId('ports-run').click();
  await expect(page.getByTestId('ports-progress')).toBeVisible({ timeout: 15_000 });
  await clickTwice('ports-cancel');
  await expect(page.getByTestId('ports-cancel')).toBeHidden();
  await expect(page.getByText(/Cancelled/).first()).toBeVisible();
  await expectSettled(page, 'ports');

  // Run twice in a row: the second replaces the first, and only one run ends.
  await setNumber(page, 'ports-replications', 300);
  await clickTwice('ports-run');
  await expect(page.getByText(/^\s*Done: 300 months/)).toBeVisible({ timeout: 60_000 });
  await expectSettled(page, 'ports');
  await expect(page.getByTestId('ports-error')).toHaveCount(0);

  // Leave mid-run and come back: the run either finished or stopped, never a bar with nothing behind it.
  await setNumber(page, 'ports-replications', 5000);
  await page.getByTestId('ports-run').click();
  await expect(page.getByTestId('ports-progress')).toBeVisible({ timeout: 15_000 });
  await page.goto('/#/recharge');
  await expect(page.getByTestId('recharge-run')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('recharge-run').click();
  await expect(page.getByTestId('recharge-cancel')).toBeVisible({ timeout: 15_000 });
  await clickTwice('recharge-cancel');
  await expectSettled(page, 'recharge');
  await expect(page.getByTestId('recharge-run')).toBeEnabled();
  await page.goto('/#/ports');
  await expect(page.getByTestId('ports-run')).toBeEnabled({ timeout: 60_000 });
  // If the Ports run is still going, its bar moves; it must end.
  await expect(page.getByText(/^\s*Done: 5,000 months/).or(page.getByText(/Cancelled/).first())).toBeVisible({ timeout: 120_000 });
  await expectSettled(page, 'ports');

  // Workers: one pool per page at most (pool size = cores − 1, here at least 1), none left over from crashes or reruns.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  expect(simWorkers(page)).toBeLessThanOrEqual(2 * Math.max(1, cores - 1) + 2);
  expect(errors).toEqual([]);
});
