import { meanInterval } from '../stats/mean-interval.ts';
import { erlangB } from './erlang-b.ts';
import { parametricModel } from './parametric-model.ts';
import { simulateReplication } from './simulate-replication.ts';
import type { Interval, SimulationOptions } from './types.ts';

const TRAFFIC_ERL = 10;
const PORTS = 15;
const CALLS_PER_HOUR = 200;
/** Widening of the confidence interval's half-width before calling a disagreement. */
const WIDEN = 1.5;

/**
 * The simulator against Erlang B, where Erlang B is exact: flat Poisson arrivals (200 calls/h) with
 * exponential holding (180 s mean), A = 10 E offered to N = 15 ports, one week (from Monday
 * 2026-01-05, UTC) per replication. `agrees` when Erlang B lies within the replications' 95 %
 * interval widened by half (|B − mean| ≤ 1.5 × half-width), which a correct simulator fails about
 * once in 150 seeds. Each replication starts empty; over a week the warm-up bias is under 0.1 %.
 * Example: selfCheck('check') → { trafficErl: 10, ports: 15, simulated: { mean: 0.0365…, … },
 *   erlangB: 0.03649…, agrees: true }
 */
export function selfCheck(
  seed: string,
  replications = 20,
): { trafficErl: number; ports: number; simulated: Interval; erlangB: number; agrees: boolean } {
  if (!Number.isInteger(replications) || replications < 2) {
    throw new RangeError(`selfCheck: replications must be a whole number ≥ 2, got ${replications}`);
  }
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array<number>(24).fill(CALLS_PER_HOUR),
    weekdayFactors: Array<number>(7).fill(1),
    meanHoldingSec: (TRAFFIC_ERL * 3600) / CALLS_PER_HOUR,
    distribution: 'exponential',
  });
  const startMs = Date.UTC(2026, 0, 5);
  const opts: SimulationOptions = {
    startMs,
    endMs: startMs + 7 * 86_400_000,
    portsLo: PORTS,
    portsHi: PORTS,
    whatIf: { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } },
    seed,
  };
  const blocking = new Float64Array(replications);
  for (let i = 0; i < replications; i++) {
    const r = simulateReplication(model, opts, i);
    blocking[i] = r.offered > 0 ? r.blocked[0] / r.offered : 0;
  }
  const simulated = meanInterval(blocking);
  const exact = erlangB(TRAFFIC_ERL, PORTS);
  const half = (simulated.hi - simulated.lo) / 2;
  return { trafficErl: TRAFFIC_ERL, ports: PORTS, simulated, erlangB: exact, agrees: Math.abs(exact - simulated.mean) <= WIDEN * half };
}
