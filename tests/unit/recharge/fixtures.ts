/** Small frozen inputs for the recharge tests, built by factories. */
import { ACTIVITY_KINDS, type ActivityKind, type CallTable } from '../../../src/core/ingest/types.ts';
import { emptyCallTable } from '../../../src/core/ingest/empty-call-table.ts';
import type { PassSettings, UsagePath } from '../../../src/core/recharge/index.ts';
import { rechargeInput, type DailyUsage, type RechargeInput } from '../../../src/core/recharge/index.ts';

export interface Call {
  /** ISO instant, e.g. '2026-09-01T10:00:00Z'. */
  at: string;
  sec?: number;
  costCents?: number;
  billableMin?: number;
  kind?: ActivityKind;
}

/** A CallTable of `calls`; costs and minutes NaN where not given. */
export function table(calls: Call[]): CallTable {
  const t = emptyCallTable(calls.length);
  calls.forEach((c, i) => {
    t.startMs[i] = Date.parse(c.at);
    t.durationSec[i] = c.sec ?? 60;
    t.kind[i] = ACTIVITY_KINDS.indexOf(c.kind ?? 'dial');
    if (c.costCents !== undefined) t.costCents[i] = c.costCents;
    if (c.billableMin !== undefined) t.billableMin[i] = c.billableMin;
  });
  return t;
}

/** One call at 10:00 UTC with cost `costCents(day)` on each day of the month 'YYYY-MM' (day 1-based). */
export function monthOfCalls(month: string, costCents: (day: number) => number): Call[] {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => ({ at: new Date(Date.UTC(y, m - 1, i + 1, 10)).toISOString(), sec: 300, costCents: costCents(i + 1) }));
}

/** A usage path of `days` days with `perHour(day, hour)` cents in each hour. */
export function path(days: number, perHour: (day: number, hour: number) => number, declineU: Float64Array | null = null): UsagePath {
  const hourly = new Float64Array(days * 24);
  const dayTotal = new Float64Array(days);
  const dayCum = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    let cum = 0;
    for (let h = 0; h < 24; h++) {
      hourly[d * 24 + h] = perHour(d, h);
      cum += hourly[d * 24 + h];
      dayCum[d] += cum;
    }
    dayTotal[d] = cum;
  }
  return { hourly, dayTotal, dayCum, declineU };
}

export function settings(patch: Partial<PassSettings>): PassSettings {
  return {
    rechargeDays: 14,
    thresholdDays: 5,
    amountCents: 14_000,
    thresholdCents: 5_000,
    startBalanceCents: 19_000,
    declineProbability: 0,
    declineRetryHours: 24,
    creditDelayHours: 0,
    ...patch,
  };
}

/**
 * A busy, uneven usage: a month of observed days, weekdays around $100 with a few $400 spikes,
 * weekends quiet, usage 8h–18h. Declines and a credit delay make reaching zero possible.
 */
export function bumpyInput(patch: Partial<RechargeInput> = {}): RechargeInput {
  const days = 28;
  const weekday = new Uint8Array(days);
  const hourlyCents = new Float64Array(days * 24);
  let usageCents = 0;
  for (let d = 0; d < days; d++) {
    weekday[d] = d % 7;
    const total = d % 7 >= 5 ? 500 : d % 9 === 4 ? 40_000 : 8_000 + 500 * (d % 5) * 8;
    for (let h = 8; h < 18; h++) hourlyCents[d * 24 + h] = total / 10;
    usageCents += total;
  }
  const rule = { month: '2026-02', days: 28, usageCents, complete: true, rechargeDays: 14, thresholdDays: 5, amountCents: 0, thresholdCents: 0 };
  return rechargeInput(rule, { kind: 'days', weekday, hourlyCents }, {
    months: 3,
    seed: 'bumpy',
    declineProbability: 0.3,
    declineRetryHours: 24,
    creditDelayHours: 12,
    ...patch,
  });
}

export type { DailyUsage };
