/**
 * The tornado chart's shape: one bar per input from the output at its low value to the output at
 * its high value, around the base run's output, widest swing on top.
 */

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
  return { base, bars, xMin: lo >= 0 ? Math.max(0, lo - pad) : lo - pad, xMax: hi + pad };
}
