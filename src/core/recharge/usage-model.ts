import type { DailyUsage, UsageModel } from './types.ts';

/**
 * The resampling usage model of a data set: every observed day from the first to the last date,
 * with its weekday and hourly usage (each simulated day copies one of them whole).
 * Example: usageModel(usageByDay(table, usageOptions(), 'America/Chicago')) → { kind: 'days', weekday: Uint8Array(31), hourlyCents: Float64Array(744) }
 */
export function usageModel(usage: DailyUsage): UsageModel {
  if (usage.days === 0) throw new RangeError('usageModel: the data has no days');
  return { kind: 'days', weekday: usage.weekday.slice(), hourlyCents: usage.hourlyCents.slice() };
}
