/**
 * The Licenses page's numbers shaped for people and for the heatmaps: pure functions, tested
 * without a DOM.
 */
import type { GridSpec } from '../../charts/common/grid-heatmap-data.ts';
import {
  LICENSE_LABELS, POOLED_LICENSES, ROSTER_FIELDS,
  type Finding, type FindingCode, type PoolNeed, type PoolObserved, type PoolSizing, type PooledLicense,
  type RosterEntry, type RosterField, type RosterImport,
} from '../../../core/licenses/types.ts';
import { formatMoney, formatOneDecimal, formatPercent } from '../../format.ts';

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  user: 'User',
  status: 'Status (active / hidden)',
  licenses: 'Licenses listed in one column',
  crm: 'CRM (yes / no)',
  dialer_tab: 'Dialer Tab (yes / no)',
  dialer: 'Dialer (yes / no)',
  flex_port: 'Flex Port (yes / no)',
};

export const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Money that stops once the finding is fixed: licenses of hidden users, and pools above their need. */
export const AVOIDABLE_CODES: readonly FindingCode[] = ['hidden-with-licenses', 'pool-shelfware'];

/** Cell 34 → "Tue 10:00–11:00" (hour of week, Monday = 0). */
export function hourOfWeekLabel(cell: number): string {
  const h = cell % 24;
  return `${DAY_NAMES[Math.floor(cell / 24)] ?? '?'} ${HOURS[h]}:00–${HOURS[(h + 1) % 24]}:00`;
}

/** Each roster field with the header name of its column ('' when unmapped), in ROSTER_FIELDS order. */
export function mappingRows(imp: Pick<RosterImport, 'mapping' | 'header'>): { field: RosterField; label: string; column: string }[] {
  return ROSTER_FIELDS.map((field) => {
    const c = imp.mapping.columns[field];
    return { field, label: ROSTER_FIELD_LABELS[field], column: c === undefined ? '' : (imp.header[c] ?? '') };
  });
}

/** Users holding each pooled license, any status: the pool totals the findings compare with. */
export function assignedCounts(roster: readonly RosterEntry[]): Record<PooledLicense, number> {
  const out = { dialer_tab: 0, dialer: 0, flex_port: 0 };
  for (const e of roster) for (const t of POOLED_LICENSES) if (e.licenses.includes(t)) out[t]++;
  return out;
}

/** What each pool needs: its observed peak and the simulated recommendation, matched by license. */
export function poolNeeds(observed: readonly PoolObserved[], sizing: readonly PoolSizing[]): PoolNeed[] {
  return observed.flatMap((o) => {
    const s = sizing.find((x) => x.license === o.license);
    return s ? [{ license: o.license, peakConcurrent: o.peakConcurrent, recommended: s.recommended }] : [];
  });
}

/** Sum of the avoidable findings' monthly costs, in cents. */
export function avoidableCents(findings: readonly Finding[]): number {
  return findings.reduce((sum, f) => sum + (AVOIDABLE_CODES.includes(f.code) ? (f.monthlyCostCents ?? 0) : 0), 0);
}

export interface FindingView {
  code: FindingCode;
  severity: Finding['severity'];
  severityLabel: string;
  title: string;
  detail: string;
  users: string[];
  /** "$205.00 a month, paid for nothing", or null when no money is at stake. */
  cost: string | null;
}

export function findingView(f: Finding): FindingView {
  let cost: string | null = null;
  if (f.monthlyCostCents !== undefined) {
    const why = AVOIDABLE_CODES.includes(f.code) ? 'paid for nothing' : 'to add';
    cost = `${formatMoney(f.monthlyCostCents)} a month, ${why}`;
  }
  return { code: f.code, severity: f.severity, severityLabel: SEVERITY_LABELS[f.severity], title: f.title, detail: f.detail, users: f.users, cost };
}

/**
 * The hour-of-week heatmap of one pool: 7 rows × 24 columns of the peak number of users needing
 * a license at once (blank where the data has no such hour), the busy hour marked.
 */
export function poolHeatmap(o: PoolObserved): GridSpec {
  const { mean, peak, p95 } = o.byHourOfWeek;
  const values = Array.from(peak, (v, i) => (Number.isFinite(mean[i]!) ? v : NaN));
  const hi = values.reduce((m, v) => (v > m ? v : m), 0);
  return {
    rows: DAY_NAMES,
    cols: HOURS,
    values,
    // Zeros left blank so the working hours stand out; the label still says 0.
    text: (v) => (v === 0 ? '' : String(v)),
    label: (r, c, v) => {
      const at = `${DAY_NAMES[r]} ${HOURS[c]}:00`;
      if (!Number.isFinite(v)) return `${at}: not in the data`;
      const i = r * 24 + c;
      return `${at}: up to ${v} at once, ${formatOneDecimal(mean[i]!)} on average, ${p95[i]!} or fewer 95 % of the time`;
    },
    lo: 0,
    hi: Math.max(1, hi),
    marks: { [`${Math.floor(o.busyCell / 24)},${o.busyCell % 24}`]: ['busy'] },
  };
}

export interface PoolRow {
  license: PooledLicense;
  label: string;
  assigned: number;
  /** Users whose activities need the pool, licensed or not. */
  users: number;
  peakConcurrent: number;
  busyHour: string;
  /** Mean and 95th percentile of users at once in the busy hour. */
  busyMean: string;
  busyP95: number;
  recommended: number | null;
  /** The recommendation in words, once simulated. */
  sentence: string | null;
}

/** One row per pool: what was observed, and (once simulated) the recommendation in words. */
export function poolRows(
  observed: readonly PoolObserved[],
  sizing: readonly PoolSizing[] | null,
  assigned: Record<PooledLicense, number>,
  targetShortShare: number,
): PoolRow[] {
  return observed.map((o) => {
    const label = LICENSE_LABELS[o.license];
    const s = sizing?.find((x) => x.license === o.license) ?? null;
    const busyHour = hourOfWeekLabel(o.busyCell);
    let sentence: string | null = null;
    if (s) {
      const share = (n: number) => formatPercent(s.table[Math.min(n, s.table.length - 1)]?.busyShortShare ?? 0, 2);
      sentence = `With ${s.recommended}, more users want a ${label} license than the pool holds ${share(s.recommended)} of the busy hour ` +
        `(${busyHour}; target ≤ ${formatPercent(targetShortShare, 2)})` +
        (s.recommended > 0 ? `; with ${s.recommended - 1}, ${share(s.recommended - 1)}` : '') +
        `; with the ${assigned[o.license]} assigned, ${share(assigned[o.license])}.`;
    }
    return {
      license: o.license,
      label,
      assigned: assigned[o.license],
      users: o.users,
      peakConcurrent: o.peakConcurrent,
      busyHour,
      busyMean: formatOneDecimal(o.byHourOfWeek.mean[o.busyCell]!),
      busyP95: o.byHourOfWeek.p95[o.busyCell]!,
      recommended: s ? s.recommended : null,
      sentence,
    };
  });
}
