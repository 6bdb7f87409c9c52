import type { ContractInput } from './types.ts';

/**
 * The longest term of the input's options, in months: every replication draws this many months
 * of need, so all options (and any month's invoice) are played on the same path.
 * Example: options of 24 and 36 months → 36
 */
export function horizonMonths(input: Pick<ContractInput, 'options'>): number {
  if (input.options.length === 0) throw new RangeError('horizonMonths: needs at least one option');
  return Math.max(...input.options.map((o) => o.termMonths));
}
