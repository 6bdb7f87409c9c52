import { billContract } from './bill-contract.ts';
import { customerEvents } from './customer-events.ts';
import type { NeedPath } from './draw-need-path.ts';
import type { ContractInput, ContractLedger } from './types.ts';

export interface OptionOutcome {
  ledger: ContractLedger;
  lockOutUserDays: number;
  lockOutMonths: number;
}

/**
 * Option `optionIndex` of `input` played on one drawn need path: the customer's decisions
 * (customerEvents) billed by the contract's rules (billContract), with floor top-ups against the
 * need at each month's start. The input is assumed checked (assertContractInput).
 * Example: evaluateOption(input, 0, drawNeedPath(input.plan, input.startDate, 36, rng)).ledger.totalCents
 */
export function evaluateOption(input: ContractInput, optionIndex: number, path: NeedPath): OptionOutcome {
  const option = input.options[optionIndex];
  if (!option) throw new RangeError(`evaluateOption: no option ${optionIndex} (there are ${input.options.length})`);
  const behaviour = customerEvents(option, input.startDate, input.plan, path);
  const ledger = billContract({ startDate: input.startDate, termMonths: option.termMonths, licenses: option.licenses }, behaviour.events, behaviour.needAtMonthStart);
  return { ledger, lockOutUserDays: behaviour.lockOutUserDays, lockOutMonths: behaviour.lockOutMonths };
}
