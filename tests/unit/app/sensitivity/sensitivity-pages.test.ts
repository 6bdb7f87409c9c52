import { describe, expect, it } from 'vitest';
import { portsVariants } from '../../../../src/app/sensitivity/ports-sensitivity.ts';
import { rechargeVariants } from '../../../../src/app/sensitivity/recharge-sensitivity.ts';
import { OUTPUT_GROUPS, parseChoice, SENSITIVITY_PAGES } from '../../../../src/app/sensitivity/sensitivity-pages.ts';
import { storageVariants } from '../../../../src/app/sensitivity/storage-sensitivity.ts';
import { storageInput } from '../../../../src/core/storage/storage-input.ts';
import { bumpyInput } from '../../recharge/fixtures.ts';
import { portsInput } from './ports-fixtures.ts';

describe('SENSITIVITY_PAGES', () => {
  it('counts as many inputs per page as its variant builder moves (the card announces 1 + 2 × inputs runs)', () => {
    expect(SENSITIVITY_PAGES.recharge.inputs).toBe(rechargeVariants(bumpyInput(), 20).length);
    expect(SENSITIVITY_PAGES.ports.inputs).toBe(portsVariants(portsInput(), 20).length);
    expect(SENSITIVITY_PAGES.storage.inputs).toBe(storageVariants(storageInput({ startMonth: '2026-11' }), 20).length);
  });

  it('offers every output of every page once, as page:key choices that read back', () => {
    for (const group of OUTPUT_GROUPS) {
      expect(group.choices.map((c) => c.label)).toEqual(Object.values(SENSITIVITY_PAGES[group.page].outputs).map((o) => o.label));
      for (const c of group.choices) {
        const { page, key } = parseChoice(c.value);
        expect(page).toBe(group.page);
        expect(SENSITIVITY_PAGES[page].outputs[key]?.label).toBe(c.label);
      }
    }
    expect(OUTPUT_GROUPS.map((g) => g.title)).toEqual(['Recharge', 'Ports', 'Storage']);
  });
});
