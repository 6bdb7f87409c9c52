/** Small frozen pool pictures and sizings for the Licenses page's tests, built by factories. */
import type { Finding, PoolObserved, PoolSizing, PooledLicense } from '../../../../src/core/licenses/types.ts';

/**
 * A pool observed on Mondays only: cells 9 and 10 (09:00 and 10:00) with the given peaks and
 * means, every other Monday hour observed with nobody, the rest of the week not observed.
 */
export function observed(license: PooledLicense, users: number, peaks: [number, number], means: [number, number]): PoolObserved {
  const mean = new Float64Array(168).fill(NaN);
  const peak = new Int32Array(168);
  const p95 = new Float64Array(168).fill(NaN);
  for (let h = 0; h < 24; h++) { mean[h] = 0; p95[h] = 0; }
  [mean[9], mean[10]] = means;
  [peak[9], peak[10]] = peaks;
  [p95[9], p95[10]] = peaks;
  return {
    license, users,
    peakConcurrent: Math.max(...peaks),
    byHourOfWeek: { mean, peak, p50: p95, p90: p95, p95 },
    busyCell: means[1] > means[0] ? 10 : 9,
  };
}

/** A sizing whose busy-hour short share at level n is shares[n]. */
export function sizing(license: PooledLicense, shares: number[], target = 0.01): PoolSizing {
  const recommended = shares.findIndex((s) => s <= target);
  return {
    license,
    recommended,
    met: true,
    table: shares.map((s, n) => ({ licenses: n, busyShortShare: s, shortShare: s / 2 })),
    simulatedPeak: { mean: shares.length - 1, max: shares.length - 1 },
  };
}

export function finding(code: Finding['code'], monthlyCostCents?: number, users: string[] = []): Finding {
  return { code, severity: 'warning', title: code, detail: '', users, ...(monthlyCostCents === undefined ? {} : { monthlyCostCents }) };
}
