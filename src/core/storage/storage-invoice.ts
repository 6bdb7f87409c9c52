import { storageFeeParts } from './storage-fee-cents.ts';
import type { StorageFeeRule, StorageInvoice } from './types.ts';

/**
 * An invoice line for a month billed on `billedBytes`: quantity over the allowance × unit price
 * = fee (cents). The quantity is GB over the allowance (GB = 10^9 bytes) for 'per-gb' pricing, or
 * the number of started blocks for 'per-block'.
 * Example: storageInvoice('2026-11', 61e9, { allowanceGb: 50, pricing: 'per-block', blockGb: 10, priceCents: 2000, basis: 'peak' })
 *   → { overBytes: 11e9, quantity: 2, unit: 'block of 10 GB', unitPriceCents: 2000, feeCents: 4000, … }
 */
export function storageInvoice(month: string, billedBytes: number, fee: StorageFeeRule): StorageInvoice {
  const parts = storageFeeParts(billedBytes, fee);
  return {
    month,
    billedBytes,
    allowanceBytes: parts.allowanceBytes,
    overBytes: parts.overBytes,
    quantity: parts.quantity,
    unit: fee.pricing === 'per-block' ? `block of ${fee.blockGb} GB` : 'GB',
    unitPriceCents: fee.priceCents,
    feeCents: parts.feeCents,
  };
}
