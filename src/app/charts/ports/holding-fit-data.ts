import { KIND_LABELS, type ActivityKind } from '../../../core/ingest/types.ts';
import { holdingFitCurve } from '../../../core/ports/holding-fit-curve.ts';
import type { TrafficModel } from '../../../core/ports/types.ts';
import { formatInt } from '../../format.ts';
import type { ChartTableData } from '../common/chart-table.ts';

export interface HoldingFitData {
  kind: ActivityKind;
  /** Bin labels: the bin's start as m:ss. */
  labels: string[];
  /** Percent of calls in each bin, observed and under the fitted lognormal. */
  observedPct: number[];
  fittedPct: number[];
  calls: number;
  meanSec: number;
  cv: number;
}

/** Seconds as m:ss: 95 → "1:35". */
export function minutesSeconds(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The kinds that have observed holding times in `empirical`, most calls first. */
export function fitKinds(empirical: TrafficModel): ActivityKind[] {
  const sized = empirical.streams
    .filter((s) => s.holding.kind === 'empirical' && s.holding.samplesSec.length > 0)
    .map((s) => ({ kind: s.kind, n: s.holding.kind === 'empirical' ? s.holding.samplesSec.length : 0 }));
  return sized.sort((a, b) => b.n - a.n).map((s) => s.kind);
}

/**
 * One kind's observed holding times against its fitted lognormal, as percentages per bin (up to
 * the 99th percentile, see holdingFitCurve); null when that kind has no observed times or no fit.
 * Example: samples [30, 60, 90, 120] and a fit → 4 bins "0:00", "0:30", … with observed 0, 25, 25, 25 %.
 */
export function holdingFitData(empirical: TrafficModel, lognormal: TrafficModel, kind: ActivityKind, bins = 24): HoldingFitData | null {
  const observed = empirical.streams.find((s) => s.kind === kind)?.holding;
  const fit = lognormal.streams.find((s) => s.kind === kind)?.holding;
  if (!observed || observed.kind !== 'empirical' || observed.samplesSec.length === 0 || !fit || fit.kind !== 'lognormal') return null;
  const curve = holdingFitCurve(observed.samplesSec, fit, bins);
  const pct = (share: number) => Math.round(share * 10_000) / 100;
  return {
    kind,
    labels: curve.edgesSec.slice(0, -1).map(minutesSeconds),
    observedPct: curve.observed.map(pct),
    fittedPct: curve.fitted.map(pct),
    calls: observed.samplesSec.length,
    meanSec: fit.meanSec,
    cv: fit.cv,
  };
}


/** A percentage as the chart's tooltip gives it: 12.345 → "12.3 %". */
const pctText = (pct: number) => `${pct.toFixed(1)} %`;

/**
 * The fit chart as a table: a row per bin with the observed and the fitted share of calls.
 * Example: bins "0:00", "0:30" with observed [40, 60] and fitted [45.5, 54.5] →
 * [["0:00", "40.0 %", "45.5 %"], ["0:30", "60.0 %", "54.5 %"]].
 */
export function holdingFitTable(data: HoldingFitData): ChartTableData {
  return {
    caption: `Holding times of ${formatInt(data.calls)} ${KIND_LABELS[data.kind].toLowerCase()} calls: the share of calls in each bin, observed and under the fitted lognormal (bins up to the 99th percentile).`,
    headers: ['Holding time from (m:ss)', 'Observed', 'Fitted lognormal'],
    rows: data.labels.map((label, i) => [label, pctText(data.observedPct[i]!), pctText(data.fittedPct[i]!)]),
  };
}
