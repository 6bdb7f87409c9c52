import type { ConcurrencySeries, ConcurrencySteps } from './types.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Bucket widths a person reads at a glance; past a day, whole days. */
const WIDTHS_MS = [MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, DAY_MS];

/**
 * A step function cut into buckets for a chart: per bucket the highest level reached and the
 * time-weighted mean level (over the whole bucket; the level is 0 outside the steps).
 * The width is the smallest of 1, 5, 15, 30 min, 1, 3, 6 h, 1 day giving at most `maxBuckets`
 * buckets to cover [fromMs, toMs) (beyond that, the smallest whole number of days that does);
 * buckets start at UTC multiples of the width. An empty or invalid range gives no buckets.
 * Example: level 2 on [10:00, 10:00:30) and 0 after, range [10:00, 10:02), maxBuckets 10 →
 * bucketMs 60 000, max [2, 0], mean [1, 0].
 */
export function downsampleSteps(
  steps: ConcurrencySteps,
  fromMs: number,
  toMs: number,
  maxBuckets: number,
): ConcurrencySeries {
  if (!(maxBuckets >= 1)) throw new RangeError(`downsampleSteps: maxBuckets must be ≥ 1, got ${maxBuckets}`);
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) {
    return { bucketMs: WIDTHS_MS[0], startsMs: new Float64Array(0), max: new Int32Array(0), mean: new Float32Array(0) };
  }
  const bucketMs = chooseWidth(fromMs, toMs, Math.floor(maxBuckets));
  const first = Math.floor(fromMs / bucketMs);
  const count = Math.ceil(toMs / bucketMs) - first;
  const originMs = first * bucketMs;
  const endMs = originMs + count * bucketMs;

  const startsMs = new Float64Array(count);
  for (let b = 0; b < count; b++) startsMs[b] = originMs + b * bucketMs;
  const max = new Int32Array(count);
  const levelMs = new Float64Array(count);

  const { timesMs, levels } = steps;
  for (let i = 0; i + 1 < levels.length; i++) {
    const level = levels[i];
    // Level 0 adds nothing to either the maximum or the mean.
    if (level === 0) continue;
    const segStart = Math.max(timesMs[i], originMs);
    const segEnd = Math.min(timesMs[i + 1], endMs);
    if (segEnd <= segStart) continue;
    for (let b = Math.floor((segStart - originMs) / bucketMs); b < count; b++) {
      const bStart = originMs + b * bucketMs;
      if (bStart >= segEnd) break;
      const overlap = Math.min(segEnd, bStart + bucketMs) - Math.max(segStart, bStart);
      if (overlap <= 0) continue;
      levelMs[b] += level * overlap;
      if (level > max[b]) max[b] = level;
    }
  }
  const mean = new Float32Array(count);
  for (let b = 0; b < count; b++) mean[b] = levelMs[b] / bucketMs;
  return { bucketMs, startsMs, max, mean };
}

function bucketCount(fromMs: number, toMs: number, widthMs: number): number {
  return Math.ceil(toMs / widthMs) - Math.floor(fromMs / widthMs);
}

function chooseWidth(fromMs: number, toMs: number, maxBuckets: number): number {
  for (const w of WIDTHS_MS) if (bucketCount(fromMs, toMs, w) <= maxBuckets) return w;
  let days = Math.max(2, Math.floor((toMs - fromMs) / DAY_MS / maxBuckets));
  while (bucketCount(fromMs, toMs, days * DAY_MS) > maxBuckets) days++;
  return days * DAY_MS;
}
