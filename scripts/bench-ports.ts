/**
 * The Flex Port simulation on the CLI's thread pool (NodeSimPool): simulated calls per second with
 * one worker thread and with all, the speed-up with two, 1,000 replications of a month, and what
 * the pool itself costs (thread start, per chunk, transfer, summary). Part of `npm run bench`.
 *   (a) 200,000 calls at A = 10 E, N = 15, exponential holding, flat rate;
 *   (b) a realistic month: 200,000 calls, hourly weekday profile, lognormal holding, N = 30..50.
 * A benchmark, not a test: it asserts nothing. Run: npx tsx scripts/bench-ports.ts
 */
import { Session } from 'node:inspector/promises';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NodeSimPool } from '../src/cli/sim-pool-node.ts';
import { transferList } from '../src/core/sim/transfer-list.ts';
import { runReplications } from '../src/core/ports/run-replications.ts';
import { simulateReplication } from '../src/core/ports/simulate-replication.ts';
import { summarizeReplications } from '../src/core/ports/summarize-replications.ts';
import { flatCase, monthCase, type Case } from './bench-ports-cases.ts';

const cores = availableParallelism();

const fmt = (x: number, digits = 1) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
const mcps = (callsPerSecond: number) => `${fmt(callsPerSecond / 1e6, 2)} M calls/s`;
const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/**
 * Calls per second of `replications` replications on pools of each size in `sizes`, started and
 * warmed up first, then run in turn (one, two, one, two…) for ROUNDS rounds, and the first size
 * (one thread) once more at the end, so that every other size's run has a one-thread run on each
 * side of it. Returns every run's figure per size and the best, since other work on a shared
 * machine only ever slows a run.
 */
const ROUNDS = 6;
async function poolRates(c: Case, sizes: number[], replications: number): Promise<{ best: number; runs: number[] }[]> {
  const pools = sizes.map((size) => new NodeSimPool({ size }));
  const rate = async (pool: NodeSimPool) => {
    const t0 = performance.now();
    const result = await pool.run({ model: c.model, opts: c.opts, replications, partialEveryMs: Infinity });
    return (result.calls * 1000) / (performance.now() - t0);
  };
  try {
    for (const [k, pool] of pools.entries()) {
      await pool.run({ model: c.model, opts: { ...c.opts, seed: 'warm-up' }, replications: sizes[k]! * 4 });
    }
    const runs: number[][] = sizes.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, pool] of pools.entries()) runs[k]!.push(await rate(pool));
    }
    runs[0]!.push(await rate(pools[0]!));
    return runs.map((r) => ({ best: Math.max(...r), runs: r }));
  } finally {
    await Promise.all(pools.map((pool) => pool.dispose()));
  }
}

/**
 * Speed-ups of each run of a larger pool over the mean of the one-thread runs just before and just
 * after it (`one` holds one more run than `many`). A shared host's speed drifts by a third from one
 * second to the next, so the best one-thread run and the best two-thread run may come from
 * different spells of it; neighbours in time meet nearly the same spell, and the median of the
 * pairs shrugs off the odd run that a spell change splits.
 */
function pairedSpeedUps(one: number[], many: number[]): number[] {
  return many.map((x, r) => (2 * x) / (one[r]! + one[r + 1]!));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The kernel alone on this thread, for the pool's share of the time. */
function directRate(c: Case, replications: number): number {
  runReplications(c.model, { ...c.opts, seed: 'warm-up' }, 0, 4);
  let calls = 0;
  const ms = time(() => {
    for (const r of runReplications(c.model, c.opts, 0, replications)) calls += r.offered;
  });
  return (calls * 1000) / ms;
}

/**
 * Heap bytes the kernel allocates per simulated call, garbage included (V8's sampling heap
 * profiler, which also records objects a collection has freed). The kernel's loops allocate
 * nothing per call; a double that V8 keeps boxed shows here as 16 bytes or more per call, and as
 * collector time in every figure above.
 */
async function heapBytesPerCall(c: Case, replications: number): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    // Warmed up after connecting: connecting drops the optimised code, and unoptimised code boxes every double.
    runReplications(c.model, { ...c.opts, seed: 'warm-up' }, 0, 20);
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    let calls = 0;
    for (let i = 0; i < replications; i++) calls += simulateReplication(c.model, c.opts, i).offered;
    const { profile } = await session.post('HeapProfiler.stopSampling');
    type Node = { selfSize: number; children: Node[] };
    const total = (n: Node): number => n.selfSize + n.children.reduce((sum, child) => sum + total(child), 0);
    return total(profile.head as Node) / calls;
  } finally {
    session.disconnect();
  }
}

/**
 * How well a loop scales to two threads on this machine right now, as the median of three runs on
 * two threads each against one-thread runs either side of it. Other processes (or a shared host)
 * can take a core away, and two cores can share more than they show: a chain of multiplications
 * barely notices the other core, while a loop over an array in the core's own cache slows down
 * when both cores run one. The pool's speed-ups below read against these two.
 */
async function cpuScaling(body: string): Promise<number> {
  const loop = `const { parentPort } = require('node:worker_threads'); let r; ${body} parentPort.postMessage(r);`;
  const run = async (n: number) => {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: n }, () => new Promise<void>((done) => {
        const w = new Worker(loop, { eval: true });
        w.once('message', () => void w.terminate().then(() => done()));
      })),
    );
    return performance.now() - t0;
  };
  await run(1);
  const ratios: number[] = [];
  for (let k = 0; k < 3; k++) {
    const before = await run(1);
    const two = await run(2);
    ratios.push((before + (await run(1))) / two);
  }
  return median(ratios);
}
const CHAIN = 'let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 1103515245 + 12345) | 0; r = x;';
// 16 KB read and written 30,000 times: stays in a core's first-level cache.
const ARRAY = 'const a = new Float64Array(2048); let s = 0; for (let k = 0; k < 30000; k++) for (let i = 0; i < 2048; i++) { a[i] = a[i] * 0.5 + i; s += a[i]; } r = s;';

const load = () => loadavg()[0]!.toFixed(2);
console.log(`\nFlex Port simulation on the thread pool (${cores} cores, Node ${process.versions.node}, load average ${load()})`);
if (cores >= 2) {
  console.log(
    `two threads against one, right now: a chain of multiplications ${fmt(await cpuScaling(CHAIN), 2)}×, ` +
      `a loop over a cached array ${fmt(await cpuScaling(ARRAY), 2)}×`,
  );
}

const REPS = 100;
const spread = (runs: number[]) => `runs ${runs.map((x) => fmt(x / 1e6, 1)).join(', ')}`;
const speedUp = (one: { best: number; runs: number[] }, many: { best: number; runs: number[] }, label: string) => {
  const paired = pairedSpeedUps(one.runs, many.runs);
  return (
    `speed-up ${fmt(median(paired), 2)}× (median of ${paired.length} paired runs: each ${label} run against the one-thread runs ` +
    `either side of it; ${fmt(Math.min(...paired), 2)}–${fmt(Math.max(...paired), 2)}×); best against best ${fmt(many.best / one.best, 2)}×`
  );
};
for (const c of [flatCase(), monthCase()]) {
  const direct = directRate(c, REPS);
  const sizes = cores > 2 ? [1, 2, cores] : cores === 2 ? [1, 2] : [1];
  const [one, two, all] = await poolRates(c, sizes, REPS);
  console.log(`${c.name}, ${REPS} replications a run; ${ROUNDS} rounds of each pool in turn, then one thread once more`);
  console.log(`  one worker thread: best ${mcps(one!.best)} per core (${spread(one!.runs)}; the kernel alone on the main thread: ${mcps(direct)})`);
  console.log(`  heap allocated by the kernel: ${fmt(await heapBytesPerCall(c, 10), 2)} bytes per simulated call, garbage included`);
  if (two) console.log(`  two worker threads: best ${mcps(two.best)} (${spread(two.runs)})\n    ${speedUp(one!, two, 'two-thread')}`);
  if (all) console.log(`  all ${cores} threads: best ${mcps(all.best)} (${spread(all.runs)})\n    ${speedUp(one!, all, `${cores}-thread`)}`);
}

{
  // As the CLI runs it: a new pool (thread start included), no partial summaries. Three runs, each reported.
  const c = monthCase();
  const walls: string[] = [];
  let calls = 0;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const pool = new NodeSimPool({ size: cores });
    const result = await pool.run({ model: c.model, opts: c.opts, replications: 1000, partialEveryMs: Infinity });
    walls.push(fmt((performance.now() - t0) / 1000, 2));
    calls = result.calls;
    await pool.dispose();
  }
  console.log(
    `(c) 1,000 replications of (b) on ${cores} threads (${fmt(calls / 1e6, 0)} M calls), three runs, thread start included: ` +
      `${walls.join(' s, ')} s wall`,
  );
}

{
  // What the pool itself costs, measured on jobs too small for the kernel to matter.
  const c = monthCase();
  const fifty = runReplications(c.model, c.opts, 0, 50);
  // 1,000 results for the summary's cost: the 50 simulated ones, reindexed (the summary only reads them).
  const results = Array.from({ length: 1000 }, (_, i) => ({ ...fifty[i % 50]!, index: i }));
  const bytes = transferList(fifty.slice(0, 1)).reduce((s, b) => s + b.byteLength, 0);
  summarizeReplications(c.model, c.opts, results.slice(0, 100), 1); // warm-up, as earlier partial summaries would be
  const summaryMs = time(() => summarizeReplications(c.model, c.opts, results, 1));
  const copyMs = time(() => structuredClone(fifty));
  const moveMs = time(() => structuredClone(fifty, { transfer: transferList(fifty) }));

  const tiny: Case = { ...c, opts: { ...c.opts, startMs: c.opts.startMs + 14 * 3_600_000, endMs: c.opts.startMs + 14 * 3_600_000 + 60_000 } };
  const t0 = performance.now();
  const pool = new NodeSimPool({ size: 1 });
  await pool.run({ model: tiny.model, opts: tiny.opts, replications: 1 });
  const startMs = performance.now() - t0;
  const runs = 50;
  const chunksPerRun = 16; // planChunks(16, 1)
  const kernelMs = time(() => {
    for (let k = 0; k < runs; k++) runReplications(tiny.model, tiny.opts, 0, chunksPerRun);
  });
  const t1 = performance.now();
  for (let k = 0; k < runs; k++) await pool.run({ model: tiny.model, opts: tiny.opts, replications: chunksPerRun });
  const perChunkMs = (performance.now() - t1) / (runs * chunksPerRun);
  const perChunkKernelMs = kernelMs / (runs * chunksPerRun);
  await pool.dispose();

  // A model fitted from a large export with day resampling carries its calls: cloned once per chunk.
  const n = 1_000_000;
  const big = {
    ...c.model,
    days: { weekday: new Uint8Array(30), dayStart: new Uint32Array(31), offsetSec: new Float64Array(n), durationSec: new Float64Array(n), kind: new Uint8Array(n) },
  };
  const bigCloneMs = time(() => structuredClone(big));

  console.log(`pool costs (${cores} cores, load average ${load()}):`);
  console.log(`  thread start (one bundled script per process, built before): ${fmt(startMs, 0)} ms, once per thread and pool`);
  console.log(
    `  a chunk of one 1-minute replication, round trip: ${fmt(perChunkMs, 2)} ms, of which the kernel ${fmt(perChunkKernelMs, 2)} ms ` +
      `(the rest is message, model clone, result transfer and scheduling)`,
  );
  console.log(
    `  per replication of (b): ${fmt(bytes / 1024, 1)} KB of typed arrays, moved not copied ` +
      `(structured clone of 50: ${fmt(copyMs, 1)} ms copied, ${fmt(moveMs, 1)} ms transferred)`,
  );
  console.log(`  summary of 1,000 replications on the pool's thread: ${fmt(summaryMs, 1)} ms (a partial summary at most every 250 ms)`);
  const smallCloneMs = time(() => {
    for (let k = 0; k < 200; k++) structuredClone(c.model);
  }) / 200;
  console.log(`  model clone, once per worker and run (later chunks send only its key): parametric ${fmt(smallCloneMs, 3)} ms; fitted with 1M resampled calls ${fmt(bigCloneMs, 1)} ms`);
}
