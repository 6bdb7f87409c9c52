/**
 * The tornado chart's shape: one bar per input from the output at its low value to the output at
 * its high value, around the base run's output, widest swing on top.
 */
import { cellText, type ChartTableData } from '../charts/common/chart-table.ts';
import type { SensitivityOutcomes } from './sensitivity-plan.ts';

/** One input's two runs. */
export interface SensitivityOutcome {
  label: string;
  /** The input's values, as people read them ("11 days", "−2 %/month"). */
  lowText: string;
  highText: string;
  /** The chosen output with the input at its low and at its high value. */
  lowOutput: number;
  highOutput: number;
}

export interface TornadoBar extends SensitivityOutcome {
  /** Smallest and largest of the two outputs: the bar's ends. */
  min: number;
  max: number;
  /** max − min. */
  swing: number;
}

export interface TornadoData {
  base: number;
  bars: TornadoBar[];
  /** Axis limits covering every bar and the base, with a little room. */
  xMin: number;
  xMax: number;
  /** Every value is a whole number (a count of ports): the axis ticks should be too. */
  whole: boolean;
}

/**
 * Bars sorted by swing, widest first (ties keep the input order); runs that gave no number
 * (NaN) are dropped rather than drawn as zero.
 * Example: tornadoData(10, [{ label: 'a', lowOutput: 9, highOutput: 11, … }, { label: 'b', lowOutput: 14, highOutput: 6, … }])
 *   .bars.map((b) => b.label) // ['b', 'a']
 */
export function tornadoData(base: number, outcomes: readonly SensitivityOutcome[]): TornadoData {
  const bars = outcomes
    .filter((o) => Number.isFinite(o.lowOutput) && Number.isFinite(o.highOutput))
    .map((o) => {
      const min = Math.min(o.lowOutput, o.highOutput);
      const max = Math.max(o.lowOutput, o.highOutput);
      return { ...o, min, max, swing: max - min };
    })
    .map((bar, i) => ({ bar, i }))
    .sort((a, b) => b.bar.swing - a.bar.swing || a.i - b.i)
    .map(({ bar }) => bar);
  const ends = [base, ...bars.flatMap((b) => [b.min, b.max])].filter(Number.isFinite);
  const lo = ends.length > 0 ? Math.min(...ends) : 0;
  const hi = ends.length > 0 ? Math.max(...ends) : 1;
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  // Shares, money and counts never go below zero: neither does the axis when no bar does.
  const whole = ends.length > 0 && ends.every(Number.isInteger);
  return { base, bars, xMin: lo >= 0 ? Math.max(0, lo - pad) : lo - pad, xMax: hi + pad, whole };
}

/**
 * The tornado of one output of a finished set of runs (`key` as the page's outputs name it).
 * Example: outcomeTornado(outcomes, 'pZero').base // the base run's chance the dialer stops
 */
export function outcomeTornado(outcome: SensitivityOutcomes, key: string): TornadoData {
  return tornadoData(
    outcome.base[key] ?? NaN,
    outcome.runs.map((r) => ({ label: r.label, lowText: r.lowText, highText: r.highText, lowOutput: r.low[key] ?? NaN, highOutput: r.high[key] ?? NaN })),
  );
}

/**
 * The tornado's numbers as a table, rows in the chart's order (widest swing first), for people who
 * cannot see the bars: each input's low and high value, the output at each, and the swing.
 * Example: tornadoTable(data, formatPercent, 'Chance the dialer stops').headers
 *   // ['Input', 'Low value', 'Output at low', 'High value', 'Output at high', 'Swing']
 */
export function tornadoTable(data: TornadoData, format: (value: number) => string, outputLabel: string): ChartTableData {
  return {
    caption: `${outputLabel} with each input at its low and its high value; base run ${cellText(data.base, format)}.`,
    headers: ['Input', 'Low value', 'Output at low', 'High value', 'Output at high', 'Swing'],
    rows: data.bars.map((b) => [b.label, b.lowText, cellText(b.lowOutput, format), b.highText, cellText(b.highOutput, format), cellText(b.swing, format)]),
  };
}
