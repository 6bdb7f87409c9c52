/**
 * `erlang`: Erlang B (or, with --retry, Extended Erlang B) for Flex Port sizing without data:
 * the blocking of N ports at a given traffic, or the fewest ports that meet a blocking target.
 */
import { erlangB } from '../core/ports/erlang-b.ts';
import { extendedErlangB } from '../core/ports/extended-erlang-b.ts';
import { portsForBlocking } from '../core/ports/ports-for-blocking.ts';
import { portsForBlockingExtended } from '../core/ports/ports-for-blocking-extended.ts';
import { intValue, parseArgs, UsageError, type ParsedArgs } from './args.ts';

export const ERLANG_HELP = `erlang --traffic A (--ports N | --target P) [options]   Erlang B blocking of N ports, or the ports for a target
    --traffic A            offered traffic in erlangs (busy-hour port-minutes / 60), 0 to 1,000,000
    --ports N              ports available: report the share of attempts blocked
    --target P             blocking target as a share (0.01 for 1%): report the fewest ports that meet it
    --retry R              share of blocked attempts retried, 0 to 1 (Extended Erlang B)
    --json                 print one JSON object`;

const MAX_TRAFFIC_ERL = 1_000_000;
const MAX_PORTS = 10_000_000;

/** A decimal number flag within [min, max] (inclusive unless `open`), or undefined when absent. */
function numberValue(args: ParsedArgs, name: string, min: number, max: number, open: boolean, hint = ''): number | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw) ? Number(raw) : NaN;
  const inside = open ? n > min && n < max : n >= min && n <= max;
  if (!inside) {
    const range = open ? `strictly between ${min} and ${max}` : `from ${min} to ${new Intl.NumberFormat('en-US').format(max)}`;
    throw new UsageError(`--${name} must be a number ${range}${hint}, got '${raw}'`);
  }
  return n;
}

/** A share as a percentage for people: 3 significant digits, never a misleading 0. */
function pct(share: number): string {
  const p = share * 100;
  if (p === 0) return '0%';
  return (p >= 1e-3 ? String(Number(p.toPrecision(3))) : p.toExponential(2)) + '%';
}

const erl = (x: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(x) + ' E';

/** Runs `erlang`; returns the process exit code. */
export async function erlangCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['traffic', 'ports', 'target', 'retry'], ['json']);
  if (args.positionals.length > 0) throw new UsageError(`erlang takes no positional arguments, got '${args.positionals[0]}'`);
  const traffic = numberValue(args, 'traffic', 0, MAX_TRAFFIC_ERL, false);
  if (traffic === undefined) throw new UsageError('erlang needs --traffic A (offered erlangs) and --ports N or --target P');
  const hasPorts = args.values.has('ports');
  const target = numberValue(args, 'target', 0, 1, true, ' (0.01 for 1%)');
  if (hasPorts === (target !== undefined)) throw new UsageError('erlang needs exactly one of --ports N and --target P');
  const retry = numberValue(args, 'retry', 0, 1, false);

  const model = retry === undefined ? 'Erlang B' : 'Extended Erlang B';
  const json = args.flags.has('json');
  const print = (report: Record<string, unknown>, sentence: string) => {
    out(json ? JSON.stringify(report, null, 2) : sentence);
    return 0;
  };

  if (target === undefined) {
    const ports = intValue(args, 'ports', 0, 0, MAX_PORTS);
    if (retry === undefined) {
      const blocking = erlangB(traffic, ports);
      const carriedErl = traffic * (1 - blocking);
      return print(
        { model, traffic, ports, blocking, carriedErl },
        `${ports} ports offered ${erl(traffic)}: ${pct(blocking)} of attempts blocked (${model}), ${erl(carriedErl)} carried.`,
      );
    }
    if (retry === 1 && traffic > 0 && traffic >= ports) {
      throw new UsageError('with --retry 1 every blocked attempt is retried: --ports must be above --traffic, or retries grow without bound');
    }
    const e = extendedErlangB(traffic, ports, retry);
    const carriedErl = e.offeredWithRetriesErl * (1 - e.blocking);
    return print(
      { model, traffic, ports, retry, blocking: e.blocking, lostShare: e.lostShare, offeredWithRetriesErl: e.offeredWithRetriesErl, carriedErl },
      `${ports} ports offered ${erl(traffic)} of first attempts, ${pct(retry)} of blocked attempts retried: ` +
        `${pct(e.blocking)} of attempts blocked (${model}; ${erl(e.offeredWithRetriesErl)} offered with retries), ` +
        `${pct(e.lostShare)} of calls lost for good, ${erl(carriedErl)} carried.`,
    );
  }

  if (retry === undefined) {
    const ports = portsForBlocking(traffic, target);
    const blocking = erlangB(traffic, ports);
    const carriedErl = traffic * (1 - blocking);
    return print(
      { model, traffic, target, ports, blocking, carriedErl },
      `${erl(traffic)} at no more than ${pct(target)} blocking needs ${ports} ports (${model}): ${pct(blocking)} of attempts blocked at ${ports}.`,
    );
  }
  const ports = portsForBlockingExtended(traffic, target, retry);
  const e = extendedErlangB(traffic, ports, retry);
  const carriedErl = e.offeredWithRetriesErl * (1 - e.blocking);
  return print(
    { model, traffic, target, retry, ports, blocking: e.blocking, lostShare: e.lostShare, offeredWithRetriesErl: e.offeredWithRetriesErl, carriedErl },
    `${erl(traffic)} of first attempts at no more than ${pct(target)} blocking, ${pct(retry)} of blocked attempts retried, ` +
      `needs ${ports} ports (${model}): ${pct(e.blocking)} of attempts blocked at ${ports}, ${pct(e.lostShare)} of calls lost for good.`,
  );
}
