/**
 * A version-1 scenario file (the CLI's scenarios/*.json) as a version-2 workbench scenario: each
 * section's settings land on the matching fields of the page's form (shares become percent, bytes
 * become KB or GB, decimal prices become cents), the usage export becomes a data-set reference by
 * file name, and settings no form has are listed in the notes rather than silently lost.
 */
import type { ScenarioFile } from '../scenario/scenario-schema.ts';
import type { ScenarioPages, WorkbenchScenario } from './types.ts';

/** Enough digits to undo floating-point noise (0.45 × 100 = 45.00000000000001) and no more. */
const tidy = (x: number): number => Number(x.toPrecision(12));
const pct = (share: number | undefined): number | undefined => (share === undefined ? undefined : tidy(share * 100));
const per = (x: number | undefined, unit: number): number | undefined => (x === undefined ? undefined : tidy(x / unit));

/** "25.00" → 2500, "7" → 700, "0.5" → 50 (the schema has checked the shape). */
export function decimalCents(amount: string): number {
  const [whole = '0', frac = ''] = amount.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}

/** The object without its undefined values, so the page's defaults fill them. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
}

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export interface MigrateOptions {
  /** File name the scenario came from, for the id when the file has none. */
  fileName: string;
  /** ISO time given to createdAt and updatedAt. */
  now: string;
}

/**
 * Example: migrateScenarioFile({ version: 1, data: 'a.csv', ports: { retry: { share: 0.3 } } }, { fileName: 'a.json', now })
 *   .pages.ports  // { source: 'data', retrySharePct: 30 }
 */
export function migrateScenarioFile(file: ScenarioFile, opts: MigrateOptions): WorkbenchScenario {
  const seed = file.seed === undefined ? undefined : String(file.seed);
  const source = file.data !== undefined ? 'data' : file.traffic !== undefined ? 'parametric' : undefined;
  const dropped: string[] = [];
  const p = file.ports ?? {};
  const t = file.traffic;
  if (t?.timeZone !== undefined || file.timeZone !== undefined) dropped.push('timeZone (the data set or the Data page sets the zone)');
  if (t?.kind !== undefined) dropped.push('traffic.kind');
  const target = p.target;
  const ports = defined({
    source,
    portKinds: p.portKinds,
    holding: p.holding,
    arrivals: p.arrivals,
    parametric: t && defined({ callsPerHour: t.callsPerHour, weekdayFactors: t.weekdayFactors, meanHoldingSec: t.meanHoldingSec, distribution: t.distribution, cv: t.cv }),
    growthPct: p.growthPct,
    multipliers: p.multipliers,
    retrySharePct: pct(p.retry?.share),
    retryDelaySec: p.retry?.delaySec,
    // A file's target names the limits it wants; a limit it leaves out is no limit.
    targetBusyHourPct: target ? (pct(target.busyHourBlocking) ?? null) : undefined,
    targetErrorsPerMonth: target ? (target.maxBlockedPerMonth ?? null) : undefined,
    pricePerPortCents: p.pricePerPort === undefined ? undefined : decimalCents(p.pricePerPort),
    portsLo: p.range?.lo,
    portsHi: p.range?.hi,
    replications: p.replications,
    seed,
    horizonMonth: p.horizonMonth,
  });

  const r = file.recharge ?? {};
  if (r.rechargeDays !== undefined) dropped.push('recharge.rechargeDays (the page takes the rule from the usage)');
  if (r.thresholdDays !== undefined) dropped.push('recharge.thresholdDays (the page takes the rule from the usage)');
  const recharge = defined({
    // Without a usage export the page simulates its own typical month.
    source: file.data !== undefined ? 'data' : 'parametric',
    rateCentsPerMin: r.rateCentsPerMin,
    incrementSec: r.incrementSec,
    minuteKinds: r.minuteKinds,
    month: r.month,
    months: r.months,
    replications: r.replications,
    startBalanceCents: r.startBalance === undefined ? undefined : decimalCents(r.startBalance),
    declinePct: pct(r.decline?.probability),
    declineRetryHours: r.decline?.retryHours,
    creditDelayHours: r.creditDelayHours,
    growthPct: r.growthPct,
    seed,
  });

  const s = file.storage ?? {};
  if (s.startMonth !== undefined) dropped.push('storage.startMonth (the page starts after the data, or next month)');
  const storage = defined({
    months: s.months,
    replications: s.replications,
    recordsCount: s.records?.count,
    recordKb: per(s.records?.bytesPerRecord, 1e3),
    recordsPerMonth: s.records?.newPerMonth,
    recordsCvPct: pct(s.records?.cv),
    unusedPct: pct(s.records?.unusedShare),
    listRows: s.lists?.rows,
    listRowBytes: s.lists?.bytesPerRow,
    rowsPerList: s.lists?.rowsPerList,
    listsPerMonth: s.lists?.listsPerMonth,
    listsCvPct: pct(s.lists?.cv),
    recordingsGb: per(s.recordings?.bytes, 1e9),
    recordingsMonths: s.recordings?.historyMonths,
    recordedMinutes: s.recordings?.minutesPerMonth,
    recordingKbPerMinute: per(s.recordings?.bytesPerMinute, 1e3),
    recordingsCvPct: pct(s.recordings?.cv),
    filesGb: per(s.files?.bytes, 1e9),
    filesMonths: s.files?.historyMonths,
    filesGbPerMonth: per(s.files?.bytesPerMonth, 1e9),
    filesCvPct: pct(s.files?.cv),
    allowanceGb: s.fee?.allowanceGb,
    pricing: s.fee?.pricing,
    blockGb: s.fee?.blockGb,
    priceCents: s.fee?.price === undefined ? undefined : decimalCents(s.fee.price),
    basis: s.fee?.basis,
    purgePct: pct(s.remedies?.purge?.share),
    purgeSchedule: s.remedies?.purge?.schedule,
    retentionDays: s.remedies?.retention?.days,
    namesPerList: s.remedies?.partialLists?.namesPerList,
    trimLists: s.remedies?.partialLists?.trimCurrent,
    seed,
  });

  const pages: ScenarioPages = { ports, recharge, storage, licenses: defined({ seed }), contract: defined({ seed }) };
  const from = `Migrated from the version-1 scenario file ${opts.fileName}.`;
  const notes = [file.description, from, dropped.length ? `Not carried over (no page has these settings): ${dropped.join('; ')}.` : undefined]
    .filter((x): x is string => !!x)
    .join('\n');
  return {
    version: 2,
    id: file.id ?? baseName(opts.fileName).replace(/\.json$/i, ''),
    name: file.name ?? file.id ?? baseName(opts.fileName),
    notes,
    createdAt: opts.now,
    updatedAt: opts.now,
    ...(seed !== undefined ? { seed } : {}),
    dataSet: file.data !== undefined ? { id: null, name: baseName(file.data) } : null,
    pages,
  };
}
