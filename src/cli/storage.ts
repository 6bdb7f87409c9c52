/**
 * `storage`: what will storage cost, and what each clean-up saves (issue 5). Forecasts stored
 * bytes and the monthly fee from a scenario file (its `storage` section, recordings measured from
 * its usage export when it has one), runs the replications in this process, and reports the fee
 * by month, the first month billed, the savings of each remedy and the coming month's invoice.
 */
import { basename, dirname, resolve } from 'node:path';
import { isValidTimeZone } from '../core/ingest/time/zone-offset.ts';
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { parseDecimalCents } from '../core/money/parse-decimal-cents.ts';
import type { ScenarioFile } from '../core/scenario/scenario-schema.ts';
import type { ScenarioStorage } from '../core/scenario/storage-section.ts';
import { checkStorageInput } from '../core/storage/check-storage-input.ts';
import { DEFAULT_STORAGE_ASSUMPTIONS } from '../core/storage/default-storage-assumptions.ts';
import { monthLabel } from '../core/storage/month-calendar.ts';
import { recordingStatsFromCalls, type RecordingStats } from '../core/storage/recording-stats-from-calls.ts';
import { runStorageChunk } from '../core/storage/run-storage-chunk.ts';
import { storageInput, type StorageSettings } from '../core/storage/storage-input.ts';
import { summarizeStorage } from '../core/storage/summarize-storage.ts';
import { GB_BYTES, STORAGE_COMPONENTS, type StorageInput, type StorageResult } from '../core/storage/types.ts';
import { intValue, parseArgs, UsageError } from './args.ts';
import { readExport } from './read-export.ts';
import { storageText } from './storage-text.ts';
import { loadScenario } from './load-json-file.ts';

export const STORAGE_HELP = `storage <scenario.json> [options]   Storage-fee forecast: stored GB and the fee by month, and what each clean-up saves
    --months M             months to forecast, 1 to 60 (default ${DEFAULT_STORAGE_ASSUMPTIONS.forecast.months.value}, or the scenario's)
    --replications R       simulated futures (default ${DEFAULT_STORAGE_ASSUMPTIONS.forecast.replications.value}, or the scenario's)
    --seed S               seed; the same seed gives the same numbers (default 1, or the scenario's)
    --start YYYY-MM        first forecast month (default: the scenario's, else the month after its data, else next month)
    --json                 print one JSON object
    A scenario's "storage" section sets sizes, growth, the fee and the remedies; with "data" (a
    usage export with recording sizes) the recorded minutes and bytes per minute come from it.`;

const VALUED = ['months', 'replications', 'seed', 'start'] as const;


/** The file's section as core settings: the price becomes integer cents (style.md habit 3). */
function fileSettings(section: ScenarioStorage): StorageSettings {
  const { replications: _replications, fee, ...rest } = section;
  void _replications;
  if (fee === undefined) return rest;
  const { price, ...feeRest } = fee;
  return { ...rest, fee: { ...feeRest, ...(price !== undefined ? { priceCents: parseDecimalCents(price)! } : {}) } };
}

/** What the export says about recordings; a measured size per minute only when the export has sizes. */
function dataSettings(stats: RecordingStats, source: string, timeZone: string, lastMonth: string | undefined): StorageSettings {
  return {
    source: `${source}, ${stats.days} days, ${Math.round(stats.recordedMinutes).toLocaleString('en-US')} recorded minutes (${timeZone})`,
    recordings: {
      minutesPerMonth: stats.minutesPerMonth,
      ...(Number.isFinite(stats.bytesPerMinute) ? { bytesPerMinute: stats.bytesPerMinute } : {}),
    },
    ...(lastMonth !== undefined ? { startMonth: monthLabel(lastMonth, 1) } : {}),
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const gb = (bytes: number) => round3(bytes / GB_BYTES);
const money = centsToDecimal;
const moneyInterval = (x: { mean: number; lo: number; hi: number }) => ({ mean: money(x.mean), lo: money(x.lo), hi: money(x.hi) });

/** The JSON report: money as two-place decimal strings, sizes in GB (10^9 bytes) to three places. */
export function storageReport(input: StorageInput, result: StorageResult, stats?: RecordingStats) {
  const { priceCents, ...fee } = input.fee;
  return {
    seed: result.seed,
    replications: result.replications,
    elapsedMs: Math.round(result.elapsedMs),
    startMonth: input.startMonth,
    basis: result.basis,
    allowanceGb: gb(result.allowanceBytes),
    months: result.months.map((m) => ({
      month: m.month,
      gb: { p5: round3(m.totalGb.p5), p50: round3(m.totalGb.p50), p95: round3(m.totalGb.p95) },
      componentsGb: Object.fromEntries(STORAGE_COMPONENTS.map((c) => [c, gb(m.componentBytes[c].p50)])),
      fee: { mean: money(m.feeCents.mean), p50: money(m.feeCents.p50), p95: money(m.feeCents.p95) },
      feeShare: m.feeShare,
      feeMeanByVariant: Object.fromEntries(Object.entries(m.feeMeanCentsByVariant).map(([k, c]) => [k, money(c)])),
    })),
    firstFeeMonth: result.firstFeeMonth,
    firstPossibleFeeMonth: result.firstPossibleFeeMonth,
    fee12: { mean: money(result.fee12MeanCents) },
    feeHorizon: { mean: money(result.feeHorizonMeanCents) },
    remedies: result.remedies.map((r) => ({
      name: r.variant,
      label: r.label,
      savings12: moneyInterval(r.savings12Cents),
      savingsHorizon: moneyInterval(r.savingsHorizonCents),
      feeHorizon: { mean: money(r.feeHorizonMeanCents) },
    })),
    invoice: {
      month: result.invoice.month,
      billedGb: gb(result.invoice.billedBytes),
      allowanceGb: gb(result.invoice.allowanceBytes),
      overGb: gb(result.invoice.overBytes),
      quantity: result.invoice.quantity,
      unit: result.invoice.unit,
      unitPrice: money(result.invoice.unitPriceCents),
      fee: money(result.invoice.feeCents),
    },
    inputs: { ...input, fee: { ...fee, price: money(priceCents) } },
    ...(stats
      ? {
          recordings: {
            days: stats.days,
            recordedCalls: stats.recordedCalls,
            recordedShare: stats.recordedShare,
            minutesPerMonth: Math.round(stats.minutesPerMonth),
            bytesPerMinute: Number.isFinite(stats.bytesPerMinute) ? Math.round(stats.bytesPerMinute) : null,
            gbPerMonth: Number.isFinite(stats.bytesPerMonth) ? gb(stats.bytesPerMonth) : null,
          },
        }
      : {}),
  };
}

export type StorageReport = ReturnType<typeof storageReport>;

/** Runs `storage`; returns the process exit code. */
export async function storageCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, VALUED, ['json']);
  if (args.positionals.length !== 1) throw new UsageError('storage needs exactly one scenario file: storage <scenario.json> [options]');
  const path = args.positionals[0]!;
  const isScenario = path.toLowerCase().endsWith('.json');
  const scenario: ScenarioFile = isScenario ? await loadScenario(path) : { version: 1, data: path };
  const section = scenario.storage ?? {};

  // Next month by the clock only when neither the file nor its data says which month comes next.
  const layers: StorageSettings[] = [{ startMonth: monthLabel(new Date().toISOString().slice(0, 7), 1) }];
  let stats: RecordingStats | undefined;
  if (scenario.data !== undefined) {
    const dataPath = isScenario ? resolve(dirname(path), scenario.data) : path;
    const timeZone = scenario.mapping?.timeZone ?? scenario.timeZone ?? 'UTC';
    if (!isValidTimeZone(timeZone)) throw new UsageError(`'${timeZone}' is not an IANA time zone (e.g. UTC, America/New_York)`);
    const { result } = await readExport(dataPath, { spec: scenario.mapping ?? {}, timeZone });
    stats = recordingStatsFromCalls(result.table, timeZone);
    if (stats.calls === 0) throw new UsageError(`${dataPath}: no usable rows`);
    layers.push(dataSettings(stats, basename(dataPath), timeZone, stats.months.at(-1)?.month));
  }
  layers.push(fileSettings(section));

  const start = args.values.get('start');
  if (start !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(start)) throw new UsageError(`--start must be YYYY-MM, e.g. 2026-11, got '${start}'`);
  const seed = args.values.get('seed') ?? (scenario.seed !== undefined ? String(scenario.seed) : undefined);
  const months = args.values.has('months') ? intValue(args, 'months', 0, 1, 60) : undefined;
  layers.push({ ...(start !== undefined ? { startMonth: start } : {}), ...(seed !== undefined ? { seed } : {}), ...(months !== undefined ? { months } : {}) });
  const replications = intValue(args, 'replications', section.replications ?? DEFAULT_STORAGE_ASSUMPTIONS.forecast.replications.value, 1, 100_000);

  const input = storageInput(...layers);
  try {
    checkStorageInput(input, 'storage');
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(`${path}: ${err.message}`);
    throw err;
  }
  const t0 = performance.now();
  const results = runStorageChunk(input, 0, replications);
  const result = summarizeStorage(input, results, performance.now() - t0);
  const report = storageReport(input, result, stats);
  out(args.flags.has('json') ? JSON.stringify(report, null, 2) : storageText(report));
  return 0;
}
