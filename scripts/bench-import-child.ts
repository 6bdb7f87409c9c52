/** Runs inside `npm run bench` under --max-old-space-size=128: one import, one summary, numbers out. */
import { createReadStream, statSync } from 'node:fs';
import { readExport } from '../src/cli/read-export.ts';
import { summarizeObserved } from '../src/core/traffic/summarize-observed.ts';

const file = process.argv[2]!;
const MB = 1024 * 1024;
let peakHeap = 0, peakExternal = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external); // external already includes array buffers
};
const timer = setInterval(sample, 10);

const size = statSync(file).size;
const t0 = performance.now();
// A plain streamed read, for scale: the parser, not the disk, should be the cost.
for await (const chunk of createReadStream(file, { highWaterMark: MB })) void chunk;
const readSec = (performance.now() - t0) / 1000;

const t1 = performance.now();
// The same preview → mapping → streamed importCsv path as the data worker, fed by a file stream.
const { result } = await readExport(file, { spec: {}, timeZone: 'America/Chicago', onProgress: sample });
const importSec = (performance.now() - t1) / 1000;
sample();
const importPeakHeap = peakHeap, importPeakExternal = peakExternal;

const t2 = performance.now();
const summary = summarizeObserved(result.table, { timeZone: 'America/Chicago' });
const summarySec = (performance.now() - t2) / 1000;
sample();
clearInterval(timer);

const t = result.table;
const columnarBytes = [t.startMs, t.durationSec, t.kind, t.typeLabel, t.direction, t.user, t.recorded,
  t.recordingBytes, t.costCents, t.billableMin, t.line].reduce((s, a) => s + a.byteLength, 0);
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`file                 ${file}: ${fmt(size / MB, 1)} MB, plain read ${fmt(readSec, 2)} s`);
console.log(`import               ${fmt(result.rows)} rows (${fmt(result.accepted)} accepted, ${fmt(result.rejectedCount)} rejected) in ${fmt(importSec, 2)} s`);
console.log(`import rate          ${fmt(result.rows / importSec)} rows/s, ${fmt(size / MB / importSec, 1)} MB/s`);
console.log(`columnar store       ${fmt(columnarBytes / MB, 1)} MB (${fmt(columnarBytes / t.count, 1)} bytes per call)`);
console.log(`peak JS heap         ${fmt(importPeakHeap / MB, 1)} MB during the import, ${fmt(peakHeap / MB, 1)} MB with the summary (capped at 128 MB)`);
console.log(`peak external memory ${fmt(importPeakExternal / MB, 1)} MB during the import, ${fmt(peakExternal / MB, 1)} MB with the summary`);
console.log(`peak RSS             ${fmt(process.resourceUsage().maxRSS / 1024, 1)} MB`);
console.log(`observed summary     ${fmt(summarySec, 2)} s (peak ${summary.peak.concurrent}, port peak ${summary.portPeak.concurrent}, ${summary.portTable.length} port counts replayed)`);
