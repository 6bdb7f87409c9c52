import { childSeed, createStream } from '../random/create-stream.ts';
import { assertContractInput } from './assert-contract-input.ts';
import { drawNeedPath } from './draw-need-path.ts';
import { evaluateOption } from './evaluate-option.ts';
import { horizonMonths } from './horizon-months.ts';
import type { ContractInput, ContractReplication } from './types.ts';

/**
 * Replications `from` (inclusive) to `to` (exclusive) of the contract Monte Carlo, in index order:
 * the unit of work of a worker. Replication i draws one need path from
 * createStream(childSeed(input.seed, i)) over the longest term and plays every option on it, so
 * options are compared on the same headcount (paired: identical options give identical numbers)
 * and the answer never depends on how the replications were split into chunks.
 * Per option: the term's total and monthly bills, shelfware (licenses paid above need at a month's
 * start because of the floor) in license-months and cents, months at the floor, lock-outs.
 * Example: runContractChunk(input, 0, 4).map((r) => r.index) → [0, 1, 2, 3]
 */
export function runContractChunk(input: ContractInput, from: number, to: number): ContractReplication[] {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from) {
    throw new RangeError(`runContractChunk: need whole numbers 0 ≤ from ≤ to, got ${from}..${to}`);
  }
  assertContractInput(input, 'runContractChunk');
  const months = horizonMonths(input);
  const O = input.options.length;
  const out: ContractReplication[] = [];
  for (let i = from; i < to; i++) {
    const path = drawNeedPath(input.plan, input.startDate, months, createStream(childSeed(input.seed, i)));
    const r: ContractReplication = {
      index: i,
      months,
      totalCents: new Float64Array(O),
      monthlyBillCents: new Float64Array(O * months),
      shelfwareLicenseMonths: new Float64Array(O),
      shelfwareCents: new Float64Array(O),
      monthsAtFloor: new Float64Array(O),
      lockOutUserDays: new Float64Array(O),
      lockOutMonths: new Float64Array(O),
    };
    for (let o = 0; o < O; o++) {
      const { ledger, lockOutUserDays, lockOutMonths } = evaluateOption(input, o, path);
      r.totalCents[o] = ledger.totalCents;
      let licenses = 0;
      let cents = 0;
      let atFloor = 0;
      for (const month of ledger.months) {
        r.monthlyBillCents[o * months + month.monthIndex] = month.totalCents;
        for (const top of month.floorTopUps) {
          licenses += top.quantity;
          cents += top.amountCents;
        }
        if (month.floorTopUps.length > 0) atFloor++;
      }
      r.shelfwareLicenseMonths[o] = licenses;
      r.shelfwareCents[o] = cents;
      r.monthsAtFloor[o] = atFloor;
      r.lockOutUserDays[o] = lockOutUserDays;
      r.lockOutMonths[o] = lockOutMonths;
    }
    out.push(r);
  }
  return out;
}
