import { WEEKDAYS } from '../heatmap-data.ts';

const HOURS_OF_WEEK = 168;
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export interface BlockingCell {
  hour: number;
  /** Share of attempts blocked in this hour of the week, 0..1; NaN where no attempts were offered. */
  share: number;
  /** Blocked attempts in this hour of the week in an average simulated month. */
  blockedPerMonth: number;
  /** share / the grid's highest share, 0..1. */
  intensity: number;
  /** Short text shown in the cell: the share in percent, '' where nothing was blocked. */
  text: string;
  /** Sentence for the cell's title and screen readers. */
  label: string;
}

export interface BlockingGrid {
  rows: { weekday: string; cells: BlockingCell[] }[];
  maxShare: number;
  /** Hour of week (weekday * 24 + hour) with the highest share, −1 when nothing was blocked. */
  worstHourOfWeek: number;
}

/**
 * The 168 cells of port count `ports` from a row-major (port count × hour of week) array whose
 * first row is `portsLo`.
 * Example: portsLo 10, ports 12 → cells 336…503.
 */
export function hourOfWeekRow(flat: Float64Array, portsLo: number, ports: number): Float64Array {
  const start = (ports - portsLo) * HOURS_OF_WEEK;
  if (!Number.isInteger(start) || start < 0 || start + HOURS_OF_WEEK > flat.length) {
    throw new RangeError(`hourOfWeekRow: no row for ${ports} ports in an array of ${flat.length / HOURS_OF_WEEK} rows from ${portsLo}`);
  }
  return flat.subarray(start, start + HOURS_OF_WEEK);
}

function hourRange(hour: number): string {
  const pad = (h: number) => String(h).padStart(2, '0');
  return `${pad(hour)}:00–${pad((hour + 1) % 24)}:00`;
}

function percentText(share: number): string {
  const pct = share * 100;
  if (pct <= 0) return '';
  if (pct < 0.1) return '<0.1';
  return pct < 10 ? pct.toFixed(1) : pct.toFixed(0);
}

/**
 * The hour-of-week blocking grid at one port count, from blocked and offered attempts per hour of
 * the week summed over `replications` simulated months (index = weekday * 24 + hour, Monday first).
 * Example: Tuesday 10:00 with 7 blocked of 1,000 offered over 2 months → share 0.007, 3.5 a month,
 * label "Tuesday 10:00–11:00: 0.70 % of attempts blocked, about 3.5 a month".
 */
export function blockingHeatmapGrid(blocked: ArrayLike<number>, offered: ArrayLike<number>, replications: number): BlockingGrid {
  if (blocked.length !== HOURS_OF_WEEK || offered.length !== HOURS_OF_WEEK) {
    throw new RangeError(`blockingHeatmapGrid: expected ${HOURS_OF_WEEK} hours of the week, got ${blocked.length} and ${offered.length}`);
  }
  const months = Math.max(1, replications);
  let maxShare = 0;
  let worstHourOfWeek = -1;
  for (let i = 0; i < HOURS_OF_WEEK; i++) {
    const share = offered[i]! > 0 ? blocked[i]! / offered[i]! : 0;
    if (share > maxShare) {
      maxShare = share;
      worstHourOfWeek = i;
    }
  }
  const rows = WEEKDAYS.map((weekday, d) => {
    const cells: BlockingCell[] = [];
    for (let hour = 0; hour < 24; hour++) {
      const i = d * 24 + hour;
      const where = `${weekday} ${hourRange(hour)}`;
      if (!(offered[i]! > 0)) {
        cells.push({ hour, share: NaN, blockedPerMonth: 0, intensity: 0, text: '', label: `${where}: no calls` });
        continue;
      }
      const share = blocked[i]! / offered[i]!;
      const blockedPerMonth = blocked[i]! / months;
      const perMonth = blockedPerMonth >= 10 ? wholeNumber.format(blockedPerMonth) : blockedPerMonth.toFixed(1);
      const label = share > 0
        ? `${where}: ${(share * 100).toFixed(share < 0.001 ? 3 : 2)} % of attempts blocked, about ${perMonth} a month`
        : `${where}: no attempts blocked`;
      cells.push({ hour, share, blockedPerMonth, intensity: maxShare > 0 ? share / maxShare : 0, text: percentText(share), label });
    }
    return { weekday, cells };
  });
  return { rows, maxShare, worstHourOfWeek };
}

/** Cell colour for a blocking intensity 0..1: near-white through amber to the palette's vermilion. */
export function blockColor(intensity: number): string {
  const t = Math.min(1, Math.max(0, intensity));
  const stops = [[250, 247, 242], [240, 190, 90], [213, 94, 0]];
  const [from, to, u] = t < 0.5 ? [stops[0]!, stops[1]!, t * 2] : [stops[1]!, stops[2]!, (t - 0.5) * 2];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * u));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
