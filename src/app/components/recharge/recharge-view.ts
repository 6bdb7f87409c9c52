/**
 * The Recharge page's numbers shaped for people and charts: pure functions, tested without a DOM.
 */
import type { Band, Line } from '../../charts/common/band-chart-data.ts';
import type { GridSpec } from '../../charts/common/grid-heatmap-data.ts';
import type { Backtest } from '../../../core/recharge/backtest-recharge.ts';
import type { DailyUsage, RechargeResult, TunerResult } from '../../../core/recharge/types.ts';
import { formatMoney, formatMoneyWhole, formatPercent } from '../../format.ts';

const DAY_MS = 86_400_000;
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM-DD' + d days → "Nov 3". */
export function dayLabels(firstDate: string, days: number): string[] {
  const first = Date.parse(firstDate);
  return Array.from({ length: days }, (_, d) => SHORT.format(new Date(first + d * DAY_MS)));
}

/** '2026-11' → "November 2026". */
export function monthName(month: string): string {
  return MONTH.format(new Date(Date.parse(month + '-01')));
}

export const FAN_COLORS = { outer: '#5B9BD5', inner: '#1F4E8C', median: '#1F4E8C', sample: '#D55E00', threshold: '#7A7A7A' };

/** The fan chart: p5–p95 and p25–p75 bands, the median, and replication 0's path at each day's end. */
export function fanChart(result: RechargeResult): { labels: string[]; bands: Band[]; lines: Line[] } {
  const { fan } = result;
  const lines: Line[] = [{ label: 'Median', color: FAN_COLORS.median, y: fan.p50 }];
  if (result.samplePath) {
    const path = result.samplePath;
    const days = Math.min(result.days, Math.floor(path.length / 24));
    lines.push({ label: 'One simulated path', color: FAN_COLORS.sample, y: Array.from({ length: days }, (_, d) => path[(d + 1) * 24 - 1]!), width: 1.5 });
  }
  return {
    labels: dayLabels(result.firstDate, result.days),
    bands: [
      { label: '90 % of paths (p5–p95)', color: FAN_COLORS.outer, lo: fan.p5, hi: fan.p95 },
      { label: 'Half of paths (p25–p75)', color: FAN_COLORS.inner, lo: fan.p25, hi: fan.p75 },
    ],
    lines,
  };
}

/** The backtest's hourly path reduced to day ends, with its labels. */
export function backtestChart(bt: Backtest): { labels: string[]; lines: Line[] } {
  const daily = Array.from(bt.dayEndBalance);
  return { labels: dayLabels(bt.month + '-01', daily.length), lines: [{ label: 'Balance at the end of the day', color: FAN_COLORS.median, y: daily }] };
}

/** The usage per day of the rule's month, for the chart beside the sentence. */
export function monthUsage(usage: DailyUsage, month: string): { labels: string[]; cents: number[] } {
  const first = Date.parse(usage.firstDate);
  const start = Date.parse(month + '-01');
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = Math.round((Date.UTC(y, m, 1) - start) / DAY_MS);
  const offset = Math.round((start - first) / DAY_MS);
  const cents = Array.from({ length: days }, (_, d) => {
    const i = offset + d;
    return i >= 0 && i < usage.days ? usage.cents[i]! : NaN;
  });
  return { labels: dayLabels(month + '-01', days), cents };
}

/** Headline numbers of a simulation, as label → text, in the order they are read. */
export function headline(r: RechargeResult): { label: string; value: string; detail: string; testid: string }[] {
  const months = r.months;
  return [
    {
      label: 'Chance the dialer stops',
      value: formatPercent(r.pZero.mean, 1),
      detail: `balance reaches zero at least once in ${months} month${months > 1 ? 's' : ''} (95 % CI ${formatPercent(r.pZero.lo, 1)} – ${formatPercent(r.pZero.hi, 1)})`,
      testid: 'recharge-pzero',
    },
    {
      label: 'Card charges a month',
      value: r.rechargesPerMonth.mean.toFixed(1),
      detail: `on average; ${r.rechargesPerMonth.p95.toFixed(0)} in a bad month (p95)`,
      testid: 'recharge-count',
    },
    {
      label: 'Billed a month',
      value: formatMoneyWhole(r.billedCents.perMonth),
      detail: `${formatMoneyWhole(r.billedCents.mean)} over the ${months} month${months > 1 ? 's' : ''}`,
      testid: 'recharge-billed',
    },
    {
      label: 'Money sitting in the balance',
      value: formatMoneyWhole(r.idleBalanceCents.mean),
      detail: `average balance, the cash tied up (95 % CI ${formatMoneyWhole(r.idleBalanceCents.lo)} – ${formatMoneyWhole(r.idleBalanceCents.hi)})`,
      testid: 'recharge-idle',
    },
    {
      label: 'Hours with the dialer stopped',
      value: r.downtimeHours.mean < 0.05 ? '0' : r.downtimeHours.mean.toFixed(1),
      detail: r.unservedCents.mean > 0 ? `on average; ${formatMoney(r.unservedCents.mean)} of usage not served` : 'on average over the horizon',
      testid: 'recharge-downtime',
    },
  ];
}

export type TunerMetric = 'pZero' | 'recharges' | 'idle';

/** The tuner grid as a heatmap: rows are threshold days, columns recharge days. */
export function tunerGrid(t: TunerResult, metric: TunerMetric): GridSpec {
  const R = t.rechargeDays.length;
  const T = t.thresholdDays.length;
  const values = new Float64Array(R * T);
  // Cells come row-major by recharge days; the heatmap reads better with thresholds as rows.
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < T; c++) {
      const cell = t.cells[r * T + c]!;
      values[c * R + r] = metric === 'pZero' ? cell.pZero.mean : metric === 'recharges' ? cell.rechargesPerMonth : cell.idleBalanceCents;
    }
  }
  let hi = 0;
  for (const v of values) if (Number.isFinite(v) && v > hi) hi = v;
  const marks: Record<string, string[]> = {};
  const mark = (index: number | null, name: string) => {
    if (index === null) return;
    const key = `${index % T},${Math.floor(index / T)}`;
    (marks[key] ??= []).push(name);
  };
  mark(t.platform, 'platform');
  mark(t.cheapest, 'best');
  // Cells are narrow: percent without the sign, charges with one decimal, dollars in thousands.
  const text =
    metric === 'pZero'
      ? (v: number) => (v === 0 ? '0' : v < 0.001 ? '<.1' : (v * 100).toFixed(v < 0.1 ? 1 : 0))
      : metric === 'recharges'
        ? (v: number) => v.toFixed(1)
        : (v: number) => (v >= 100_000 ? `${(v / 100_000).toFixed(1)}k` : `${Math.round(v / 100)}`);
  return {
    rows: t.thresholdDays.map((d) => `${d} d`),
    cols: t.rechargeDays.map((d) => `${d}`),
    values,
    text,
    label: (row, col) => {
      const cell = t.cells[col * T + row]!;
      return `Recharge ${cell.rechargeDays} days, threshold ${cell.thresholdDays} days: ${formatPercent(cell.pZero.mean, 1)} chance of reaching zero, ${cell.rechargesPerMonth.toFixed(1)} charges a month, ${formatMoneyWhole(cell.idleBalanceCents)} idle`;
    },
    lo: 0,
    hi: metric === 'pZero' ? Math.max(hi, t.targetPZero * 2) : hi,
    marks,
  };
}

/** The tuner's answer in a sentence. */
export function tunerAnswer(t: TunerResult): string {
  const target = formatPercent(t.targetPZero, 1);
  const platform = t.platform !== null ? t.cells[t.platform]! : null;
  if (t.cheapest === null) {
    return `No setting in the grid keeps the chance of reaching zero under ${target}. Raise the threshold days, or look at the card declines and credit delay.`;
  }
  const best = t.cells[t.cheapest]!;
  const base = `The setting with the least money idle that keeps the risk under ${target}: recharge ${best.rechargeDays} days of usage when the balance falls to ${best.thresholdDays} days — ${best.rechargesPerMonth.toFixed(1)} charges a month, ${formatMoneyWhole(best.idleBalanceCents)} idle on average, ${formatPercent(best.pZero.mean, 1)} risk.`;
  if (!platform) return base;
  const diff = platform.idleBalanceCents - best.idleBalanceCents;
  return `${base} The platform’s 14/5: ${platform.rechargesPerMonth.toFixed(1)} charges a month, ${formatMoneyWhole(platform.idleBalanceCents)} idle, ${formatPercent(platform.pZero.mean, 1)} risk${diff > 0 ? ` (${formatMoneyWhole(diff)} more tied up)` : ''}.`;
}
