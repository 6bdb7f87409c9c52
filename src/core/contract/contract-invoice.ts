import { childSeed, createStream } from '../random/create-stream.ts';
import { assertContractInput } from './assert-contract-input.ts';
import { drawNeedPath } from './draw-need-path.ts';
import { evaluateOption } from './evaluate-option.ts';
import { horizonMonths } from './horizon-months.ts';
import type { ContractInput, MonthInvoice } from './types.ts';

/**
 * The invoice of month `monthIndex` (0 = the start month) of option `optionIndex` in replication
 * `replicationIndex` of the contract Monte Carlo: the same need path and decisions that
 * runContractChunk billed, with its line items, prorations, floor top-ups and hidden holdings.
 * Its totalCents equals that replication's monthlyBillCents for the option and month.
 * Example: contractInvoice(input, 1, 0, 5).lines → [{ type: 'CRM', quantity: 50, unitPriceCents: 6500, amountCents: 325000 }, …]
 */
export function contractInvoice(input: ContractInput, optionIndex: number, replicationIndex: number, monthIndex: number): MonthInvoice {
  assertContractInput(input, 'contractInvoice');
  const option = input.options[optionIndex];
  if (!option) throw new RangeError(`contractInvoice: no option ${optionIndex} (there are ${input.options.length})`);
  if (!Number.isInteger(monthIndex) || monthIndex < 0 || monthIndex >= option.termMonths) {
    throw new RangeError(`contractInvoice: monthIndex must be from 0 to ${option.termMonths - 1}, got ${monthIndex}`);
  }
  const path = drawNeedPath(input.plan, input.startDate, horizonMonths(input), createStream(childSeed(input.seed, replicationIndex)));
  return evaluateOption(input, optionIndex, path).ledger.months[monthIndex]!;
}
