/**
 * The scenario file's `recharge` section: the automatic-recharge settings (issue 4). Every field is
 * optional; the app and the CLI have a default for each. Money is a decimal string ("250.00").
 */
import * as v from 'valibot';
import { ACTIVITY_KINDS, type ActivityKind } from '../ingest/types.ts';
import { got, numberIn, object, oneOf, text } from './schema-parts.ts';

export interface ScenarioRecharge {
  /** Cents per billable minute, for calls without a cost. */
  rateCentsPerMin?: number;
  /** Billing increment, seconds. */
  incrementSec?: number;
  /** Activity kinds that use dialer minutes. */
  minuteKinds?: ActivityKind[];
  /** The month the rule is computed from, 'YYYY-MM' (default: the last complete month in the data). */
  month?: string;
  /** Simulated months, 1–12. */
  months?: number;
  replications?: number;
  /** Balance at the start, a decimal string such as "250.00" (default: threshold + one recharge). */
  startBalance?: string;
  /** Card declines: probability (0 to below 1) and hours before the retry. */
  decline?: { probability: number; retryHours?: number };
  /** Hours between billing a recharge and its credit. */
  creditDelayHours?: number;
  /** Usage growth, percent per month. */
  growthPct?: number;
  /** The rule's multipliers (the platform's are 14 and 5). */
  rechargeDays?: number;
  thresholdDays?: number;
}

const money = v.pipe(text('an amount such as "250.00"'), v.regex(/^\d{1,12}(\.\d{1,2})?$/, got('an amount such as "250.00"')));

export const rechargeSchema = object(
  {
    rateCentsPerMin: v.optional(numberIn(0, 100_000)),
    incrementSec: v.optional(numberIn(1, 3_600, { whole: true })),
    minuteKinds: v.optional(v.pipe(v.array(oneOf(ACTIVITY_KINDS), got('a list of activity kinds')), v.minLength(1, 'expected at least one activity kind'))),
    month: v.optional(v.pipe(text('a month such as "2026-10"'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, got('a month such as "2026-10"')))),
    months: v.optional(numberIn(1, 12, { whole: true })),
    replications: v.optional(numberIn(1, 100_000, { whole: true })),
    startBalance: v.optional(money),
    decline: v.optional(
      object(
        { probability: v.pipe(numberIn(0, 1), v.check((p) => p < 1, got('a number from 0 to below 1'))), retryHours: v.optional(numberIn(1, 720, { whole: true })) },
        'an object { probability, retryHours }',
      ),
    ),
    creditDelayHours: v.optional(numberIn(0, 720, { whole: true })),
    growthPct: v.optional(numberIn(-100, 10_000)),
    rechargeDays: v.optional(numberIn(0, 365, { above: true })),
    thresholdDays: v.optional(numberIn(0, 365)),
  },
  'a recharge object',
);

// The section's output must be the documented interface (checked by the compiler, no runtime cost).
export const checkedRecharge: v.GenericSchema<unknown, ScenarioRecharge> = rechargeSchema;
