import { meanInterval } from '../stats/mean-interval.ts';
import { quantileSelect } from '../stats/quantile-select.ts';
import { busyHourOfWeek } from './busy-hour.ts';
import { defaultHorizon } from './default-horizon.ts';
import { erlangB } from './erlang-b.ts';
import { extendedErlangB } from './extended-erlang-b.ts';
import type { PortsResult, PortsRow, ReplicationResult, SimulationOptions, TrafficModel } from './types.ts';

const MONTH_SEC = 30 * 86_400;

/**
 * Reduces independent replications to the Ports table: per N in [opts.portsLo, opts.portsHi],
 * - blocking = blocked / offered of each replication → mean with its 95 % Student-t interval
 *   (meanInterval); busyHourBlocking likewise in instances of the busy hour of the week;
 * - blockedPerMonth: mean, p50 and p95 across replications of blocked × perMonthScale, where
 *   perMonthScale is 1 when the horizon is exactly one calendar month in the model's zone and
 *   30 days / horizon length otherwise (a two-week horizon counts double);
 * - utilisation = carriedSec / (N × horizon seconds) → mean interval;
 * - lostShare = calls lost for good / offered (only differs from blocking with retries).
 * Also the peak concurrency of each replication, Erlang B at the busy-hour erlangs for each N (and
 * Extended Erlang B with retries),
 * hour-of-week sums, calls = first attempts simulated and callsPerSecond = calls / elapsed seconds.
 * Results are sorted by index first, so the answer never depends on which worker ran what or in
 * which order they came back. A replication with nothing offered counts as blocking 0.
 * Example: summarizeReplications(model, opts, [r2, r0, r1], 1500) === summarizeReplications(model, opts, [r0, r1, r2], 1500)
 */
export function summarizeReplications(
  model: TrafficModel,
  opts: SimulationOptions,
  results: readonly ReplicationResult[],
  elapsedMs: number,
): PortsResult {
  const summary = new PortsSummary(model, opts);
  summary.add(results);
  summary.takeWaiting();
  return summary.result(elapsedMs);
}

/** What a replication adds to each column, per N (see summarizeReplications). */
const METRICS = 5;
const BLOCKING = 0;
const BUSY_BLOCKING = 1;
const PER_MONTH = 2;
const UTILISATION = 3;
const LOST = 4;

/**
 * summarizeReplications kept up to date while a run's replications arrive, for its partial
 * summaries: each replication is folded in once, into one column of numbers per measure and N
 * (in index order), so a summary reads flat arrays instead of walking every replication again,
 * and the replications themselves need not be kept (a replication's hour-of-week cells alone are
 * N × 168 numbers). Replications are taken in index order from 0: one that arrives early waits
 * until those before it are in, so a partial summary covers replications 0..k−1 and the final one
 * is the same as summarizeReplications of them all, whatever the order of arrival.
 * Example: s.add(first chunk); s.result(800) → the table over the chunk; s.add(rest); s.result(2000)
 */
export class PortsSummary {
  readonly #seed: string;
  readonly #lo: number;
  readonly #W: number;
  readonly #horizonSec: number;
  readonly #perMonthScale: number;
  readonly #busy: { hourOfWeek: number; erlangs: number };
  readonly #retryShare: number;
  /** The closed forms depend only on the traffic and the port counts: worked out once, at the first result. */
  #closedForms: Pick<PortsResult, 'erlangB' | 'extendedErlangB'> | null = null;
  /** Column (metric, k) at index metric × W + k; rows 0..#n−1 in replication-index order. */
  #cols: Float64Array[];
  #peaks: Float64Array;
  #n = 0;
  #calls = 0;
  readonly #blockedByHow: Float64Array;
  readonly #offeredByHow = new Float64Array(168);
  /** Replications that arrived before one with a smaller index, by index. */
  readonly #waiting = new Map<number, ReplicationResult>();
  #next = 0;
  #scratch = new Float64Array(0);

  constructor(model: TrafficModel, opts: SimulationOptions) {
    this.#seed = opts.seed;
    this.#lo = opts.portsLo;
    this.#W = opts.portsHi - opts.portsLo + 1;
    this.#horizonSec = (opts.endMs - opts.startMs) / 1000;
    const month = defaultHorizon(model.timeZone, opts.startMs);
    this.#perMonthScale = month.startMs === opts.startMs && month.endMs === opts.endMs ? 1 : MONTH_SEC / this.#horizonSec;
    this.#busy = busyHourOfWeek(model, opts.whatIf);
    this.#retryShare = opts.whatIf.retry.share;
    this.#cols = Array.from({ length: METRICS * this.#W }, () => new Float64Array(64));
    this.#peaks = new Float64Array(64);
    this.#blockedByHow = new Float64Array(this.#W * 168);
  }

  /** Replications folded in so far (those numbered 0..count−1). */
  get count(): number {
    return this.#n;
  }

  /** Folds in `results` (any index order); each index at most once over the summary's life. */
  add(results: readonly ReplicationResult[]): void {
    for (const r of results) {
      if (r.blocked.length !== this.#W) {
        throw new RangeError(`summarizeReplications: replication ${r.index} has ${r.blocked.length} port counts, expected ${this.#W}`);
      }
      if (r.index < this.#next || this.#waiting.has(r.index)) {
        throw new RangeError(`summarizeReplications: replication ${r.index} appears twice`);
      }
      if (r.index === this.#next) {
        this.#append(r);
        this.#next++;
        for (let w = this.#waiting.get(this.#next); w; w = this.#waiting.get(this.#next)) {
          this.#waiting.delete(this.#next);
          this.#append(w);
          this.#next++;
        }
      } else {
        this.#waiting.set(r.index, r);
      }
    }
  }

  /** Folds in the replications still waiting for a smaller index, in index order (all are in). */
  takeWaiting(): void {
    const indices = [...this.#waiting.keys()].sort((a, b) => a - b);
    for (const i of indices) this.#append(this.#waiting.get(i)!);
    this.#waiting.clear();
    if (indices.length > 0) this.#next = indices[indices.length - 1]! + 1;
  }

  #append(r: ReplicationResult): void {
    const W = this.#W;
    if (this.#n === this.#peaks.length) this.#grow();
    const j = this.#n++;
    const cols = this.#cols;
    const share = (num: number, den: number) => (den > 0 ? num / den : 0);
    for (let k = 0; k < W; k++) {
      cols[BLOCKING * W + k]![j] = share(r.blocked[k]!, r.offered);
      cols[BUSY_BLOCKING * W + k]![j] = share(r.busyHourBlocked[k]!, r.busyHourOffered);
      cols[PER_MONTH * W + k]![j] = r.blocked[k]! * this.#perMonthScale;
      cols[UTILISATION * W + k]![j] = share(r.carriedSec[k]!, (this.#lo + k) * this.#horizonSec);
      cols[LOST * W + k]![j] = share(r.lostForGood ? r.lostForGood[k]! : r.blocked[k]!, r.offered);
    }
    this.#peaks[j] = r.peakConcurrent;
    this.#calls += r.offered;
    // Whole counts, so these sums are exact in any order.
    const cells = this.#blockedByHow;
    const blocked = r.blockedByHourOfWeek;
    for (let c = 0; c < cells.length; c++) cells[c]! += blocked[c]!;
    for (let h = 0; h < 168; h++) this.#offeredByHow[h]! += r.offeredByHourOfWeek[h]!;
  }

  #grow(): void {
    const grown = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.#cols = this.#cols.map(grown);
    this.#peaks = grown(this.#peaks);
  }

  /** The summary of replications 0..count−1, as summarizeReplications gives it. */
  result(elapsedMs: number): PortsResult {
    const W = this.#W;
    const n = this.#n;
    const col = (metric: number, k: number) => this.#cols[metric * W + k]!.subarray(0, n);
    if (this.#scratch.length < n) this.#scratch = new Float64Array(this.#peaks.length);
    const table: PortsRow[] = [];
    for (let k = 0; k < W; k++) {
      table.push({
        ports: this.#lo + k,
        blocking: intervalOf(col(BLOCKING, k)),
        busyHourBlocking: intervalOf(col(BUSY_BLOCKING, k)),
        blockedPerMonth: this.#perMonthOf(col(PER_MONTH, k)),
        utilisation: intervalOf(col(UTILISATION, k)),
        lostShare: intervalOf(col(LOST, k)),
      });
    }
    return {
      seed: this.#seed,
      replications: n,
      calls: this.#calls,
      elapsedMs,
      callsPerSecond: elapsedMs > 0 ? this.#calls / (elapsedMs / 1000) : 0,
      table,
      peakConcurrent: this.#peaks.slice(0, n),
      busyHourOfWeek: this.#busy.hourOfWeek,
      busyHourErlangs: this.#busy.erlangs,
      ...this.#closedFormsOf(table),
      perMonthScale: this.#perMonthScale,
      blockedByHourOfWeek: this.#blockedByHow.slice(),
      offeredByHourOfWeek: this.#offeredByHow.slice(),
    };
  }

  /** Erlang B at the busy hour's traffic for each N, and Extended Erlang B too with retries. */
  #closedFormsOf(table: PortsRow[]): Pick<PortsResult, 'erlangB' | 'extendedErlangB'> {
    if (this.#closedForms) return this.#closedForms;
    const a = this.#busy.erlangs;
    const r = this.#retryShare;
    const forms: Pick<PortsResult, 'erlangB' | 'extendedErlangB'> = {
      erlangB: table.map((row) => ({ ports: row.ports, blocking: erlangB(a, row.ports) })),
    };
    if (r > 0) {
      forms.extendedErlangB = table
        // With every blocked attempt retried, retries grow without bound unless A < N.
        .filter((row) => !(r === 1 && a > 0 && a >= row.ports))
        .map((row) => {
          const e = extendedErlangB(a, row.ports, r);
          return { ports: row.ports, blocking: e.blocking, errorsPerCall: a > 0 ? (e.blocking * e.offeredWithRetriesErl) / a : e.blocking, lostShare: e.lostShare };
        });
    }
    this.#closedForms = forms;
    return forms;
  }

  /** Mean, p50 and p95 of a column, selected in a scratch copy (the column keeps its order). */
  #perMonthOf(values: Float64Array): { mean: number; p50: number; p95: number } {
    const scratch = this.#scratch.subarray(0, values.length);
    scratch.set(values);
    const mean = meanOf(values);
    return { mean, p50: quantileSelect(scratch, 0.5), p95: quantileSelect(scratch, 0.95) };
  }
}

/**
 * meanInterval of a column of shares, kept within [0, 1]: the t interval is symmetric, so for a
 * share near 0 (one blocked call in a thousand months) it would reach below 0, a share no month
 * can have. NaN bounds for no replications (the table of a run that has not started).
 */
function intervalOf(values: Float64Array): { mean: number; lo: number; hi: number } {
  if (values.length === 0) return { mean: NaN, lo: NaN, hi: NaN };
  const { mean, lo, hi } = meanInterval(values);
  return { mean, lo: Math.max(0, lo), hi: Math.min(1, hi) };
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length > 0 ? sum / values.length : NaN;
}
