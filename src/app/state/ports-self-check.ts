/**
 * The simulator's self-check: flat Poisson arrivals with exponential holding times offer a known
 * traffic, for which Erlang B is exact (domain.md section 2), so the simulated blocking must agree
 * with it within its confidence interval.
 */
import { defaultHorizon } from '../../core/ports/default-horizon.ts';
import { erlangB } from '../../core/ports/erlang-b.ts';
import { parametricModel } from '../../core/ports/parametric-model.ts';
import type { Interval, PortsResult, SimulationOptions, TrafficModel } from '../../core/ports/types.ts';

/** Offered traffic of the check, in erlangs: 200 calls an hour of 180 s each. */
export const CHECK_TRAFFIC_ERL = 10;
export const CHECK_CALLS_PER_HOUR = 200;
export const CHECK_MEAN_HOLDING_SEC = 180;
/** The port count quoted in words (Erlang B: 3.65 % at 10 E), inside the simulated range. */
export const CHECK_PORTS = 15;
export const CHECK_PORTS_LO = 10;
export const CHECK_PORTS_HI = 20;
export const CHECK_REPLICATIONS = 40;
export const CHECK_SEED = 'self-check';

/** The check's run: flat 200 calls/h every hour of the week, exponential 180 s, a fixed month and seed. */
export function selfCheckJob(): { model: TrafficModel; opts: SimulationOptions; replications: number } {
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array<number>(24).fill(CHECK_CALLS_PER_HOUR),
    weekdayFactors: Array<number>(7).fill(1),
    meanHoldingSec: CHECK_MEAN_HOLDING_SEC,
    distribution: 'exponential',
  });
  // A fixed month, so the check gives the same numbers on every machine and every day.
  const month = defaultHorizon('UTC', Date.UTC(2026, 0, 1));
  const opts: SimulationOptions = {
    startMs: month.startMs, endMs: month.endMs, portsLo: CHECK_PORTS_LO, portsHi: CHECK_PORTS_HI,
    whatIf: { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } }, seed: CHECK_SEED,
  };
  return { model, opts, replications: CHECK_REPLICATIONS };
}

export interface SelfCheckRow {
  ports: number;
  simulated: Interval;
  erlangB: number;
  agrees: boolean;
}

export interface SelfCheckOutcome {
  rows: SelfCheckRow[];
  /** The row at CHECK_PORTS (or the middle row if the range lacks it). */
  headline: SelfCheckRow | null;
  agrees: boolean;
  /** Rows that disagree. */
  disagreements: SelfCheckRow[];
}

/**
 * Simulated blocking against Erlang B, per port count. A row agrees when Erlang B lies inside the
 * simulated 95 % interval widened by half (about three standard errors: the check must not cry
 * wolf on a correct simulator one time in twenty), or within 2 % of it relative (the month starts
 * with every port free, a bias far below any sizing decision).
 * Example: simulated 3.62 % [3.55, 3.70] at 15 ports against Erlang B 3.649 % → agrees.
 */
export function compareWithErlangB(result: Pick<PortsResult, 'table'>, trafficErl = CHECK_TRAFFIC_ERL): SelfCheckOutcome {
  const rows = result.table.map((r) => {
    const expected = erlangB(trafficErl, r.ports);
    const { mean, lo, hi } = r.blocking;
    const slack = 0.5 * Math.max(hi - mean, mean - lo);
    const inside = expected >= lo - slack && expected <= hi + slack;
    const close = Math.abs(mean - expected) <= 0.02 * expected;
    return { ports: r.ports, simulated: r.blocking, erlangB: expected, agrees: inside || close };
  });
  const headline = rows.find((r) => r.ports === CHECK_PORTS) ?? rows[Math.floor(rows.length / 2)] ?? null;
  const disagreements = rows.filter((r) => !r.agrees);
  return { rows, headline, agrees: rows.length > 0 && disagreements.length === 0, disagreements };
}
