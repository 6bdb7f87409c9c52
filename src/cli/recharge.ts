/**
 * `recharge`: the platform's automatic-recharge rule on a usage export (or a scenario file's
 * export), the real month replayed through it, and the balance simulated over 1–12 months
 * (domain.md section 3, issue 4). Replications run in-process: a year of hourly balances for a
 * thousand replications takes well under a second.
 */
import { basename, dirname, resolve } from 'node:path';
import { ACTIVITY_KINDS, type ActivityKind, type MappingSpec } from '../core/ingest/types.ts';
import { isValidTimeZone } from '../core/ingest/time/zone-offset.ts';
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { parseDecimalCents } from '../core/money/parse-decimal-cents.ts';
import {
  backtestRecharge, DEFAULT_INCREMENT_SEC, DEFAULT_MINUTE_KINDS, DEFAULT_MONTHS, DEFAULT_RATE_CENTS_PER_MIN, DEFAULT_DECLINE_RETRY_HOURS,
  fitParametricUsage, monthSpan, rechargeInput, rechargeSentence, ruleFromUsage, runRechargeChunk, runTunerChunk, summarizeRecharge,
  summarizeTuner, tunerInput, usageByDay, usageModel, usageOptions,
} from '../core/recharge/index.ts';
import type { ScenarioFile } from '../core/scenario/scenario-schema.ts';
import { intValue, parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { specFromArgs } from './inspect.ts';
import { readExport } from './read-export.ts';
import { rechargeText } from './recharge-text.ts';
import { loadScenario } from './load-json-file.ts';

export const RECHARGE_HELP = `recharge <usage.csv | scenario.json> [options]   Automatic recharge: the rule from last month, a backtest, the balance simulated
    --rate CENTS_PER_MIN   price of a billable minute for calls without a cost (default ${DEFAULT_RATE_CENTS_PER_MIN}: an assumption, the export has no price)
    --increment SEC        billing increment; each call is rounded up to it (default ${DEFAULT_INCREMENT_SEC})
    --kinds K,K            activity kinds that use dialer minutes (default ${DEFAULT_MINUTE_KINDS.join(',')})
    --month YYYY-MM        the month the rule is computed from (default: the last complete month in the data)
    --start-balance X      balance at the start, e.g. 250.00 (default: threshold + one recharge)
    --months M             simulated months after the rule's month, 1 to 12 (default ${DEFAULT_MONTHS})
    --replications R       independent simulated horizons (default 1000)
    --seed S               seed; the same seed gives the same numbers (default 1, or the scenario's)
    --growth PCT           usage growth in percent per month, compounding
    --decline P            probability that the card declines a recharge, 0 to below 1 (default 0)
    --retry-hours H        hours before a declined recharge is tried again (default ${DEFAULT_DECLINE_RETRY_HOURS})
    --credit-delay H       hours between billing a recharge and its credit (default 0)
    --usage days|parametric  resample observed days by weekday (default) or a fitted parametric model
    --tuner                also simulate recharge days 3..30 × threshold days 1..10 (200 replications at most)
    --json                 print one JSON object (money as decimal strings; pZero has a Wilson 95 % interval)
    A usage export takes inspect's mapping flags (--start --date --end --duration --duration-unit
    --type --user --tz --date-order --max-rows) and --cost COL; a scenario file's "data" is relative
    to the file and its "recharge" section sets any of the above.`;

const VALUED = [
  'rate', 'increment', 'kinds', 'month', 'start-balance', 'months', 'replications', 'seed', 'growth', 'decline', 'retry-hours', 'credit-delay', 'usage',
  'start', 'date', 'end', 'duration', 'duration-unit', 'type', 'user', 'tz', 'date-order', 'max-rows', 'cost',
] as const;
const DEFAULT_REPLICATIONS = 1000;
const TUNER_REPLICATIONS = 200;
const money = centsToDecimal;

function numberFlag(args: ParsedArgs, name: string, ok: (x: number) => boolean, what: string): number | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (!ok(n)) throw new UsageError(`--${name} must be ${what}, got '${raw}'`);
  return n;
}


/** Mapping flags over the scenario's mapping: a column named on the command line wins. */
function mergeSpec(file: MappingSpec | undefined, flags: MappingSpec): MappingSpec {
  const columns = { ...file?.columns, ...flags.columns };
  if (flags.columns?.end !== undefined) delete columns.duration;
  if (flags.columns?.duration !== undefined) delete columns.end;
  return { ...file, ...flags, columns };
}

function kindsFlag(raw: string): ActivityKind[] {
  const kinds = raw.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !ACTIVITY_KINDS.includes(k as ActivityKind));
  if (bad !== undefined || kinds.length === 0) throw new UsageError(`--kinds takes kinds from ${ACTIVITY_KINDS.join(', ')}, got '${bad ?? raw}'`);
  return kinds as ActivityKind[];
}

/** A core RangeError on user-chosen values (a month without data) is bad input, not a crash. */
function orUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(err.message.replace(/^\w+: /, ''));
    throw err;
  }
}

/** Runs `recharge`; returns the process exit code. */
export async function rechargeCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, VALUED, ['json', 'tuner']);
  if (args.positionals.length !== 1) throw new UsageError('recharge needs exactly one file: recharge <usage.csv | scenario.json> [options]');
  const path = args.positionals[0]!;
  const isScenario = path.toLowerCase().endsWith('.json');
  const scenario: ScenarioFile = isScenario ? await loadScenario(path) : { version: 1, data: path };
  if (scenario.data === undefined) throw new UsageError(`${path}: recharge needs a usage export ("data"); a parametric "traffic" has no money in it`);
  const dataPath = isScenario ? resolve(dirname(path), scenario.data) : path;
  const file = scenario.recharge ?? {};

  const timeZone = args.values.get('tz') ?? scenario.mapping?.timeZone ?? scenario.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz '${timeZone}' is not an IANA time zone (e.g. UTC, America/New_York)`);
  const rateFlag = numberFlag(args, 'rate', (x) => x >= 0 && x <= 100_000, 'cents per minute from 0 to 100000');
  const opts = usageOptions({
    rateCentsPerMin: rateFlag ?? file.rateCentsPerMin,
    incrementSec: intValue(args, 'increment', file.incrementSec ?? DEFAULT_INCREMENT_SEC, 1, 3_600),
    kinds: args.values.has('kinds') ? kindsFlag(args.values.get('kinds')!) : file.minuteKinds,
  });
  const month = args.values.get('month') ?? file.month;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month must be YYYY-MM, e.g. 2026-10, got '${month}'`);
  const startRaw = args.values.get('start-balance') ?? file.startBalance;
  const startBalanceCents = startRaw === undefined ? null : parseDecimalCents(startRaw);
  if (startBalanceCents === null && startRaw !== undefined) throw new UsageError(`--start-balance must be an amount such as 250.00, got '${startRaw}'`);
  const usageKind = args.values.get('usage') ?? 'days';
  if (usageKind !== 'days' && usageKind !== 'parametric') throw new UsageError(`--usage must be days or parametric, got '${usageKind}'`);

  const spec = mergeSpec(scenario.mapping, specFromArgs(args.values));
  if (args.values.has('cost')) spec.columns = { ...spec.columns, cost: args.values.get('cost')! };
  const maxRows = intValue(args, 'max-rows', 5_000_000, 1, 100_000_000);
  const { result } = await readExport(dataPath, { spec, timeZone, maxRows });
  const daily = usageByDay(result.table, opts, timeZone);
  const rule = orUsage(() => ruleFromUsage(daily, { month, rechargeDays: file.rechargeDays, thresholdDays: file.thresholdDays }));
  const backtest = backtestRecharge(daily, rule, startBalanceCents);

  const input = orUsage(() => rechargeInput(rule, usageKind === 'days' ? usageModel(daily) : fitParametricUsage(daily), {
    months: intValue(args, 'months', file.months ?? DEFAULT_MONTHS, 1, 12),
    seed: args.values.get('seed') ?? (scenario.seed !== undefined ? String(scenario.seed) : '1'),
    growthPct: numberFlag(args, 'growth', (x) => x >= -100 && x <= 10_000, 'a percentage from -100 to 10000') ?? file.growthPct ?? 0,
    startBalanceCents,
    declineProbability: numberFlag(args, 'decline', (x) => x >= 0 && x < 1, 'a probability from 0 to below 1') ?? file.decline?.probability ?? 0,
    declineRetryHours: intValue(args, 'retry-hours', file.decline?.retryHours ?? DEFAULT_DECLINE_RETRY_HOURS, 1, 720),
    creditDelayHours: intValue(args, 'credit-delay', file.creditDelayHours ?? 0, 0, 720),
  }));
  const replications = intValue(args, 'replications', file.replications ?? DEFAULT_REPLICATIONS, 1, 100_000);
  const t0 = performance.now();
  const reps = runRechargeChunk(input, 0, replications);
  const sim = summarizeRecharge(input, reps, performance.now() - t0);

  let tuner: Record<string, unknown> | undefined;
  if (args.flags.has('tuner')) {
    const grid = tunerInput(input);
    const t1 = performance.now();
    const n = Math.min(replications, TUNER_REPLICATIONS);
    const res = summarizeTuner(grid, runTunerChunk(grid, 0, n), performance.now() - t1);
    const cell = (i: number | null) => {
      if (i === null) return null;
      const c = res.cells[i]!;
      return { rechargeDays: c.rechargeDays, thresholdDays: c.thresholdDays, pZero: c.pZero, rechargesPerMonth: c.rechargesPerMonth, idleBalance: money(c.idleBalanceCents) };
    };
    tuner = { replications: n, targetPZero: res.targetPZero, cheapest: cell(res.cheapest), platform: cell(res.platform), elapsedMs: Math.round(res.elapsedMs), cells: res.cells.map((_, i) => cell(i)) };
  }

  const span = monthSpan(daily, rule.month);
  const estimated = daily.priced.billableMinutes + daily.priced.duration;
  const report = {
    source: { file: basename(dataPath), timeZone, firstDate: daily.firstDate, days: daily.days, calls: result.table.count, priced: daily.priced },
    assumptions: {
      rateCentsPerMin: opts.rateCentsPerMin,
      incrementSec: opts.incrementSec,
      minuteKinds: ACTIVITY_KINDS.filter((_, i) => opts.minuteKinds[i]),
      // The rate matters only for calls without a cost; say so when it was not chosen.
      rateAssumed: estimated > 0 && rateFlag === undefined && file.rateCentsPerMin === undefined,
    },
    lastMonth: {
      month: rule.month,
      days: rule.days,
      usage: money(rule.usageCents),
      complete: rule.complete,
      daily: Array.from(daily.cents.subarray(span.from, span.to), (c) => money(c)),
    },
    recharge: { amount: money(rule.amountCents), threshold: money(rule.thresholdCents), rechargeDays: rule.rechargeDays, thresholdDays: rule.thresholdDays },
    sentence: rechargeSentence(rule),
    backtest: {
      month: backtest.month,
      startBalance: money(backtest.startBalanceCents),
      recharges: backtest.recharges,
      billed: money(backtest.billedCents),
      minBalance: money(backtest.minBalanceCents),
      hoursAtZero: backtest.hoursAtZero,
      endBalance: money(backtest.endBalanceCents),
    },
    simulation: {
      seed: input.seed,
      replications: sim.replications,
      months: sim.monthLabels,
      usageModel: input.usage.kind,
      growthPct: input.growthPct,
      startBalance: money(input.startBalanceCents ?? rule.thresholdCents + rule.amountCents),
      pZero: sim.pZero,
      pZeroByMonth: sim.monthLabels.map((m, i) => ({ month: m, ...sim.pZeroByMonth[i]! })),
      rechargesPerMonth: sim.rechargesPerMonth,
      billed: { mean: money(sim.billedCents.mean), perMonth: money(sim.billedCents.perMonth) },
      idleBalance: { mean: money(sim.idleBalanceCents.mean), lo: money(sim.idleBalanceCents.lo), hi: money(sim.idleBalanceCents.hi) },
      downtimeHours: sim.downtimeHours,
      unserved: { mean: money(sim.unservedCents.mean) },
      elapsedMs: Math.round(sim.elapsedMs),
      hoursPerSecond: Math.round(sim.hoursPerSecond),
    },
    ...(tuner ? { tuner } : {}),
  };
  out(args.flags.has('json') ? JSON.stringify(report, null, 2) : rechargeText(report));
  return 0;
}
