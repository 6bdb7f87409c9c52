import { GB_BYTES, type StorageFeeRule } from './types.ts';

/**
 * The month's storage fee in integer cents for `bytes` billed (domain.md section 4). Storage at or
 * under the allowance is free; above it, 'per-block' bills every started block of `blockGb` whole
 * (one byte over is one block), 'per-gb' bills the GB over × price rounded up to the cent (so one
 * byte over is billed a cent, never nothing). The fee never falls when bytes rise: the remedies'
 * "never raise the fee" guarantee rests on it.
 * Example: storageFeeCents(61e9, { allowanceGb: 50, pricing: 'per-block', blockGb: 10, priceCents: 2000, basis: 'peak' }) → 4000
 */
export function storageFeeCents(bytes: number, fee: StorageFeeRule): number {
  return storageFeeParts(bytes, fee).feeCents;
}

/** The arithmetic behind a fee: allowance and excess in bytes, the billed quantity, the fee. */
export function storageFeeParts(bytes: number, fee: StorageFeeRule): { allowanceBytes: number; overBytes: number; quantity: number; feeCents: number } {
  if (!(bytes >= 0) || !Number.isFinite(bytes)) throw new RangeError(`storageFeeCents: bytes must be finite and ≥ 0, got ${bytes}`);
  const allowanceBytes = Math.round(fee.allowanceGb * GB_BYTES);
  const overBytes = Math.max(0, bytes - allowanceBytes);
  if (overBytes === 0) return { allowanceBytes, overBytes, quantity: 0, feeCents: 0 };
  if (fee.pricing === 'per-block') {
    if (!(fee.blockGb > 0)) throw new RangeError(`storageFeeCents: blockGb must be above 0, got ${fee.blockGb}`);
    const quantity = Math.ceil(overBytes / Math.round(fee.blockGb * GB_BYTES));
    return { allowanceBytes, overBytes, quantity, feeCents: quantity * fee.priceCents };
  }
  const quantity = overBytes / GB_BYTES;
  // A relative nudge keeps binary noise (1000.0000000001 cents) from billing an extra cent.
  const feeCents = Math.ceil(quantity * fee.priceCents * (1 - 1e-12));
  return { allowanceBytes, overBytes, quantity, feeCents };
}
