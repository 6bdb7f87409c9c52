/**
 * Quick throughput check of the import pipeline (parse + validate + columnar build) on a realistic
 * dialer export generated in memory from a fixed seed.
 *
 *   npx tsx scripts/bench-import.ts [--rows 200000] [--runs 3]
 *   NODE_OPTIONS=--max-old-space-size=128 npx tsx scripts/bench-import.ts
 */
import Papa from 'papaparse';
import { importCsv } from '../src/core/ingest/import-csv.ts';
import { previewCsv } from '../src/core/ingest/preview-csv.ts';
import { TextChunkStream } from '../src/core/ingest/text-chunk-stream.ts';

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** 32-bit linear congruential generator (Numerical Recipes constants), uniform in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const TYPES = ['Outbound Call', 'Voicemail Drop', 'Inbound ACD', 'Press 1 Connect', 'Call Recording'];
const AGENTS = Array.from({ length: 120 }, (_, i) => `Agent ${String(i + 1).padStart(3, '0')}`);

/** US-style timestamp as the platform writes it: M/D/YYYY h:mm:ss AM. */
function usTimestamp(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hour12}:${mm}:${ss} ${h < 12 ? 'AM' : 'PM'}`;
}

function generate(rows: number, seed: number): string {
  const random = lcg(seed);
  const lines = ['Call ID,Start Time,Duration (sec),Activity Type,Direction,Agent,Recorded,Recording KB,Cost,Billable Minutes,Notes'];
  let t = Date.UTC(2026, 2, 2, 13, 0, 0);
  for (let i = 0; i < rows; i++) {
    t += Math.floor(random() * 26);
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const duration = Math.floor(-Math.log(1 - random()) * 90);
    const recorded = random() < 0.3;
    const kb = recorded ? Math.floor(duration * 7.8) : 0;
    const cost = (Math.ceil(duration / 60) * 0.02).toFixed(2);
    const note = random() < 0.05 ? '"Left message, will call back"' : '';
    lines.push([
      `C${1_000_000 + i}`, usTimestamp(t), duration, type, type === 'Inbound ACD' ? 'Inbound' : 'Outbound',
      AGENTS[Math.floor(random() * AGENTS.length)], recorded ? 'Yes' : 'No', kb, cost, Math.ceil(duration / 60), note,
    ].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const rows = argValue('rows', 200_000);
const runs = argValue('runs', 5);
const text = generate(rows, 20_260_302);
const preview = previewCsv(text.slice(0, 64 * 1024), { timeZone: 'America/New_York', isWholeFile: false });
const mapping = preview.proposed;
console.log(`${rows.toLocaleString('en-US')} rows, ${(text.length / 1e6).toFixed(1)} MB, mapping ${JSON.stringify(mapping.columns)}`);

/** Papa Parse alone over the same text, fed and configured the same way, to read the pipeline's numbers against. */
function parseOnly(): Promise<void> {
  return new Promise((resolve, reject) => {
    const source = new TextChunkStream(text, 1 << 20);
    Papa.parse(source as unknown as Papa.LocalFile, {
      delimiter: preview.delimiter, header: false, skipEmptyLines: false, dynamicTyping: false,
      chunk: () => {}, complete: () => resolve(), error: reject,
    });
    source.start();
  });
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

let bestImport = Infinity;
for (let run = 1; run <= runs; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await importCsv(text, { mapping, header: preview.header, delimiter: preview.delimiter });
  const wallMs = performance.now() - started;
  const cpuUsed = cpuMs(cpu);
  bestImport = Math.min(bestImport, cpuUsed);
  console.log(
    `run ${run}: ${result.accepted.toLocaleString('en-US')} accepted, ${result.rejectedCount} rejected; ` +
      `wall ${(wallMs / 1000).toFixed(2)} s → ${Math.round(result.rows / (wallMs / 1000)).toLocaleString('en-US')} rows/s; ` +
      `cpu ${(cpuUsed / 1000).toFixed(2)} s; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}
// After the imports, so the two never share a warm-up.
let bestParse = Infinity;
for (let run = 1; run <= runs; run++) {
  const cpu = process.cpuUsage();
  await parseOnly();
  bestParse = Math.min(bestParse, cpuMs(cpu));
}
const perSec = (ms: number): string => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
console.log(`best cpu: importCsv ${perSec(bestImport)} rows/s; Papa Parse alone ${perSec(bestParse)} rows/s`);
