/**
 * The comparison of scenarios as table rows and chart series: each key number per scenario, with
 * its difference from the first scenario as an amount and a percentage. Pure, tested without a DOM.
 */
import type { ScenarioResults, WorkbenchScenario } from '../../../core/workbench/types.ts';
import { formatInt, formatMoneyWhole, formatOneDecimal, formatPercent } from '../../format.ts';

export interface Metric {
  key: string;
  label: string;
  value: (r: ScenarioResults) => number | null | undefined;
  format: (x: number) => string;
  /** Differences of shares are percentage points, worded as such. */
  share?: boolean;
}

export const METRICS: Metric[] = [
  { key: 'ports', label: 'Recommended ports', value: (r) => r.ports?.recommendedPorts, format: formatInt },
  { key: 'blocking', label: 'Busy-hour blocking', value: (r) => r.ports?.busyHourBlocking, format: (x) => formatPercent(x, 2), share: true },
  { key: 'pZero', label: 'Zero-balance risk', value: (r) => r.recharge?.pZero, format: (x) => formatPercent(x, 1), share: true },
  { key: 'recharges', label: 'Recharges per month', value: (r) => r.recharge?.rechargesPerMonth, format: formatOneDecimal },
  { key: 'idle', label: 'Idle balance', value: (r) => r.recharge?.idleBalanceCents, format: formatMoneyWhole },
  { key: 'fee12', label: 'Storage fee, 12 months', value: (r) => r.storage?.fee12Cents, format: formatMoneyWhole },
  { key: 'licenses', label: 'Licenses a month', value: (r) => r.licenses?.monthlyCostCents, format: formatMoneyWhole },
  { key: 'avoidable', label: 'Avoidable licenses a month', value: (r) => r.licenses?.avoidableCents, format: formatMoneyWhole },
  { key: 'findings', label: 'License findings', value: (r) => r.licenses?.findings, format: formatInt },
  { key: 'contract', label: 'Contract total (cheapest, median)', value: (r) => r.contract?.totalP50Cents, format: formatMoneyWhole },
];

export interface CompareCell {
  text: string;
  /** "+3 (+12.5 %)" against the first scenario; null for the first or when either is missing. */
  diff: string | null;
  /** Sign of the difference, for colouring: -1, 0, 1. */
  sign: number;
}

export interface CompareRow {
  key: string;
  label: string;
  cells: CompareCell[];
}

const pctText = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)} %`;

function signed(d: number, m: Metric): string {
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return m.share ? `${sign}${(Math.abs(d) * 100).toFixed(2)} pts` : `${sign}${m.format(Math.abs(d))}`;
}

/** One row per key number any of the scenarios has; "—" where a scenario has none. */
export function compareRows(scenarios: readonly WorkbenchScenario[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const m of METRICS) {
    const values = scenarios.map((s) => (s.results ? m.value(s.results) : undefined));
    if (values.every((x) => x === undefined || x === null)) continue;
    const base = values[0];
    const cells = values.map((x, k): CompareCell => {
      if (x === undefined || x === null) return { text: '—', diff: null, sign: 0 };
      if (k === 0 || base === undefined || base === null) return { text: m.format(x), diff: null, sign: 0 };
      const d = x - base;
      const rel = base !== 0 ? ` (${pctText((d / Math.abs(base)) * 100)})` : '';
      return { text: m.format(x), diff: `${signed(d, m)}${rel}`, sign: Math.sign(d) };
    });
    rows.push({ key: m.key, label: m.label, cells });
  }
  return rows;
}

/**
 * Whether every compared page runs on the same seed in every scenario: then the simulations
 * draw the same random numbers (common random numbers) and differences come from the inputs.
 */
export function sameSeeds(scenarios: readonly WorkbenchScenario[], pages: readonly string[]): boolean {
  if (scenarios.length < 2) return false;
  const key = (s: WorkbenchScenario) => JSON.stringify(pages.map((p) => (s.pages as Record<string, Record<string, unknown>>)[p]?.seed ?? null));
  return scenarios.every((s) => key(s) === key(scenarios[0]!));
}

export interface BarSeries {
  label: string;
  /** Per metric: the value as a percentage of the first scenario's (100 = the same); null when missing. */
  data: (number | null)[];
}

/**
 * The grouped bar chart: key numbers on the axis, one bar per scenario, each as a percentage of
 * the first scenario's value, so numbers of different units share one axis.
 */
export function compareBars(scenarios: readonly WorkbenchScenario[]): { labels: string[]; series: BarSeries[] } {
  const rows = METRICS.filter((m) => scenarios.some((s) => s.results && typeof m.value(s.results) === 'number'));
  const labels = rows.map((m) => m.label);
  const series = scenarios.map((s) => ({
    label: s.name,
    data: rows.map((m) => {
      const base = scenarios[0]?.results ? m.value(scenarios[0].results) : null;
      const x = s.results ? m.value(s.results) : null;
      if (typeof x !== 'number' || typeof base !== 'number' || base === 0) return null;
      return (x / base) * 100;
    }),
  }));
  return { labels, series };
}
