/**
 * `inspect`: import an export with the app's mapping and validation, and report what was read,
 * what was rejected and the observed peak concurrency.
 */
import { ACTIVITY_KINDS, type ActivityKind, type DurationUnit, type FieldKey, type MappingSpec } from '../core/ingest/types.ts';
import { isValidTimeZone } from '../core/ingest/time/zone-offset.ts';
import { mappingToSpec } from '../core/ingest/mapping-to-spec.ts';
import { concurrencySteps } from '../core/traffic/concurrency-steps.ts';
import { peakOf } from '../core/traffic/peak-of.ts';
import { intValue, parseArgs, UsageError } from './args.ts';
import { isoUtc } from './iso.ts';
import { readExport } from './read-export.ts';

export const INSPECT_HELP = `inspect <file.csv> [options]   Import a usage export and report rows, rejects and peak concurrency
    --start COL            start timestamp (or time of day with --date)
    --date COL             date column, when start/end hold only a time of day
    --end COL              end timestamp or time of day
    --duration COL         duration column (instead of --end)
    --duration-unit U      s | min | hms (H:MM:SS or MM:SS)
    --type COL             activity type column
    --user COL             user / agent column
    --tz ZONE              IANA zone for times without an offset (default: this machine's, ${Intl.DateTimeFormat().resolvedOptions().timeZone})
    --date-order ORDER     mdy | dmy, for dates like 03/04/2026 (default: guessed from the data)
    --max-rows N           refuse files with more data rows (default 5,000,000)
    --json                 print one JSON object`;

const COLUMN_FLAGS: Record<string, FieldKey> = {
  start: 'start', date: 'date', end: 'end', duration: 'duration', type: 'type', user: 'user',
};

export function specFromArgs(values: Map<string, string>): MappingSpec {
  const columns: Partial<Record<FieldKey, string>> = {};
  for (const [flag, field] of Object.entries(COLUMN_FLAGS)) {
    const v = values.get(flag);
    if (v !== undefined) columns[field] = v;
  }
  if (columns.end !== undefined && columns.duration !== undefined) {
    throw new UsageError('give --end or --duration, not both');
  }
  const spec: MappingSpec = { columns };
  const unit = values.get('duration-unit');
  if (unit !== undefined) {
    if (!['s', 'min', 'hms'].includes(unit)) throw new UsageError(`--duration-unit must be s, min or hms, got '${unit}'`);
    spec.durationUnit = unit as DurationUnit;
  }
  const order = values.get('date-order');
  if (order !== undefined) {
    if (order !== 'mdy' && order !== 'dmy') throw new UsageError(`--date-order must be mdy or dmy, got '${order}'`);
    spec.dateOrder = order;
  }
  return spec;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Runs `inspect`; returns the process exit code. */
export async function inspectCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['start', 'date', 'end', 'duration', 'duration-unit', 'type', 'user', 'tz', 'date-order', 'max-rows'], ['json']);
  if (args.positionals.length !== 1) throw new UsageError('inspect needs exactly one file: inspect <file.csv> [options]');
  const timeZone = args.values.get('tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz '${timeZone}' is not an IANA time zone (e.g. UTC, America/New_York)`);
  const spec = specFromArgs(args.values);
  const maxRows = intValue(args, 'max-rows', 5_000_000, 1, 100_000_000);
  const path = args.positionals[0]!;

  const { result } = await readExport(path, { spec, timeZone, maxRows });
  const { table } = result;

  let first = Infinity, last = -Infinity, seconds = 0;
  const kindMasks = new Map<ActivityKind, Uint8Array>();
  const byType: Record<string, { calls: number; minutes: number; peak: number }> = {};
  for (let i = 0; i < table.count; i++) {
    const s = table.startMs[i]!, d = table.durationSec[i]!;
    if (s < first) first = s;
    if (s + d * 1000 > last) last = s + d * 1000;
    seconds += d;
    const kind = ACTIVITY_KINDS[table.kind[i]!]!;
    let mask = kindMasks.get(kind);
    if (!mask) kindMasks.set(kind, (mask = new Uint8Array(table.count)));
    mask[i] = 1;
    const t = (byType[kind] ??= { calls: 0, minutes: 0, peak: 0 });
    t.calls++;
    t.minutes += d / 60;
  }
  for (const [kind, mask] of kindMasks) {
    byType[kind]!.peak = peakOf(concurrencySteps(table, mask)).concurrent;
    byType[kind]!.minutes = round2(byType[kind]!.minutes);
  }
  const peak = peakOf(concurrencySteps(table));

  const report = {
    file: path,
    rows: result.rows,
    accepted: result.accepted,
    rejectedCount: result.rejectedCount,
    rejected: result.rejected.map((p) => ({ line: p.line, column: p.column, value: p.value, reason: p.message, code: p.code })),
    warnings: result.warnings,
    mapping: mappingToSpec(result.header, result.mapping),
    first: isoUtc(first),
    last: isoUtc(last),
    minutes: round2(seconds / 60),
    peak: { concurrent: peak.concurrent, at: isoUtc(peak.atMs) },
    byType,
    delimiter: result.delimiter,
    elapsedMs: Math.round(result.elapsedMs),
  };

  if (args.flags.has('json')) {
    out(JSON.stringify(report, null, 2));
    return 0;
  }
  const fmt = new Intl.NumberFormat('en-US');
  const lines = [
    `${path}: ${fmt.format(result.rows)} rows, ${fmt.format(result.accepted)} imported, ${fmt.format(result.rejectedCount)} rejected`,
    `mapping: ${Object.entries(report.mapping.columns).map(([f, c]) => `${f}=${c}`).join(', ')} (durations ${report.mapping.durationUnit}, zone ${timeZone})`,
    `calls from ${report.first} to ${report.last}, ${fmt.format(report.minutes)} minutes`,
    `peak: ${peak.concurrent} concurrent at ${report.peak.at}`,
    ...Object.entries(byType).map(([k, v]) => `  ${k.padEnd(12)} ${fmt.format(v.calls).padStart(10)} calls ${fmt.format(v.minutes).padStart(12)} min  peak ${v.peak}`),
    ...result.warnings.map((w) => `note: ${w}`),
    ...result.rejected.slice(0, 20).map((p) => `  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}`),
  ];
  if (result.rejectedCount > 20) lines.push(`  … and ${fmt.format(result.rejectedCount - 20)} more rejected rows (see --json)`);
  out(lines.join('\n'));
  return 0;
}
