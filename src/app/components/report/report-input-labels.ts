/**
 * The report's names for each page's inputs: the labels and units of the page's own form (so a
 * reader finds the same words on screen and on paper), values as the form shows them. A field
 * missing here still prints, under its path (labelledInputRows).
 */
import { ACTIVITY_KINDS, KIND_LABELS, type ActivityKind } from '../../../core/ingest/types.ts';
import { LICENSE_LABELS, LICENSE_TYPES, ROSTER_FIELDS } from '../../../core/licenses/types.ts';
import { DEFAULT_STORAGE_ASSUMPTIONS as D } from '../../../core/storage/default-storage-assumptions.ts';
import { formatLocalDate, formatMoney } from '../../format.ts';
import type { ContractInputs } from '../../state/contract-inputs.ts';
import { optionLetter } from '../../state/contract-inputs.ts';
import type { LicensesInputs, RosterSource } from '../../state/licenses-inputs.ts';
import type { PortsInputs } from '../../state/ports-inputs.ts';
import type { RechargeInputs } from '../../state/recharge-inputs.ts';
import type { StorageInputs } from '../../state/storage-inputs.ts';
import { ROSTER_FIELD_LABELS } from '../licenses/licenses-view.ts';
import { monthName } from '../storage/storage-view.ts';
import type { InputFields } from './report-view.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** "Growth a month" and "%" → "Growth a month, %": the form's label with the unit it shows beside the box. */
const unit = (label: string, u: string) => `${label}, ${u}`;
const num = (v: number) => (Number.isFinite(v) ? number.format(v) : '—');
const money = (cents: number) => formatMoney(cents);
const yesNo = (v: boolean) => (v ? 'yes' : 'no');
/** A null field: the form's empty box, in the words of its placeholder or hint. */
const orElse = <V>(empty: string, show: (v: V) => string) => (v: V | null) => (v === null ? empty : show(v));
/** One of a form's choices, in the words of its radio button or option; an unknown value as stored. */
const choice = (words: Record<string, string>) => (v: string) => words[v] ?? v;
const kinds = (list: ActivityKind[]) => (list.length === 0 ? '(none)' : list.map((k) => KIND_LABELS[k] ?? k).join(', '));
const perWeekday = (factors: number[]) => factors.map((f, i) => `${DAYS[i] ?? i + 1} ${num(f)}`).join(', ');
const month = (m: string) => monthName(m);

const SEED = { label: 'Seed' };

export const RECHARGE_FIELDS: InputFields<RechargeInputs> = {
  source: { label: 'Usage from', value: choice({ data: 'Data set', parametric: 'Scenario' }) },
  rateCentsPerMin: { label: unit('Rate', '¢ / minute') },
  incrementSec: { label: unit('Billing increment', 's') },
  minuteKinds: { label: 'Calls that use dialer minutes', value: kinds },
  month: { label: 'Rule from the month', value: orElse('The last complete month', month) },
  usageModel: { label: 'Simulated days', value: choice({ days: 'Whole observed days, resampled by weekday', parametric: 'A smooth model fitted to them' }) },
  'parametric.dailyMeanCents': { label: 'Scenario: a typical weekday', value: money },
  'parametric.dailyCvPct': { label: unit('Scenario: day-to-day variation', '%') },
  'parametric.weekdayFactors': { label: 'Scenario: weekday factors (1 = a typical weekday)', value: perWeekday },
  'parametric.hourProfile': { label: 'Scenario: usage in each hour of the day, from 00:00' },
  months: { label: 'Months ahead' },
  growthPct: { label: unit('Growth a month', '%') },
  startBalanceCents: { label: 'Starting balance', value: orElse('threshold + one recharge', money) },
  declinePct: { label: unit('Card declines', '%') },
  declineRetryHours: { label: unit('Retry after', 'h') },
  creditDelayHours: { label: unit('Delay from charge to credit', 'h') },
  replications: { label: 'Simulated periods' },
  seed: SEED,
  tunerReplications: { label: 'Tuner periods' },
  targetPZeroPct: { label: unit('Risk target', '%') },
};

const VARIATION = 'Month-to-month variation';
const measured = 'from the data set, or the assumption';

export const STORAGE_FIELDS: InputFields<StorageInputs> = {
  recordsCount: { label: D.records.count.label },
  recordKb: { label: unit('Size of a record', 'KB') },
  recordsPerMonth: { label: D.records.newPerMonth.label },
  recordsCvPct: { label: unit(`${VARIATION}: new records`, '%') },
  unusedPct: { label: unit('Records never used again', '%') },
  listRows: { label: D.lists.rows.label },
  listRowBytes: { label: unit(D.lists.bytesPerRow.label, 'bytes') },
  rowsPerList: { label: D.lists.rowsPerList.label },
  listsPerMonth: { label: D.lists.listsPerMonth.label },
  listsCvPct: { label: unit(`${VARIATION}: list rows uploaded`, '%') },
  recordingsGb: { label: unit('Call recordings stored now', 'GB'), value: orElse('months stored × minutes × size of a minute', num) },
  recordingsMonths: { label: D.recordings.historyMonths.label },
  recordedMinutes: { label: D.recordings.minutesPerMonth.label, value: orElse(measured, num) },
  recordingKbPerMinute: { label: unit('Size of a recorded minute', 'KB'), value: orElse(measured, num) },
  recordingsCvPct: { label: unit(`${VARIATION}: recorded minutes`, '%') },
  filesGb: { label: unit('Other files stored now', 'GB') },
  filesMonths: { label: unit('Other files stored over', 'months') },
  filesGbPerMonth: { label: unit('Other files added a month', 'GB') },
  filesCvPct: { label: unit(`${VARIATION}: files added`, '%') },
  allowanceGb: { label: unit('Included allowance', 'GB') },
  pricing: { label: 'Billed', value: choice({ 'per-block': 'Per started block of GB over the allowance', 'per-gb': 'Per GB over the allowance' }) },
  blockGb: { label: unit('Block size', 'GB') },
  priceCents: { label: (_, i) => (i.pricing === 'per-block' ? 'Price of a block' : 'Price of a GB'), value: money },
  basis: { label: 'Size billed', value: choice({ peak: 'The month’s peak size', 'month-end': 'The size at month-end' }) },
  purgePct: { label: unit('Purge unused records', '%') },
  purgeSchedule: { label: 'Purge how often', value: choice({ once: 'Once', monthly: 'Every month' }) },
  retentionDays: { label: unit('Keep recordings and files', 'days') },
  namesPerList: { label: unit('Upload the next names of each list', 'names') },
  trimLists: { label: 'Cut the lists stored now the same way', value: yesNo },
  months: { label: 'Months ahead' },
  replications: { label: 'Simulated futures' },
  seed: SEED,
};

const NO_TARGET = 'no such target';

export const PORTS_FIELDS: InputFields<PortsInputs> = {
  source: { label: 'Traffic from', value: choice({ data: 'Data set', parametric: 'Scenario' }) },
  portKinds: { label: 'Kinds that hold a port', value: orElse('As on the Data page', kinds) },
  holding: { label: 'Holding times', value: choice({ empirical: 'Resampled from the data', lognormal: 'Fitted lognormal' }) },
  arrivals: { label: 'Arrivals', value: choice({ poisson: 'At random, at each hour of the week’s rate', days: 'Whole observed days, replayed' }) },
  'parametric.callsPerHour': { label: 'Scenario: port-holding calls starting in each hour of a typical weekday, from 00:00' },
  'parametric.weekdayFactors': { label: 'Scenario: each weekday’s volume (1 = the typical weekday)', value: perWeekday },
  'parametric.meanHoldingSec': { label: unit('Scenario: mean holding time', 's') },
  'parametric.distribution': { label: 'Scenario: holding-time shape', value: choice({ exponential: 'Exponential', lognormal: 'Lognormal', constant: 'Constant' }) },
  'parametric.cv': { label: 'Scenario: spread (CV)' },
  growthPct: { label: unit('Volume growth', '%') },
  ...Object.fromEntries(ACTIVITY_KINDS.map((k) => [`multipliers.${k}`, { label: `Extra volume × for ${KIND_LABELS[k]}` }])),
  retrySharePct: { label: unit('Blocked calls retried', '%') },
  retryDelaySec: { label: unit('Retry after, on average', 's') },
  targetBusyHourPct: { label: unit('Blocked in the busiest hour', '%'), value: orElse(NO_TARGET, num) },
  targetErrorsPerMonth: { label: '“Insufficient ports” errors a month', value: orElse(NO_TARGET, num) },
  pricePerPortCents: { label: 'Price of one Flex Port, a month', value: orElse('not set', money) },
  portsLo: { label: 'Fewest ports', value: orElse('auto', num) },
  portsHi: { label: 'Most ports', value: orElse('auto', num) },
  replications: { label: 'Simulated months' },
  seed: SEED,
  horizonMonth: { label: 'Month simulated', value: orElse('the month after the data', month) },
};

/** A roster's text is the whole file: the report names it and says how long it is. */
function rosterText(r: RosterSource): string {
  const lines = r.text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
  return `${r.name} (${number.format(lines)} line${lines === 1 ? '' : 's'})`;
}

export const LICENSES_FIELDS: InputFields<LicensesInputs> = {
  roster: { label: 'Roster', value: orElse('none loaded', rosterText) },
  ...Object.fromEntries(ROSTER_FIELDS.map((f) => [`rosterColumns.${f}`, { label: `Roster column: ${ROSTER_FIELD_LABELS[f]}`, value: (c: string) => c || '— none —' }])),
  ...Object.fromEntries(LICENSE_TYPES.map((t) => [`pricesCents.${t}`, { label: `Monthly price: ${LICENSE_LABELS[t]}`, value: money }])),
  gapMin: { label: unit('Session gap', 'min') },
  targetPct: { label: unit('Lock-out target', '%') },
  replications: { label: 'Simulated months' },
  seed: SEED,
};

/** A plan row's license type, or its place when it has none. */
const licenseAt = (inputs: ContractInputs, t: number) => inputs.plan[t]?.type || `license ${t + 1}`;
const planField = (words: string) => ({ label: (at: number[], i: ContractInputs) => `Plan, ${licenseAt(i, at[0]!)}: ${words}` });
const termField = (words: string) => ({ label: (at: number[], i: ContractInputs) => `${optionLetter(at[0]!)}, ${licenseAt(i, at[1]!)}: ${words}` });

export const CONTRACT_FIELDS: InputFields<ContractInputs> = {
  startDate: { label: 'First billing month', value: (d: string) => (/^\d{4}-\d{2}/.test(d) ? month(d.slice(0, 7)) : d) },
  addLagDays: { label: unit('Add lag', 'days') },
  'plan.*.type': { label: '', omit: true },
  'plan.*.startNeed': planField('licenses needed at the start'),
  'plan.*.growthPctPerMonth': planField('growth, % a month'),
  'plan.*.growthSdPctPerMonth': planField('uncertainty of the growth, points'),
  'plan.*.churnPctPerMonth': planField('churn, % a month'),
  seasonal: { label: 'Seasonal staff (a summer dip, an autumn peak)', value: yesNo },
  'options.*.name': { label: (at) => `${optionLetter(at[0]!)}: name` },
  'options.*.termMonths': { label: (at) => `${optionLetter(at[0]!)}: term, months` },
  'options.*.licenses.*.priceCents': { ...termField('price a month'), value: money },
  'options.*.licenses.*.floor': termField('floor, licenses'),
  'options.*.licenses.*.startCount': termField('starting count, licenses'),
  replications: { label: 'Simulated futures' },
  seed: SEED,
  prorationPriceCents: { label: 'Proration: monthly price', value: money },
  prorationDate: { label: 'Proration: added on', value: (d: string) => formatLocalDate(d) },
};
