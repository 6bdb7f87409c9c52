// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { storageFeeCents } from '../../../src/core/storage/storage-fee-cents.ts';
import { storageInvoice } from '../../../src/core/storage/storage-invoice.ts';
import { GB_BYTES } from '../../../src/core/storage/types.ts';
import { feeRule } from './fixtures.ts';

describe('storageFeeCents(bytes, fee)', () => {
  it('bills nothing at or under the allowance, exactly at it included', () => {
    expect(storageFeeCents(0, feeRule())).toBe(0);
    expect(storageFeeCents(49.999e9, feeRule())).toBe(0);
    expect(storageFeeCents(50e9, feeRule())).toBe(0);
    expect(storageFeeCents(50e9, feeRule({ pricing: 'per-gb', priceCents: 100 }))).toBe(0);
  });

  it('bills one byte over the allowance: a whole block, or one cent per GB', () => {
    expect(storageFeeCents(50e9 + 1, feeRule())).toBe(2_000);
    expect(storageFeeCents(50e9 + 1, feeRule({ pricing: 'per-gb', priceCents: 100 }))).toBe(1);
  });

  it('bills every started block whole: 10 GB over is one block, 10 GB and a byte is two', () => {
    expect(storageFeeCents(60e9, feeRule())).toBe(2_000);
    expect(storageFeeCents(60e9 + 1, feeRule())).toBe(4_000);
    expect(storageFeeCents(75e9, feeRule({ blockGb: 5, priceCents: 700 }))).toBe(5 * 700);
  });

  it('bills per GB pro rata, rounded up to the cent, and exact amounts without an extra cent', () => {
    expect(storageFeeCents(52e9, feeRule({ pricing: 'per-gb', priceCents: 1_000 }))).toBe(2_000);
    expect(storageFeeCents(51.5e9, feeRule({ pricing: 'per-gb', priceCents: 199 }))).toBe(299);
    expect(storageFeeCents(50e9 + 0.1 * GB_BYTES, feeRule({ pricing: 'per-gb', priceCents: 30 }))).toBe(3);
  });

  it('with no allowance bills from the first byte', () => {
    expect(storageFeeCents(1, feeRule({ allowanceGb: 0 }))).toBe(2_000);
    expect(storageFeeCents(0, feeRule({ allowanceGb: 0 }))).toBe(0);
  });

  it('never falls when bytes rise', () => {
    for (const rule of [feeRule(), feeRule({ pricing: 'per-gb', priceCents: 37 })]) {
      let previous = 0;
      for (let bytes = 40e9; bytes < 90e9; bytes += 0.37e9) {
        const fee = storageFeeCents(bytes, rule);
        expect(fee).toBeGreaterThanOrEqual(previous);
        previous = fee;
      }
    }
  });

  it('refuses negative or non-finite sizes, naming itself', () => {
    expect(() => storageFeeCents(-1, feeRule())).toThrow(/storageFeeCents/);
    expect(() => storageFeeCents(NaN, feeRule())).toThrow(/storageFeeCents/);
  });
});

describe('storageInvoice(month, billedBytes, fee)', () => {
  it('shows quantity over the allowance × unit price = fee, in blocks', () => {
    expect(storageInvoice('2026-11', 61e9, feeRule())).toEqual({
      month: '2026-11',
      billedBytes: 61e9,
      allowanceBytes: 50e9,
      overBytes: 11e9,
      quantity: 2,
      unit: 'block of 10 GB',
      unitPriceCents: 2_000,
      feeCents: 4_000,
    });
  });

  it('shows GB over for per-GB pricing, and a zero line under the allowance', () => {
    const perGb = storageInvoice('2026-11', 53.25e9, feeRule({ pricing: 'per-gb', priceCents: 100 }));
    expect(perGb).toMatchObject({ quantity: 3.25, unit: 'GB', feeCents: 325 });
    expect(storageInvoice('2026-11', 10e9, feeRule())).toMatchObject({ overBytes: 0, quantity: 0, feeCents: 0 });
  });
});
