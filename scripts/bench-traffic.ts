/**
 * Times the observed-traffic summary on a synthetic month of 1,000,000 calls (about 50 running
 * at once on average). Run: npx tsx scripts/bench-traffic.ts
 */
import { ACTIVITY_KINDS, RECORDED, type CallTable } from '../src/core/ingest/types.ts';
import { emptyCallTable } from '../src/core/ingest/empty-call-table.ts';
import {
  concurrencySteps,
  dailyTotals,
  DEFAULT_PORT_KINDS,
  downsampleSteps,
  holdsPortMask,
  hourOfWeekHeatmap,
  peakOf,
  portReplay,
  summarizeObserved,
} from '../src/core/traffic/index.ts';

const CALLS = 1_000_000;
const MONTH_MS = 30 * 86_400_000;
// Mean concurrency = arrival rate × mean holding time: 1e6 calls over 2,592,000 s at 130 s each ≈ 50.
const HOLDING_MEAN_SEC = 130;

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function syntheticMonth(seed: number): CallTable {
  const random = lcg(seed);
  const n = CALLS;
  const t0 = Date.UTC(2026, 2, 1);
  const kindWeights: Array<[number, number]> = [
    [ACTIVITY_KINDS.indexOf('dial'), 0.45],
    [ACTIVITY_KINDS.indexOf('voice_drop'), 0.3],
    [ACTIVITY_KINDS.indexOf('inbound_acd'), 0.12],
    [ACTIVITY_KINDS.indexOf('recording'), 0.05],
    [ACTIVITY_KINDS.indexOf('press1'), 0.05],
    [ACTIVITY_KINDS.indexOf('other'), 0.03],
  ];
  const table = emptyCallTable(n);
  for (let i = 0; i < n; i++) {
    // Starts in export order (roughly by time, as real exports come), on whole seconds.
    table.startMs[i] = t0 + Math.floor(((i + random()) / n) * MONTH_MS / 1000) * 1000;
    table.durationSec[i] = Math.round(-Math.log(1 - random()) * HOLDING_MEAN_SEC);
    let u = random();
    let code = kindWeights[kindWeights.length - 1][0];
    for (const [k, w] of kindWeights) {
      if (u < w) { code = k; break; }
      u -= w;
    }
    table.kind[i] = code;
    table.recorded[i] = random() < 0.1 ? RECORDED.yes : RECORDED.no;
    table.line[i] = i + 2;
  }
  return table;
}

function time<T>(label: string, run: () => T): T {
  const t = performance.now();
  const result = run();
  console.log(`${label.padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
  return result;
}

const table = time('build table (1,000,000 calls)', () => syntheticMonth(1));
const timeZone = 'America/New_York';

console.log('\nparts:');
const steps = time('concurrencySteps (all)', () => concurrencySteps(table));
const mask = time('holdsPortMask', () => holdsPortMask(table, DEFAULT_PORT_KINDS));
const portSteps = time('concurrencySteps (ports)', () => concurrencySteps(table, mask));
const portPeak = peakOf(portSteps);
time(`portReplay (N = 1..${portPeak.concurrent})`, () => portReplay(table, mask, portPeak.concurrent, portSteps));
time('downsampleSteps', () => downsampleSteps(steps, table.startMs[0], table.startMs[CALLS - 1], 1500));
time('hourOfWeekHeatmap', () => hourOfWeekHeatmap(steps, timeZone));
time('dailyTotals', () => dailyTotals(table, timeZone));

console.log('\nwhole summary:');
for (let run = 1; run <= 3; run++) {
  const summary = time(`summarizeObserved run ${run}`, () => summarizeObserved(table, { timeZone }));
  if (run === 3) {
    console.log(
      `\ncalls ${summary.calls}, steps ${steps.levels.length}, peak ${summary.peak.concurrent}, ` +
        `port calls ${summary.portCalls}, port peak ${summary.portPeak.concurrent}, ` +
        `buckets ${summary.series.max.length} × ${summary.series.bucketMs / 60_000} min, days ${summary.daily.days.length}`,
    );
    const at = (n: number) => summary.portTable[n - 1];
    for (const n of [10, 20, 30, 40].filter((k) => k <= summary.portTable.length)) {
      console.log(`  N = ${n}: blocked ${at(n).blockedCalls} (${(at(n).blockedShare * 100).toFixed(3)}%)`);
    }
  }
}
