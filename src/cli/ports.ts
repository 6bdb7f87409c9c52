/**
 * `ports`: how many Flex Ports? Simulates the horizon (default: a calendar month) for every port
 * count in a range, on a pool of worker threads, from a usage export or a scenario file, and
 * reports blocking with confidence intervals beside Erlang B, and a recommendation.
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { ACTIVITY_KINDS, type ActivityKind, type CallTable, type MappingSpec } from '../core/ingest/types.ts';
import { isValidTimeZone, wallTimeToUtcMs } from '../core/ingest/time/zone-offset.ts';
import { parametricModel } from '../core/ports/parametric-model.ts';
import { fitTrafficModel } from '../core/ports/fit-traffic-model.ts';
import { defaultHorizon } from '../core/ports/default-horizon.ts';
import { defaultPortRange } from '../core/ports/default-port-range.ts';
import { recommendPorts, type PortsTarget } from '../core/ports/recommend-ports.ts';
import type { PortsResult, SimulationOptions, TrafficModel, WhatIf } from '../core/ports/types.ts';
import { type ScenarioFile, type ScenarioPorts } from '../core/scenario/scenario-schema.ts';
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { quantile } from '../core/stats/quantile.ts';
import { concurrencySteps } from '../core/traffic/concurrency-steps.ts';
import { peakOf } from '../core/traffic/peak-of.ts';
import { DEFAULT_PORT_KINDS, holdsPortMask } from '../core/traffic/port-kinds.ts';
import { intValue, parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { specFromArgs } from './inspect.ts';
import { isoUtc } from './iso.ts';
import { readExport } from './read-export.ts';
import { NodeSimPool, SimFailedError } from './sim-pool-node.ts';
import { portsText } from './ports-text.ts';
import { loadScenario } from './load-json-file.ts';

export const PORTS_HELP = `ports <scenario.json | usage.csv> [options]   Flex Ports needed: simulated blocking per port count, beside Erlang B
    --ports LO..HI         port counts to simulate (default: from the busy-hour Erlang B answer at 10% to the peak)
    --replications R       independent simulated months (default 200)
    --seed S               seed; the same seed gives the same numbers for any --workers (default 1, or the scenario's)
    --workers W            worker threads (default: this machine's ${availableParallelism()})
    --growth PCT           volume growth in percent, e.g. 30
    --retry SHARE          share of blocked attempts retried later, 0 to 1
    --retry-delay SEC      mean delay before a retry (default 60)
    --target P             busy-hour blocking target as a share or percent: 0.01 or 1% (default 1% when no target is set)
    --max-blocked K        at most K blocked attempts a month (alone, or with --target for both)
    --price X.XX           monthly price of one port, for the cost of the recommendation
    --kinds K,K            activity kinds that hold a port (default ${DEFAULT_PORT_KINDS.join(',')})
    --holding H            empirical | lognormal holding times from the data (default empirical)
    --arrivals A           poisson | days: hourly Poisson rates, or whole observed days resampled (default poisson)
    --month YYYY-MM        the simulated month (default: the month after the data, or next month)
    --json                 print one JSON object
    A usage export takes inspect's mapping flags (--start --date --end --duration --duration-unit
    --type --user --tz --date-order --max-rows); a scenario file's "data" is relative to the file.`;

const VALUED = [
  'ports', 'replications', 'seed', 'workers', 'growth', 'retry', 'retry-delay', 'target', 'max-blocked', 'price',
  'kinds', 'holding', 'arrivals', 'month',
  'start', 'date', 'end', 'duration', 'duration-unit', 'type', 'user', 'tz', 'date-order', 'max-rows',
] as const;
const DEFAULT_REPLICATIONS = 200;
const DEFAULT_RETRY_DELAY_SEC = 60;
const DEFAULT_TARGET = 0.01;

function numberFlag(args: ParsedArgs, name: string, ok: (x: number) => boolean, what: string): number | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const percent = raw.trim().endsWith('%');
  const text = percent ? raw.trim().slice(0, -1) : raw;
  const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) / (percent ? 100 : 1) : NaN;
  if (!ok(n)) throw new UsageError(`--${name} must be ${what}, got '${raw}'`);
  return n;
}

function choice<T extends string>(args: ParsedArgs, name: string, options: readonly T[]): T | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  if (!options.includes(raw as T)) throw new UsageError(`--${name} must be ${options.join(' or ')}, got '${raw}'`);
  return raw as T;
}

/** "25.00" → 2500; money stays in integer cents inside (style.md habit 3). */
function priceCents(text: string, where: string): number {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new UsageError(`${where} must be a price such as 25.00, got '${text}'`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

const money = centsToDecimal;

/** The target from flags, else the file; busy-hour blocking ≤ 1 % when neither names one. */
function target(args: ParsedArgs, file: ScenarioPorts): PortsTarget {
  const busyHourBlocking = numberFlag(args, 'target', (x) => x > 0 && x < 1, 'a share between 0 and 1 (0.01 or 1%)') ?? file.target?.busyHourBlocking;
  const maxBlockedPerMonth = numberFlag(args, 'max-blocked', (x) => x >= 0, 'a number of attempts ≥ 0') ?? file.target?.maxBlockedPerMonth;
  if (busyHourBlocking === undefined && maxBlockedPerMonth === undefined) return { busyHourBlocking: DEFAULT_TARGET };
  return { ...(busyHourBlocking !== undefined ? { busyHourBlocking } : {}), ...(maxBlockedPerMonth !== undefined ? { maxBlockedPerMonth } : {}) };
}

/** Money in JSON is a decimal string: every `…Cents` field becomes `…` with two places. */
function withMoney<T extends { monthlyCostCents?: number }>(choice: T): Omit<T, 'monthlyCostCents'> & { monthlyCost?: string } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(choice)) {
    if (key.endsWith('Cents') && typeof value === 'number') out[key.slice(0, -5)] = money(value);
    else if (key === 'oneFewer' || key === 'oneMore') out[key] = value && withMoney(value as { monthlyCostCents?: number });
    else out[key] = value;
  }
  return out as Omit<T, 'monthlyCostCents'> & { monthlyCost?: string };
}

/** Flags over the scenario file's ports settings. */
function settings(args: ParsedArgs, file: ScenarioPorts) {
  const range = args.values.get('ports');
  let portsRange = file.range;
  if (range !== undefined) {
    const m = /^(\d+)\.\.(\d+)$/.exec(range.trim());
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > 10_000) {
      throw new UsageError(`--ports must be LO..HI with 1 ≤ LO ≤ HI ≤ 10000, e.g. 30..50, got '${range}'`);
    }
    portsRange = { lo: Number(m[1]), hi: Number(m[2]) };
  }
  const kindsRaw = args.values.get('kinds');
  let portKinds = file.portKinds ?? DEFAULT_PORT_KINDS;
  if (kindsRaw !== undefined) {
    const kinds = kindsRaw.split(',').map((k) => k.trim()).filter(Boolean);
    const bad = kinds.find((k) => !ACTIVITY_KINDS.includes(k as ActivityKind));
    if (bad !== undefined || kinds.length === 0) throw new UsageError(`--kinds takes kinds from ${ACTIVITY_KINDS.join(', ')}, got '${bad ?? kindsRaw}'`);
    portKinds = kinds as ActivityKind[];
  }
  const month = args.values.get('month') ?? file.horizonMonth;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month must be YYYY-MM, e.g. 2026-11, got '${month}'`);
  const priceRaw = args.values.get('price');
  const whatIf: WhatIf = {
    growthPct: numberFlag(args, 'growth', (x) => x >= -100 && x <= 10_000, 'a percentage from -100 to 10000') ?? file.growthPct ?? 0,
    multipliers: { ...file.multipliers },
    retry: {
      share: numberFlag(args, 'retry', (x) => x >= 0 && x <= 1, 'a share from 0 to 1') ?? file.retry?.share ?? 0,
      delaySec: numberFlag(args, 'retry-delay', (x) => x > 0 && x <= 86_400, 'seconds above 0') ?? file.retry?.delaySec ?? DEFAULT_RETRY_DELAY_SEC,
    },
  };
  return {
    portsRange,
    portKinds,
    month,
    whatIf,
    replications: intValue(args, 'replications', file.replications ?? DEFAULT_REPLICATIONS, 1, 100_000),
    holding: choice(args, 'holding', ['empirical', 'lognormal'] as const) ?? file.holding ?? 'empirical',
    arrivals: choice(args, 'arrivals', ['poisson', 'days'] as const) ?? file.arrivals ?? 'poisson',
    target: target(args, file),
    pricePerPortCents: priceRaw !== undefined ? priceCents(priceRaw, '--price') : file.pricePerPort !== undefined ? priceCents(file.pricePerPort, 'pricePerPort') : undefined,
  };
}

/** Mapping flags over the scenario's mapping: a column named on the command line wins. */
function mergeSpec(file: MappingSpec | undefined, flags: MappingSpec): MappingSpec {
  const columns = { ...file?.columns, ...flags.columns };
  if (flags.columns?.end !== undefined) delete columns.duration;
  if (flags.columns?.duration !== undefined) delete columns.end;
  return { ...file, ...flags, columns };
}


/** The calendar month 'YYYY-MM' in `timeZone`, the same horizon defaultHorizon gives for it. */
function monthHorizon(timeZone: string, month: string): { startMs: number; endMs: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return defaultHorizon(timeZone, wallTimeToUtcMs(timeZone, Date.UTC(y, m - 1, 1)));
}

function lastEndMs(table: CallTable): number {
  let last = -Infinity;
  for (let i = 0; i < table.count; i++) last = Math.max(last, table.startMs[i]! + table.durationSec[i]! * 1000);
  return last;
}

/** Runs `ports`; returns the process exit code. */
export async function portsCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, VALUED, ['json']);
  if (args.positionals.length !== 1) throw new UsageError('ports needs exactly one file: ports <scenario.json | usage.csv> [options]');
  const path = args.positionals[0]!;
  const isScenario = path.toLowerCase().endsWith('.json');
  const scenario: ScenarioFile = isScenario ? await loadScenario(path) : { version: 1, data: path };
  const dataPath = scenario.data === undefined ? undefined : isScenario ? resolve(dirname(path), scenario.data) : path;
  const s = settings(args, scenario.ports ?? {});
  const workers = intValue(args, 'workers', availableParallelism(), 1, 256);
  const seed = args.values.get('seed') ?? (scenario.seed !== undefined ? String(scenario.seed) : '1');

  const flagZone = args.values.get('tz');
  const timeZone = flagZone ?? scenario.mapping?.timeZone ?? scenario.timeZone ?? scenario.traffic?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz '${timeZone}' is not an IANA time zone (e.g. UTC, America/New_York)`);

  let model: TrafficModel;
  let observedPeak: number | undefined;
  let afterMs = Date.now();
  if (dataPath !== undefined) {
    const spec = mergeSpec(scenario.mapping, specFromArgs(args.values));
    const maxRows = intValue(args, 'max-rows', 5_000_000, 1, 100_000_000);
    const { result } = await readExport(dataPath, { spec, timeZone, maxRows });
    const { table } = result;
    model = fitTrafficModel(table, { timeZone, portKinds: s.portKinds, holding: s.holding, arrivals: s.arrivals, source: basename(dataPath) });
    observedPeak = peakOf(concurrencySteps(table, holdsPortMask(table, s.portKinds))).concurrent;
    afterMs = lastEndMs(table);
  } else {
    try {
      model = parametricModel({ ...scenario.traffic!, timeZone: scenario.traffic!.timeZone ?? timeZone });
    } catch (err) {
      throw new UsageError(`${path}: $.traffic: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const horizon = s.month !== undefined ? monthHorizon(model.timeZone, s.month) : defaultHorizon(model.timeZone, afterMs);
  const range = s.portsRange ?? defaultPortRange(model, s.whatIf, observedPeak);
  const opts: SimulationOptions = {
    startMs: horizon.startMs,
    endMs: horizon.endMs,
    portsLo: range.lo,
    portsHi: range.hi,
    whatIf: s.whatIf,
    seed,
  };

  const pool = new NodeSimPool({ size: workers, onWorkerCrash: (m) => process.stderr.write(`headroom: ${m}; replaced\n`) });
  const showProgress = !args.flags.has('json') && process.stderr.isTTY === true;
  let result: PortsResult;
  try {
    // The progress line shows counts only, so no partial summaries are computed.
    result = await pool.run({ model, opts, replications: s.replications, partialEveryMs: Infinity }, (p) => {
      if (showProgress) process.stderr.write(`\r${p.done}/${p.total} replications, ${(p.callsPerSecond / 1e6).toFixed(1)} M calls/s `);
    });
  } catch (err) {
    if (err instanceof SimFailedError) throw new UsageError(err.message);
    throw err;
  } finally {
    if (showProgress) process.stderr.write('\r\x1b[K');
    await pool.dispose();
  }

  const report = {
    seed: result.seed,
    replications: result.replications,
    calls: result.calls,
    elapsedMs: Math.round(result.elapsedMs),
    callsPerSecond: Math.round(result.callsPerSecond),
    workers,
    table: result.table,
    recommendation: withMoney(recommendPorts(result, s.target, s.pricePerPortCents)),
    erlangB: result.erlangB,
    ...(result.extendedErlangB ? { extendedErlangB: result.extendedErlangB } : {}),
    horizon: { start: isoUtc(horizon.startMs), end: isoUtc(horizon.endMs) },
    busyHour: { hourOfWeek: result.busyHourOfWeek, erlangs: result.busyHourErlangs },
    peakConcurrent: {
      p50: quantile(result.peakConcurrent, 0.5),
      p95: quantile(result.peakConcurrent, 0.95),
      max: quantile(result.peakConcurrent, 1),
      ...(observedPeak !== undefined ? { observed: observedPeak } : {}),
    },
    model: {
      source: model.source,
      timeZone: model.timeZone,
      arrivals: model.arrivals,
      streams: model.streams.map((st) => ({
        kind: st.kind,
        callsPerWeek: Math.round(st.ratePerHour.reduce((a, b) => a + b, 0)),
        holding: { kind: st.holding.kind, meanSec: st.holding.meanSec, ...('cv' in st.holding ? { cv: st.holding.cv } : {}) },
      })),
      whatIf: s.whatIf,
      target: s.target,
      ...(s.pricePerPortCents !== undefined ? { pricePerPort: money(s.pricePerPortCents) } : {}),
    },
  };
  out(args.flags.has('json') ? JSON.stringify(report, null, 2) : portsText(report));
  return 0;
}
