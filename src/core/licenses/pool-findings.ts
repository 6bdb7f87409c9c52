import { LICENSE_LABELS, type Finding, type LicenseType, type PoolNeed, type PooledLicense } from './types.ts';

/**
 * Findings on pool totals against what the pools need. The need counts every user whose activities
 * need the pool, licensed or not (`buildPoolInput`); the total is what the pool holds (the roster's
 * holders by default). 'pool-short' when a pool holds fewer licenses than recommended for the
 * lock-out target (cost: the missing licenses a month), e.g. fewer Dialer Tab holders than users
 * dialing at once; and 'pool-shelfware' when it holds more than its need (the larger of recommended
 * and observed peak) by at least max(1, ⌈slack × need⌉) (cost: the licenses above the need a
 * month), e.g. Flex Ports held by back-office users who never use one. Pool findings name no users
 * (`users` is empty) and carry `license`.
 * Example: need { license: 'dialer', peakConcurrent: 6, recommended: 5 }, total 12, slack 0.25, Dialer 90.00
 *   → [{ code: 'pool-shelfware', license: 'dialer', monthlyCostCents: 54000, … }] (12 − 6 = 6 licenses).
 */
export function poolFindings(
  needs: readonly PoolNeed[],
  totals: Partial<Record<PooledLicense, number>>,
  pricesCents: Record<LicenseType, number>,
  slack: number,
): Finding[] {
  const out: Finding[] = [];
  for (const need of needs) {
    const total = totals[need.license] ?? 0;
    const label = LICENSE_LABELS[need.license];
    const price = pricesCents[need.license];
    if (total < need.recommended) {
      const missing = need.recommended - total;
      out.push({
        code: 'pool-short', severity: 'error', license: need.license, users: [],
        title: `${label} pool below the concurrent need`,
        monthlyCostCents: missing * price,
        detail: `The ${label} pool holds ${total} licenses, but the usage had up to ${need.peakConcurrent} users needing one at the same time, ` +
          `and the lock-out target needs ${need.recommended}. Users beyond ${total} are locked out at busy times. ` +
          `Adding ${missing} costs the amount shown a month.`,
      });
      continue;
    }
    const base = Math.max(need.recommended, need.peakConcurrent);
    const excess = total - base;
    if (excess >= Math.max(1, Math.ceil(slack * base))) {
      out.push({
        code: 'pool-shelfware', severity: 'info', license: need.license, users: [],
        title: `${label} pool far above the concurrent need`,
        monthlyCostCents: excess * price,
        detail: `The ${label} pool holds ${total} licenses; the usage never had more than ${need.peakConcurrent} users needing one at the same time ` +
          `and the lock-out target needs ${need.recommended}. The ${excess} above ${base} are shelfware: the amount shown is paid each month for them ` +
          '(a contract floor may keep the total from being lowered).',
      });
    }
  }
  return out;
}
