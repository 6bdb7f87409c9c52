import { isValidTimeZone } from '../ingest/time/zone-offset.ts';
import { ACTIVITY_KINDS, type ActivityKind } from '../ingest/types.ts';
import type { HoldingModel, TrafficModel } from './types.ts';

/** A scenario without data: a typical weekday's calls per hour, scaled per weekday. */
export interface ParametricTraffic {
  /** IANA zone the hours are read in. */
  timeZone: string;
  /** The stream's activity kind; default 'other'. */
  kind?: ActivityKind;
  /** 24 values: port-holding calls arriving in each local hour (0h..23h) of a typical weekday. */
  callsPerHour: number[];
  /** 7 values, Monday..Sunday: each day's volume relative to the typical weekday, e.g. [1, 1, 1, 1, 1, 0.3, 0.1]. */
  weekdayFactors: number[];
  /** Mean holding time per call, seconds (> 0). */
  meanHoldingSec: number;
  distribution: 'exponential' | 'lognormal' | 'constant';
  /** Coefficient of variation (sd / mean) of the holding time; required for 'lognormal'. */
  cv?: number;
}

const DISTRIBUTIONS = ['exponential', 'lognormal', 'constant'] as const;

/**
 * A TrafficModel from a parametric scenario: one Poisson stream whose rate in hour h of weekday d
 * is callsPerHour[h] × weekdayFactors[d] calls per hour. Throws a RangeError naming the field
 * when the spec is invalid.
 * Example: parametricModel({ timeZone: 'UTC', callsPerHour: Array(24).fill(200),
 *   weekdayFactors: [1, 1, 1, 1, 1, 1, 1], meanHoldingSec: 180, distribution: 'exponential' })
 *   → a flat 10-erlang model (200 calls/h × 180 s / 3600).
 */
export function parametricModel(spec: ParametricTraffic): TrafficModel {
  const fail = (field: string, problem: string): never => {
    throw new RangeError(`parametricModel: ${field} ${problem}`);
  };
  if (typeof spec.timeZone !== 'string' || !isValidTimeZone(spec.timeZone)) {
    fail('timeZone', `must be an IANA time zone, got ${String(spec.timeZone)}`);
  }
  const kind = spec.kind ?? 'other';
  if (!ACTIVITY_KINDS.includes(kind)) fail('kind', `must be one of ${ACTIVITY_KINDS.join(', ')}, got ${String(kind)}`);
  checkRates(spec.callsPerHour, 24, 'callsPerHour', fail);
  checkRates(spec.weekdayFactors, 7, 'weekdayFactors', fail);
  const mean = spec.meanHoldingSec;
  if (typeof mean !== 'number' || !(mean > 0) || !Number.isFinite(mean)) {
    fail('meanHoldingSec', `must be a finite number of seconds > 0, got ${String(mean)}`);
  }
  if (!DISTRIBUTIONS.includes(spec.distribution)) {
    fail('distribution', `must be one of ${DISTRIBUTIONS.join(', ')}, got ${String(spec.distribution)}`);
  }
  if (spec.distribution === 'lognormal' || spec.cv !== undefined) {
    const cv = spec.cv;
    if (typeof cv !== 'number' || !(cv >= 0) || !Number.isFinite(cv)) {
      fail('cv', `must be a finite number ≥ 0${spec.distribution === 'lognormal' ? ' for a lognormal' : ''}, got ${String(cv)}`);
    }
  }

  const ratePerHour = new Float64Array(168);
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < 24; h++) ratePerHour[d * 24 + h] = spec.callsPerHour[h] * spec.weekdayFactors[d];
  }
  const holding: HoldingModel =
    spec.distribution === 'lognormal'
      ? { kind: 'lognormal', meanSec: mean, cv: spec.cv as number }
      : { kind: spec.distribution, meanSec: mean };
  const perWeekday = spec.callsPerHour.reduce((a, b) => a + b, 0);
  const shape = spec.distribution === 'lognormal' ? `lognormal, cv ${spec.cv}` : spec.distribution;
  return {
    timeZone: spec.timeZone,
    streams: [{ kind, ratePerHour, holding }],
    arrivals: 'poisson',
    source: `parametric: ${formatCount(perWeekday)} calls on a typical weekday, mean holding ${mean} s (${shape})`,
  };
}

function checkRates(values: unknown, length: number, field: string, fail: (f: string, p: string) => never): void {
  if (!Array.isArray(values) || values.length !== length) {
    fail(field, `must be an array of ${length} numbers, got ${Array.isArray(values) ? values.length : typeof values}`);
  }
  (values as unknown[]).forEach((v, i) => {
    if (typeof v !== 'number' || !(v >= 0) || !Number.isFinite(v)) {
      fail(`${field}[${i}]`, `must be a finite number ≥ 0, got ${String(v)}`);
    }
  });
}

function formatCount(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}
