import { childSeed, createStream } from '../random/create-stream.ts';
import { balancePass, passTally } from './balance-pass.ts';
import { drawUsagePath, type UsagePath } from './draw-usage-path.ts';
import { passSettings } from './pass-settings.ts';
import { rechargeCalendar } from './recharge-calendar.ts';
import type { RechargeInput, RechargeReplication } from './types.ts';

/**
 * Replications `from` (inclusive) to `to` (exclusive) of the balance simulation, in index order:
 * the unit of work a pool worker runs. Replication i draws its usage path (and card declines) from
 * createStream(childSeed(input.seed, i)) alone and replays it through the rule with
 * input.rechargeDays / input.thresholdDays (balancePass), so any split into chunks gives the same
 * replications. Replication 0 also keeps its hourly balance (the sample path).
 * Example: runRechargeChunk(input, 8, 12).map((r) => r.index) → [8, 9, 10, 11]
 */
export function runRechargeChunk(input: RechargeInput, from: number, to: number): RechargeReplication[] {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from) {
    throw new RangeError(`runRechargeChunk: need whole numbers 0 ≤ from ≤ to, got ${from}..${to}`);
  }
  const settings = passSettings(input, input.rechargeDays, input.thresholdDays, 'runRechargeChunk');
  const cal = rechargeCalendar(input.startMonth, input.months);
  const out: RechargeReplication[] = [];
  let path: UsagePath | undefined;
  for (let i = from; i < to; i++) {
    path = drawUsagePath(input.usage, cal, input.growthPct, input.declineProbability, createStream(childSeed(input.seed, i)), path);
    const tally = passTally(cal.monthLabels.length, cal.days, i === 0 ? cal.days * 24 : 0);
    balancePass(path, cal, settings, tally);
    let hit = 0;
    for (let m = 0; m < tally.hitZeroByMonth.length; m++) hit |= tally.hitZeroByMonth[m];
    out.push({
      index: i,
      hitZero: hit,
      hitZeroByMonth: tally.hitZeroByMonth,
      downtimeHours: tally.downtimeHours,
      unservedCents: tally.unservedCents,
      rechargesByMonth: tally.rechargesByMonth,
      billedByMonth: tally.billedByMonth,
      idleBalanceCents: tally.idleSum / (cal.days * 24),
      minBalanceCents: tally.minBalanceCents,
      dayEndBalance: tally.dayEnd!,
      ...(tally.hourly ? { hourlyBalance: tally.hourly } : {}),
    });
  }
  return out;
}
