import { childSeed, createStream } from '../random/create-stream.ts';
import { balancePass, passTally } from './balance-pass.ts';
import { drawUsagePath, type UsagePath } from './draw-usage-path.ts';
import { passSettings } from './pass-settings.ts';
import { rechargeCalendar } from './recharge-calendar.ts';
import type { TunerInput, TunerReplication } from './types.ts';

/**
 * Replications `from` to `to` (exclusive) of the tuner: each replication draws one usage path from
 * createStream(childSeed(tuner.sim.seed, i)), the same one runRechargeChunk draws for replication
 * i, and replays it through every cell of the grid (common random numbers: cells differ only by
 * their setting, so comparisons between them are paired). Per cell, row-major over rechargeDays ×
 * thresholdDays: 1 if the balance reached zero, recharges over the horizon, mean idle balance in cents.
 * A cell's starting balance is tuner.sim.startBalanceCents, or its own threshold + amount.
 * Example: runTunerChunk(tunerInput(sim), 0, 4)[0].hitZero.length → 280
 */
export function runTunerChunk(tuner: TunerInput, from: number, to: number): TunerReplication[] {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from) {
    throw new RangeError(`runTunerChunk: need whole numbers 0 ≤ from ≤ to, got ${from}..${to}`);
  }
  const { sim } = tuner;
  const cells = tuner.rechargeDays.flatMap((r) => tuner.thresholdDays.map((t) => passSettings(sim, r, t, 'runTunerChunk')));
  const cal = rechargeCalendar(sim.startMonth, sim.months);
  const hours = cal.days * 24;
  const tally = passTally(cal.monthLabels.length, 0, 0);
  const out: TunerReplication[] = [];
  let path: UsagePath | undefined;
  for (let i = from; i < to; i++) {
    path = drawUsagePath(sim.usage, cal, sim.growthPct, sim.declineProbability, createStream(childSeed(sim.seed, i)), path);
    const rep: TunerReplication = {
      index: i,
      hitZero: new Uint8Array(cells.length),
      recharges: new Float64Array(cells.length),
      idleBalanceCents: new Float64Array(cells.length),
    };
    for (let c = 0; c < cells.length; c++) {
      balancePass(path, cal, cells[c], tally);
      let hit = 0;
      let recharges = 0;
      for (let m = 0; m < tally.hitZeroByMonth.length; m++) {
        hit |= tally.hitZeroByMonth[m];
        recharges += tally.rechargesByMonth[m];
      }
      rep.hitZero[c] = hit;
      rep.recharges[c] = recharges;
      rep.idleBalanceCents[c] = tally.idleSum / hours;
    }
    out.push(rep);
  }
  return out;
}
