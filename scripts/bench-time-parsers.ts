/**
 * Throughput of the importer's text→time parsers on 1,000,000 generated values.
 * Run: npx tsx scripts/bench-time-parsers.ts
 * Values are naive wall times in America/New_York spread over 2026 in a scrambled order, so the
 * zone cache sees every day of the year, both DST transition days included.
 */
import {
  makeDateTimeParser,
  makeTimestampParser,
  parseDateDays,
  parseDurationSec,
  parseTimeOfDaySec,
} from '../src/core/ingest/time/index.ts';

const N = 1_000_000;
const ZONE = 'America/New_York';
const YEAR_START_MS = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The i-th wall time: a fixed permutation of N evenly spaced instants of 2026 (stride coprime to N). */
function wallAt(i: number): Date {
  const k = (i * 7_919) % N;
  return new Date(YEAR_START_MS + Math.floor((k * YEAR_MS) / N));
}

function isoText(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

function usText(d: Date): string {
  const h = d.getUTCHours();
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ` +
    `${h % 12 === 0 ? 12 : h % 12}:${pad2(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

const ROUNDS = 5;

/**
 * Parses value i for i in [0, N), ROUNDS times, and prints the median and best rates per second
 * of wall time, and the median per second of this process's CPU time (steadier when the machine
 * is shared). `parse` reads its own input arrays.
 */
function run(label: string, parse: (i: number) => number): void {
  // A warm-up pass lets the JIT settle, fills the zone caches (as a long import would) and lets
  // the collector move the freshly generated inputs out of the young generation.
  for (let i = 0; i < N; i++) parse(i);
  const wallRates: number[] = [];
  const cpuRates: number[] = [];
  let bad = 0;
  let sum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    bad = 0;
    sum = 0;
    for (let i = 0; i < N; i++) {
      const v = parse(i);
      if (v !== v) bad++;
      else sum += v;
    }
    wallRates.push(N / ((performance.now() - t0) / 1000));
    const cpu = process.cpuUsage(cpu0);
    cpuRates.push(N / ((cpu.user + cpu.system) / 1e6));
  }
  const byValue = (a: number, b: number) => a - b;
  wallRates.sort(byValue);
  cpuRates.sort(byValue);
  const fmt = (rate: number) => Math.round(rate).toLocaleString('en-US').padStart(11);
  const mid = ROUNDS >> 1;
  console.log(
    `${label.padEnd(38)} ${fmt(wallRates[mid])} /s  best ${fmt(wallRates[ROUNDS - 1])} /s` +
      `  cpu ${fmt(cpuRates[mid])} /s  (${bad} NaN, checksum ${(sum % 1e9).toFixed(0)})`,
  );
}

/**
 * Template literals build rope strings; a CSV reader hands out flat ones. A JSON round trip
 * flattens them so the timing measures parsing, not the engine flattening ropes on first read.
 */
const flat = (values: string[]): string[] => JSON.parse(JSON.stringify(values)) as string[];

const walls = Array.from({ length: N }, (_, i) => wallAt(i));
const iso = flat(walls.map(isoText));
const isoOffset = flat(iso.map((s) => `${s}-05:00`));
const us = flat(walls.map(usText));
const dates = flat(iso.map((s) => s.slice(0, 10)));
const clocks = flat(iso.map((s) => s.slice(11)));
const hms = flat(walls.map((d) => `${d.getUTCHours()}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`));

const isoParser = makeTimestampParser(ZONE, 'mdy');
const usParser = makeTimestampParser(ZONE, 'mdy');
const dateTime = makeDateTimeParser(ZONE, 'mdy');

console.log(`${N.toLocaleString('en-US')} values, ${ZONE}, Node ${process.version}; median of ${ROUNDS} rounds`);
run('ISO naive  2026-03-08T14:05:09', (i) => isoParser(iso[i]));
run('ISO offset 2026-03-08T14:05:09-05:00', (i) => isoParser(isoOffset[i]));
run('US  3/8/2026 2:05 PM', (i) => usParser(us[i]));
run('date + time columns', (i) => dateTime(dates[i], clocks[i]));
run('parseDateDays 2026-03-08', (i) => parseDateDays(dates[i], 'mdy'));
run('parseTimeOfDaySec 14:05:09', (i) => parseTimeOfDaySec(clocks[i]));
run('parseDurationSec 14:05:09 hms', (i) => parseDurationSec(hms[i], 'hms'));
