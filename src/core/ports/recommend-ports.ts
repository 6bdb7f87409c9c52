import type { PortsResult, PortsRow } from './types.ts';

/** One port count as the recommendation quotes it: its table row, and its monthly cost at the given price. */
export interface PortsChoice extends PortsRow {
  monthlyCostCents?: number;
}

export interface PortsRecommendation extends PortsChoice {
  oneFewer?: PortsChoice;
  oneMore?: PortsChoice;
  /** Whether `ports` meets every target (false: no N in the range does, and `ports` is the largest tried). */
  met: boolean;
  /** Whether it meets them with margin: the upper 95 % bound of busy-hour blocking, and the p95 month's errors. */
  upperBoundMet: boolean;
  /** One sentence for people. */
  reason: string;
}

export interface PortsTarget {
  /** Busy-hour blocking share to stay at or under, e.g. 0.01. Default 0.01 when no target is given at all. */
  busyHourBlocking?: number;
  /** "Insufficient ports" errors a month to stay at or under. */
  maxBlockedPerMonth?: number;
}

/**
 * The smallest N in the simulated table whose point estimates meet the target: busy-hour blocking
 * mean ≤ target.busyHourBlocking and blocked-per-month mean ≤ target.maxBlockedPerMonth (each only
 * when set; with neither set, busy-hour blocking ≤ 1 %). The means decide, because they are the
 * best estimates; `upperBoundMet` tells whether the upper end of the busy-hour 95 % interval (and
 * the 95th-percentile month) also meets it, i.e. whether the answer holds with margin.
 * With `pricePerPortCents` (integer cents per port per month) each choice carries its monthly cost.
 * When even the largest N fails, `met` is false and `ports` is that largest N.
 * Example: rows 10..20 where busy-hour blocking falls below 1 % first at 14 →
 *   { ports: 14, met: true, oneFewer: { ports: 13, … }, oneMore: { ports: 15, … }, monthlyCostCents: 14 × price, … }
 */
export function recommendPorts(result: PortsResult, target: PortsTarget, pricePerPortCents?: number): PortsRecommendation {
  const rows = result.table;
  if (rows.length === 0) throw new RangeError('recommendPorts: the result has no rows');
  const noTarget = target.busyHourBlocking === undefined && target.maxBlockedPerMonth === undefined;
  const bh = noTarget ? 0.01 : target.busyHourBlocking;
  const max = target.maxBlockedPerMonth;
  if (bh !== undefined && !(bh >= 0 && bh <= 1)) {
    throw new RangeError(`recommendPorts: target.busyHourBlocking must be a share in [0, 1], got ${bh}`);
  }
  if (max !== undefined && !(max >= 0)) {
    throw new RangeError(`recommendPorts: target.maxBlockedPerMonth must be ≥ 0, got ${max}`);
  }
  if (pricePerPortCents !== undefined && !(pricePerPortCents >= 0 && Number.isFinite(pricePerPortCents))) {
    throw new RangeError(`recommendPorts: pricePerPortCents must be finite and ≥ 0, got ${pricePerPortCents}`);
  }

  const meets = (row: PortsRow) =>
    (bh === undefined || row.busyHourBlocking.mean <= bh) && (max === undefined || row.blockedPerMonth.mean <= max);
  const meetsWithMargin = (row: PortsRow) =>
    (bh === undefined || row.busyHourBlocking.hi <= bh) && (max === undefined || row.blockedPerMonth.p95 <= max);
  const choice = (row: PortsRow | undefined): PortsChoice | undefined =>
    row && {
      ...row,
      ...(pricePerPortCents !== undefined ? { monthlyCostCents: Math.round(row.ports * pricePerPortCents) } : {}),
    };

  const at = rows.findIndex(meets);
  const met = at >= 0;
  const k = met ? at : rows.length - 1;
  const row = rows[k];
  const upperBoundMet = meetsWithMargin(row);
  return {
    ...(choice(row) as PortsChoice),
    oneFewer: choice(rows[k - 1]),
    oneMore: choice(rows[k + 1]),
    met,
    upperBoundMet,
    reason: reasonFor(row, met, upperBoundMet, k === 0, bh, max),
  };
}

function reasonFor(
  row: PortsRow,
  met: boolean,
  upperBoundMet: boolean,
  first: boolean,
  bh: number | undefined,
  max: number | undefined,
): string {
  const pct = (x: number) => `${(x * 100).toFixed(x < 0.001 && x > 0 ? 3 : x < 0.1 ? 2 : 1)} %`;
  const facts: string[] = [];
  if (bh !== undefined) facts.push(`busiest-hour blocking ${pct(row.busyHourBlocking.mean)} (target ${pct(bh)})`);
  if (max !== undefined) facts.push(`about ${Math.round(row.blockedPerMonth.mean)} errors a month (target ${max})`);
  const what = `${row.ports} port${row.ports === 1 ? '' : 's'}: ${facts.join(', ')}`;
  if (!met) return `Even ${what}; no port count simulated meets the target, so widen the range.`;
  const notes: string[] = [];
  if (first) notes.push('it is the smallest count simulated, so fewer ports may meet the target too');
  if (!upperBoundMet) notes.push('the upper end of its 95 % range does not meet the target, so one more port is the safer choice');
  return notes.length > 0 ? `${what}; ${notes.join('; ')}.` : `${what}.`;
}
