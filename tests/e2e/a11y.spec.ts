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

test('every page has no serious or critical axe violations after the default scenario loads', async ({ page }) => {
  test.setTimeout(120_000);
  expect(PATHS.length).toBeGreaterThanOrEqual(6);
  await page.goto('/#/data');
  await expect(page.getByTestId('concurrency-chart')).toBeVisible({ timeout: 30_000 });
  const found: Record<string, string[]> = {};
  for (const path of PATHS) {
    await page.goto(`/#${path}`);
    await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(500);
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
    await page.waitForTimeout(1_000);
    const v = await seriousViolations(page);
    if (v.length > 0) found[path] = v;
  }
  expect(found).toEqual({});
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
