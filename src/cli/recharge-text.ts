/** The `recharge` report for people: the rule in words, the backtest, then the simulation. */
import type { Interval } from '../core/ports/types.ts';

export interface RechargeTextInput {
  source: { file: string; timeZone: string; calls: number; priced: { cost: number; billableMinutes: number; duration: number } };
  assumptions: { rateCentsPerMin: number; incrementSec: number; minuteKinds: string[]; rateAssumed: boolean };
  lastMonth: { month: string; days: number; usage: string; complete: boolean };
  sentence: string;
  backtest: { month: string; startBalance: string; recharges: number; billed: string; minBalance: string; hoursAtZero: number; endBalance: string };
  simulation: {
    seed: string;
    replications: number;
    months: string[];
    usageModel: string;
    startBalance: string;
    pZero: Interval;
    pZeroByMonth: ({ month: string } & Interval)[];
    rechargesPerMonth: { mean: number; p95: number };
    billed: { mean: string; perMonth: string };
    idleBalance: { mean: string };
    downtimeHours: Interval;
    elapsedMs: number;
  };
  tuner?: Record<string, unknown>;
}

function pct(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const p = Math.max(0, share) * 100;
  return p === 0 ? '0%' : p < 0.1 ? '<0.1%' : `${p.toFixed(1)}%`;
}

const num = (x: number, digits = 1) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x);
const usd = (decimal: string) => `$${decimal.replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',')}`;

/**
 * Plain-text rendering of the JSON report (same numbers, rounded for reading).
 * Example: rechargeText(report) → "Last month (September 2026): 30 days, $375.00 used → …\n…"
 */
export function rechargeText(r: RechargeTextInput): string {
  const s = r.simulation;
  const b = r.backtest;
  const { priced } = r.source;
  const lines = [
    r.sentence,
    `usage: ${r.assumptions.minuteKinds.join(', ')} calls; ${num(priced.cost, 0)} priced from the export's cost, ` +
      `${num(priced.billableMinutes + priced.duration, 0)} at ${r.assumptions.rateCentsPerMin} cents a minute in ${r.assumptions.incrementSec} s increments` +
      (r.assumptions.rateAssumed ? ' (an assumed rate: set --rate)' : ''),
    '',
    `backtest, ${b.month} replayed hourly from ${usd(b.startBalance)}: ${b.recharges} recharges (${usd(b.billed)}), lowest balance ${usd(b.minBalance)}, ` +
      `${b.hoursAtZero} hours at zero, closing at ${usd(b.endBalance)}`,
    '',
    `simulated ${s.months[0]} to ${s.months[s.months.length - 1]} from ${usd(s.startBalance)}, ${num(s.replications, 0)} replications (seed ${s.seed}, ${s.usageModel} usage, ${s.elapsedMs} ms):`,
    `  balance reaches zero: ${pct(s.pZero.mean)} (95% ${pct(s.pZero.lo)}–${pct(s.pZero.hi)}); ` +
      s.pZeroByMonth.map((m) => `${m.month} ${pct(m.mean)}`).join(', '),
    `  recharges a month: ${num(s.rechargesPerMonth.mean)} on average, ${num(s.rechargesPerMonth.p95)} at the 95th percentile`,
    `  billed: ${usd(s.billed.mean)} over the horizon (${usd(s.billed.perMonth)} a month); idle balance ${usd(s.idleBalance.mean)} on average`,
    `  dialer stopped: ${num(s.downtimeHours.mean, 2)} hours on average`,
    'A recharge fires when the balance is at or below the threshold (equal counts); if it is still at or below after one, the next hourly check fires again.',
  ];
  const t = r.tuner as { cheapest: Record<string, unknown> | null; platform: Record<string, unknown> | null; targetPZero: number } | undefined;
  if (t) {
    const describe = (c: Record<string, unknown> | null) =>
      c ? `${c.rechargeDays}/${c.thresholdDays} days: zero ${pct((c.pZero as Interval).mean)}, ${num(c.rechargesPerMonth as number)} recharges a month, idle ${usd(c.idleBalance as string)}` : 'none';
    lines.push('', `tuner: platform ${describe(t.platform)}`, `       cheapest under ${pct(t.targetPZero)} risk: ${describe(t.cheapest)}`);
  }
  return lines.join('\n');
}
