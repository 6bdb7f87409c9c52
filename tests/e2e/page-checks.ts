import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Errors the page logged or threw, collected for the "no console errors" checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Painted (non-transparent) pixels of a canvas: a drawn chart has thousands. */
export async function paintedPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

const scenarioIndex = JSON.parse(readFileSync('scenarios/index.json', 'utf8')) as { default: string };
/** The scenario the app opens with, as its file states it (`data` is its export's file name). */
export const defaultScenario = JSON.parse(readFileSync(`scenarios/${scenarioIndex.default}.json`, 'utf8')) as { data: string };

/** Types a number into a field and commits it, as a person leaving the field would. */
export async function setNumber(page: Page, testId: string, value: number): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(String(value));
  await field.press('Tab');
}
