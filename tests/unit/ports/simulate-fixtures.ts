/** Small models and run options for the simulation tests. */
import { parametricModel, type ParametricTraffic } from '../../../src/core/ports/parametric-model.ts';
import type { ReplicationResult, SimulationOptions, TrafficModel, WhatIf } from '../../../src/core/ports/types.ts';

/** Monday 2026-11-02 00:00 UTC. */
export const MONDAY = Date.UTC(2026, 10, 2);
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function whatIf(patch: Partial<WhatIf> = {}): WhatIf {
  return { growthPct: 0, multipliers: {}, retry: { share: 0, delaySec: 60 }, ...patch };
}

/** A flat Poisson model offering `erlangs` with the given holding distribution (mean 180 s), in UTC. */
export function flatModel(
  erlangs: number,
  distribution: ParametricTraffic['distribution'] = 'exponential',
  cv?: number,
): TrafficModel {
  const meanHoldingSec = 180;
  return parametricModel({
    timeZone: 'UTC',
    callsPerHour: Array<number>(24).fill((erlangs * 3600) / meanHoldingSec),
    weekdayFactors: Array<number>(7).fill(1),
    meanHoldingSec,
    distribution,
    cv,
  });
}

/** Office hours: quiet nights, a 10h–11h peak, quiet weekends; lognormal holding. */
export function officeModel(timeZone = 'UTC'): TrafficModel {
  const callsPerHour = Array.from({ length: 24 }, (_, h) => (h === 10 ? 240 : h >= 8 && h < 18 ? 120 : 10));
  return parametricModel({
    timeZone,
    callsPerHour,
    weekdayFactors: [1, 1, 1, 1, 1, 0.3, 0.1],
    meanHoldingSec: 150,
    distribution: 'lognormal',
    cv: 1.2,
  });
}

export function options(patch: Partial<SimulationOptions> = {}): SimulationOptions {
  return {
    startMs: MONDAY,
    endMs: MONDAY + DAY_MS,
    portsLo: 5,
    portsHi: 15,
    whatIf: whatIf(),
    seed: 'ports-test',
    ...patch,
  };
}

/** Erlang B from its definition, in log space: (A^N/N!) / Σ_{k≤N} A^k/k!. */
export function erlangBReference(trafficErl: number, ports: number): number {
  const logTerms = Array.from({ length: ports + 1 }, (_, k) => k * Math.log(trafficErl) - logFactorial(k));
  const top = Math.max(...logTerms);
  const logSum = top + Math.log(logTerms.reduce((s, t) => s + Math.exp(t - top), 0));
  return Math.exp(logTerms[ports] - logSum);
}

function logFactorial(k: number): number {
  let s = 0;
  for (let j = 2; j <= k; j++) s += Math.log(j);
  return s;
}

/** A replication result as plain arrays, for toEqual and byte comparisons. */
export function plain(r: ReplicationResult): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]));
}
