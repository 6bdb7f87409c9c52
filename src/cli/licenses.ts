/**
 * `licenses`: import a license roster and a usage export, report the license findings (domain.md
 * section 1) and size the pooled licenses from the usage.
 */
import { readFile } from 'node:fs/promises';
import { isValidTimeZone } from '../core/ingest/time/zone-offset.ts';
import { importRoster } from '../core/licenses/import-roster.ts';
import { diagnoseLicenses } from '../core/licenses/diagnose-licenses.ts';
import { sizePools } from '../core/licenses/size-pools.ts';
import {
  DEFAULT_LICENSE_PRICES_CENTS, LICENSE_TYPES, POOLED_LICENSES, ROSTER_FIELDS,
  type LicenseType, type PooledLicense, type RosterField, type RosterSpec,
} from '../core/licenses/types.ts';
import { centsToDecimal } from '../core/money/cents-to-decimal.ts';
import { parseDecimalCents } from '../core/money/parse-decimal-cents.ts';
import { intValue, parseArgs, UsageError } from './args.ts';
import { specFromArgs } from './inspect.ts';
import { licensesText } from './licenses-text.ts';
import { readExport } from './read-export.ts';

export const LICENSES_HELP = `licenses <roster.csv> <usage.csv> [options]   License findings and pooled sizing from a roster and a usage export
    --start/--date/--end/--duration/--duration-unit/--type/--user/--date-order/--max-rows   the usage export's mapping, as for inspect
    --tz ZONE              IANA zone of the usage times and of the hour-of-week cells (default: this machine's)
    --roster-user COL, --roster-status COL, --roster-licenses COL,
    --roster-crm COL, --roster-dialer-tab COL, --roster-dialer COL, --roster-flex-port COL   roster columns (default: from the header)
    --price LIST           monthly prices, e.g. crm=65,dialer_tab=25,dialer=90,flex_port=25 (these are the defaults, assumptions)
    --total LIST           licenses in each pool, e.g. dialer=10 (default: the roster's holders)
    --gap-min M            a pause over M minutes ends a session (default 15)
    --target P             share of busy-hour time with too few licenses to allow (default 0.01)
    --replications R       simulated months of resampled days (default 200)
    --seed S               seed of the simulation (default 1)
    --json                 print one JSON object`;

const USAGE_FLAGS = ['start', 'date', 'end', 'duration', 'duration-unit', 'type', 'user', 'tz', 'date-order', 'max-rows'];
const rosterFlag = (field: RosterField) => `roster-${field.replace('_', '-')}`;

/** `a=1,b=2` → entries, each key checked against `keys`. */
function keyedList<K extends string>(raw: string, flag: string, keys: readonly K[]): [K, string][] {
  return raw.split(',').filter((s) => s.trim() !== '').map((item) => {
    const [k, v] = item.split('=').map((s) => s.trim());
    const key = (k ?? '').toLowerCase().replace(/[\s-]+/g, '_') as K;
    if (!keys.includes(key) || v === undefined || v === '') {
      throw new UsageError(`--${flag} takes name=value pairs with names ${keys.join(', ')}, got '${item}'`);
    }
    return [key, v];
  });
}

function shareValue(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const x = Number(raw);
  if (!(x >= 0 && x < 1)) throw new UsageError(`--${flag} must be a share from 0 to below 1, got '${raw}'`);
  return x;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'EISDIR' ? 'it is a directory' : code ?? String(err)}`);
  }
}

/** Runs `licenses`; returns the process exit code. */
export async function licensesCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const rosterFlags = ROSTER_FIELDS.map(rosterFlag);
  const args = parseArgs(argv, [...USAGE_FLAGS, ...rosterFlags, 'price', 'total', 'gap-min', 'target', 'replications', 'seed'], ['json']);
  if (args.positionals.length !== 2) throw new UsageError('licenses needs two files: licenses <roster.csv> <usage.csv> [options]');
  const [rosterPath, usagePath] = args.positionals as [string, string];
  const timeZone = args.values.get('tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz '${timeZone}' is not an IANA time zone (e.g. UTC, America/New_York)`);

  const pricesCents = { ...DEFAULT_LICENSE_PRICES_CENTS };
  for (const [k, v] of keyedList<LicenseType>(args.values.get('price') ?? '', 'price', LICENSE_TYPES)) {
    const cents = parseDecimalCents(v);
    if (cents === null) throw new UsageError(`--price ${k} must be a price such as 90.00, got '${v}'`);
    pricesCents[k] = cents;
  }
  const poolTotals: Partial<Record<PooledLicense, number>> = {};
  for (const [k, v] of keyedList<PooledLicense>(args.values.get('total') ?? '', 'total', POOLED_LICENSES)) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--total ${k} must be a whole number ≥ 0, got '${v}'`);
    poolTotals[k] = n;
  }
  const gapMin = Number(args.values.get('gap-min') ?? 15);
  if (!(gapMin >= 0 && gapMin <= 24 * 60)) throw new UsageError(`--gap-min must be minutes from 0 to 1440, got '${args.values.get('gap-min')}'`);
  const target = shareValue(args.values.get('target'), 'target', 0.01);
  const replications = intValue(args, 'replications', 200, 1, 100_000);
  const seed = args.values.get('seed') ?? '1';
  const rosterSpec: RosterSpec = { columns: {} };
  for (const field of ROSTER_FIELDS) {
    const v = args.values.get(rosterFlag(field));
    if (v !== undefined) rosterSpec.columns![field] = v;
  }

  const rosterImport = importRoster(await readText(rosterPath), rosterSpec);
  const { result } = await readExport(usagePath, {
    spec: specFromArgs(args.values), timeZone, maxRows: intValue(args, 'max-rows', 5_000_000, 1, 100_000_000),
  });
  const { observed, sizing } = sizePools(result.table, rosterImport.roster, { timeZone, gapSec: gapMin * 60, replications, seed, targetShortShare: target });
  const needs = POOLED_LICENSES.map((license, i) => ({ license, peakConcurrent: observed[i]!.peakConcurrent, recommended: sizing[i]!.recommended }));
  const findings = diagnoseLicenses(rosterImport.roster, result.table, {
    pricesCents, pools: needs, poolTotals, rejectedUsers: rosterImport.rejectedUsers,
  });
  const assigned = (license: PooledLicense) =>
    poolTotals[license] ?? rosterImport.roster.filter((e) => e.licenses.includes(license)).length;

  const report = {
    roster: {
      file: rosterPath,
      rows: rosterImport.rows,
      accepted: rosterImport.roster.length,
      problems: rosterImport.problems,
      mapping: Object.fromEntries(Object.entries(rosterImport.mapping.columns).map(([f, c]) => [f, rosterImport.header[c!]])),
      warnings: rosterImport.warnings,
    },
    usage: { file: usagePath, rows: result.rows, accepted: result.accepted, rejectedCount: result.rejectedCount, users: result.table.users.length - 1 },
    assumptions: {
      prices: Object.fromEntries(LICENSE_TYPES.map((t) => [t, centsToDecimal(pricesCents[t])])),
      gapMinutes: gapMin, target, replications, seed, horizonDays: 28, timeZone,
    },
    findings: findings.map((f) => ({
      code: f.code, severity: f.severity, title: f.title, users: f.users,
      monthlyCost: f.monthlyCostCents === undefined ? null : centsToDecimal(f.monthlyCostCents),
      ...(f.license ? { license: f.license } : {}),
      detail: f.detail,
    })),
    pools: POOLED_LICENSES.map((license, i) => {
      const seen = observed[i]!;
      const size = sizing[i]!;
      const rec = size.table[size.recommended]!;
      return {
        license,
        assigned: assigned(license),
        users: seen.users,
        peakConcurrent: seen.peakConcurrent,
        recommended: size.recommended,
        busyHour: { hourOfWeek: seen.busyCell, mean: round2(seen.byHourOfWeek.mean[seen.busyCell]!), p95: seen.byHourOfWeek.p95[seen.busyCell]! },
        busyShortShareAtRecommended: rec.busyShortShare,
        simulatedPeak: { mean: round2(size.simulatedPeak.mean), max: size.simulatedPeak.max },
      };
    }),
  };
  out(args.flags.has('json') ? JSON.stringify(report, null, 2) : licensesText(report));
  return 0;
}

function round2(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : null;
}
