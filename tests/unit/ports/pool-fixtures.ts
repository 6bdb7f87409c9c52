/** Small, fast simulation jobs for the pool tests: a day or two of parametric traffic. */
import { parametricModel } from '../../../src/core/ports/parametric-model.ts';
import { runReplications } from '../../../src/core/ports/run-replications.ts';
import { summarizeReplications } from '../../../src/core/ports/summarize-replications.ts';
import type { PortsResult, SimulationOptions, TrafficModel } from '../../../src/core/ports/types.ts';

export interface Job {
  model: TrafficModel;
  opts: SimulationOptions;
  replications: number;
}

/** About 4 erlangs in the busy hour, two days (Monday and Tuesday) in UTC, ports 2..10. */
export function smallJob(patch: Partial<SimulationOptions> = {}, replications = 12): Job {
  const callsPerHour = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 120 : 20));
  const model = parametricModel({
    timeZone: 'UTC',
    callsPerHour,
    weekdayFactors: [1, 1, 1, 1, 1, 0.3, 0.1],
    meanHoldingSec: 120,
    distribution: 'lognormal',
    cv: 1.2,
  });
  const opts: SimulationOptions = {
    startMs: Date.UTC(2026, 10, 2),
    endMs: Date.UTC(2026, 10, 4),
    portsLo: 2,
    portsHi: 10,
    whatIf: { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 } },
    seed: 'pool-test',
    ...patch,
  };
  return { model, opts, replications };
}

/** The answer without any pool: every replication in one call, summarised. */
export function direct(job: Job): PortsResult {
  return summarizeReplications(job.model, job.opts, runReplications(job.model, job.opts, 0, job.replications), 0);
}

/** A PortsResult as comparable plain data, without the timings (which differ run to run). */
export function comparable(result: PortsResult): unknown {
  const { elapsedMs, callsPerSecond, ...rest } = result;
  void elapsedMs;
  void callsPerSecond;
  return JSON.parse(JSON.stringify(rest, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));
}
