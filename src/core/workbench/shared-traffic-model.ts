/**
 * The traffic model a scenario carries, so that someone without the data set can still size ports
 * on the sender's traffic: per port-holding stream its 168 hourly arrival rates and its holding-time
 * model, in plain JSON small enough for a share link. The call records never go in: an empirical
 * holding model keeps only its quantiles, and day resampling (which replays the observed days) has
 * nothing to replay, so a shared model always draws Poisson arrivals from the hourly rates.
 */
import type { ActivityKind } from '../ingest/types.ts';
import type { HoldingModel, TrafficModel, TrafficStream } from '../ports/types.ts';
import { quantileSorted } from '../stats/quantile.ts';

/** Quantiles kept of an empirical holding model: every percentile, minimum and maximum included. */
export const SHARED_QUANTILES = 101;
/** Significant digits kept of a rate or a duration: far finer than the noise of a month of data. */
export const SHARED_DIGITS = 4;
/** Samples an empirical model is expanded to: enough for the curve between quantiles to be smooth. */
const EXPANDED_SAMPLES = 2000;

export type SharedHolding =
  | { kind: 'exponential'; meanSec: number }
  | { kind: 'lognormal'; meanSec: number; cv: number }
  | { kind: 'constant'; meanSec: number }
  /** quantilesSec[k] is the holding time at probability k / (length − 1), non-decreasing. */
  | { kind: 'empirical'; meanSec: number; quantilesSec: number[] };

export interface SharedStream {
  kind: ActivityKind;
  /** 168 arrivals per hour, index = weekday * 24 + hour (Monday = 0), local time. */
  ratePerHour: number[];
  holding: SharedHolding;
}

export interface SharedTrafficModel {
  /** IANA zone of the hours. */
  timeZone: string;
  /** The fitted model's own description: "outbound-team.csv, 13,753 port-holding calls over 31 days". */
  source: string;
  /** When the data set's last call ended (UTC ms): the page simulates the month after it, as the sender's did. */
  dataEndMs: number;
  streams: SharedStream[];
}

export interface SharedModelMeta {
  /** UTC ms the data set's last call ended. */
  dataEndMs: number;
}

/** x to `digits` significant digits; 0 stays 0. */
export function roundSignificant(x: number, digits = SHARED_DIGITS): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(digits));
}

function compactHolding(h: HoldingModel): SharedHolding {
  const meanSec = roundSignificant(h.meanSec, 8);
  switch (h.kind) {
    case 'exponential':
    case 'constant':
      return { kind: h.kind, meanSec };
    case 'lognormal':
      return { kind: 'lognormal', meanSec, cv: roundSignificant(h.cv, 6) };
    case 'empirical': {
      if (h.samplesSec.length === 0) return { kind: 'constant', meanSec };
      const sorted = Float64Array.from(h.samplesSec).sort();
      const last = SHARED_QUANTILES - 1;
      const quantilesSec = Array.from({ length: SHARED_QUANTILES }, (_, k) => roundSignificant(quantileSorted(sorted, k / last)));
      return { kind: 'empirical', meanSec, quantilesSec };
    }
  }
}

/**
 * The JSON-safe form of a fitted model: rates and quantiles to SHARED_DIGITS significant digits,
 * an empirical holding model reduced to its SHARED_QUANTILES percentiles; `days` is left out.
 * Example: compactTrafficModel(fitTrafficModel(table, opts), { dataEndMs })
 *   → { timeZone: 'America/Chicago', source: 'outbound-team.csv, 13,753 port-holding calls over 31 days',
 *       dataEndMs, streams: [{ kind: 'dial', ratePerHour: [0, 0, …, 41.23, …], holding: { kind: 'empirical', … } }, …] }
 */
export function compactTrafficModel(model: TrafficModel, meta: SharedModelMeta): SharedTrafficModel {
  return {
    timeZone: model.timeZone,
    source: model.source,
    dataEndMs: meta.dataEndMs,
    streams: model.streams.map((s) => ({
      kind: s.kind,
      ratePerHour: Array.from(s.ratePerHour, (r) => roundSignificant(r)),
      holding: compactHolding(s.holding),
    })),
  };
}

/**
 * Samples of the holding time whose distribution is the piecewise-linear curve through the
 * quantiles: n draws at the middle of n equal steps of probability, so resampling them uniformly
 * (as the simulator does) follows the curve. The last step is bent to give `meanSec` (bendTail).
 */
function samplesFromQuantiles(q: readonly number[], meanSec: number, n = EXPANDED_SAMPLES): Float64Array {
  const out = new Float64Array(n);
  const steps = q.length - 1;
  let tailFrom = n;
  for (let j = 0; j < n; j++) {
    const h = ((j + 0.5) / n) * steps;
    const i = Math.min(Math.floor(h), steps - 1);
    if (i === steps - 1 && tailFrom === n) tailFrom = j;
    out[j] = q[i]! + (h - i) * (q[i + 1]! - q[i]!);
  }
  bendTail(out, tailFrom, q[steps - 1]!, q[steps]!, meanSec);
  return out;
}

/**
 * Reshapes samples [from, end) between `lo` and `hi` so that all samples average `meanSec` (as
 * near as the range allows). Call durations have a long tail: the top percentile runs from about
 * 3,000 s to a single call of 8,600 s, and a straight line to that maximum overstated the mean of
 * the sample exports by 3–5 %. The curve lo + (hi − lo)·t^a (t uniform on 0..1) has the mean
 * lo + (hi − lo) / (a + 1), so `a` follows from the mean wanted; a last scaling makes it exact on
 * the discrete points.
 */
function bendTail(out: Float64Array, from: number, lo: number, hi: number, meanSec: number): void {
  const k = out.length - from;
  if (k === 0 || !(hi > lo)) return;
  let rest = 0;
  for (let j = 0; j < from; j++) rest += out[j]!;
  const want = Math.min(Math.max((meanSec * out.length - rest) / k, lo), hi) - lo;
  if (!(want > 0)) {
    out.fill(lo, from);
    return;
  }
  const a = Math.max(0, (hi - lo) / want - 1);
  let sum = 0;
  for (let j = from; j < out.length; j++) sum += out[j] = (hi - lo) * ((j - from + 0.5) / k) ** a;
  const scale = want / (sum / k);
  for (let j = from; j < out.length; j++) out[j] = lo + Math.min(hi - lo, out[j]! * scale);
}

function expandHolding(h: SharedHolding): HoldingModel {
  switch (h.kind) {
    case 'empirical':
      // A single quantile is a constant holding time.
      if (h.quantilesSec.length < 2) return { kind: 'constant', meanSec: h.meanSec };
      return { kind: 'empirical', samplesSec: samplesFromQuantiles(h.quantilesSec, h.meanSec), meanSec: h.meanSec };
    case 'lognormal':
      return { kind: 'lognormal', meanSec: h.meanSec, cv: h.cv };
    default:
      return { kind: h.kind, meanSec: h.meanSec };
  }
}

/** The words a shared model's source is shown with, so nobody takes it for the data set itself. */
export function sharedSourceText(shared: Pick<SharedTrafficModel, 'source'>): string {
  return `${shared.source} (a model shared with the scenario, no call records)`;
}

/**
 * The TrafficModel the simulator runs from a shared model: Poisson arrivals at the hourly rates,
 * an empirical holding model resampled from the curve through its quantiles.
 * Example: expandTrafficModel(compactTrafficModel(model, meta)).streams[0].ratePerHour
 *   // model's rates to 4 significant digits, as a Float64Array of 168
 */
export function expandTrafficModel(shared: SharedTrafficModel): TrafficModel {
  const streams: TrafficStream[] = shared.streams.map((s) => ({
    kind: s.kind,
    ratePerHour: Float64Array.from(s.ratePerHour),
    holding: expandHolding(s.holding),
  }));
  return { timeZone: shared.timeZone, streams, arrivals: 'poisson', source: sharedSourceText(shared) };
}
