import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/** Every page the router knows (src/app/routes.ts), read from the source so a new page is checked too. */
const PATHS = [...readFileSync('src/app/routes.ts', 'utf8').matchAll(/path: '(\/[\w-]+)'/g)].map((m) => m[1]!);

/** Serious and critical WCAG 2 A/AA violations, one line each: rule, impact, first targets. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Waits until the page in view is done loading, by what it shows rather than by a clock: no region
 * marked busy, no progress line (the app ends those with "…": "Fitting the holding times…",
 * "Loading…"), and every chart on screen laid out by Chart.js (its canvas given a size).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    if (!main || main.querySelector('[aria-busy="true"]')) return false;
    const shown = (el: Element) => el.getClientRects().length > 0;
    const loading = [...main.querySelectorAll('p, span')].some((el) => shown(el) && (el.textContent ?? '').trim().endsWith('…'));
    const unsized = [...main.querySelectorAll('canvas')].some((c) => shown(c) && (c as HTMLCanvasElement).width === 0);
    return !loading && !unsized;
  }, undefined, { timeout: 30_000 });
}

test('every page has no serious or critical axe violations after the default scenario loads', async ({ page }) => {
  test.setTimeout(120_000);
  expect(PATHS.length).toBeGreaterThanOrEqual(6);
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  const found: Record<string, string[]> = {};
  for (const path of PATHS) {
    await page.goto(`/#${path}`);
    // A change of hash keeps the document: the old page's heading is visible until the router swaps pages.
    await expect(page.getByRole('navigation', { name: 'Pages' }).locator(`a[href="#${path}"]`)).toHaveAttribute('aria-current', 'page', { timeout: 15_000 });
    await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
    await settled(page);
    const v = await seriousViolations(page);
    if (v.length > 0) found[path] = v;
  }
  expect(found).toEqual({});
});

test('the Ports and Recharge pages have no serious axe violations after a run', async ({ page }) => {
  test.setTimeout(120_000);
  const found: Record<string, string[]> = {};
  for (const [path, id, done] of [['/ports', 'ports', /^\s*Done: [\d,]+ months/], ['/recharge', 'recharge', /Done: [\d,]+ simulated periods/]] as const) {
    await page.goto(`/#${path}`);
    await expect(page.getByTestId(`${id}-run`)).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId(`${id}-run`).click();
    await expect(page.getByText(done)).toBeVisible({ timeout: 60_000 });
    await settled(page);
    const v = await seriousViolations(page);
    if (v.length > 0) found[path] = v;
  }
  expect(found).toEqual({});
});

test('a chart’s table alternative opens from the keyboard and holds a captioned table without axe violations', async ({ page }) => {
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  const details = page.getByTestId('concurrency-table');
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  const table = details.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('one row per day');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('focus is visible and every control on the Data page is reachable with Tab', async ({ page }) => {
  expect(readFileSync('src/app/app.css', 'utf8')).toMatch(/:focus-visible\s*[,{]/);
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      // A radio group is one tab stop (arrow keys move inside it): reaching any of its radios reaches it.
      .map((el, i) => { const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : String(i); el.dataset.tabWalk = key; return key; }),
  );
  const reached = new Set<string>();
  let unfocused = 0;
  for (let i = 0; i < controls.length + 10; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // A visible indicator: an outline, or a box-shadow ring.
      const shown = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { id: el.dataset.tabWalk ?? null, shown, tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 30) };
    });
    if (focus?.id) reached.add(focus.id);
    if (focus && !focus.shown && focus.tag !== 'INPUT') unfocused++;
  }
  const missed = [...new Set(controls)].filter((id) => !reached.has(id));
  const names = await page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-tab-walk="${id}"]`)?.outerHTML.slice(0, 80)), missed);
  expect(names).toEqual([]);
  expect(unfocused).toBe(0);
});
