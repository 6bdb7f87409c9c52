/**
 * Writes a large call-record export for benchmarks: about 1,000,000 rows (~100 MB) in the
 * outbound-team format (comma-delimited, naive 'YYYY-MM-DD HH:MM:SS' in America/Chicago, seconds),
 * for October 2026, with a few broken rows and a few quoted notes holding commas. Seeded, so the
 * same arguments always give the same bytes. Streams in chunks and waits for 'drain'.
 *
 * Usage: npx tsx scripts/make-big-export.ts [out.csv = bench-data/big-1m.csv] [rows = 1000000]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createStream, sampleLognormal } from '../src/core/random/index.ts';
import { csvLine } from '../scenarios/gen/csv.ts';
import { monthDays, shapeAt, type HourShape } from '../scenarios/gen/calendar.ts';

const path = process.argv[2] ?? 'bench-data/big-1m.csv';
const rows = Number(process.argv[3] ?? 1_000_000);
if (!Number.isSafeInteger(rows) || rows < 1) {
  console.error(`make-big-export: rows must be a positive integer, got '${process.argv[3]}'`);
  process.exit(2);
}

const SEED = 'big-export-2026-10';
const LINES_PER_CHUNK = 5000;
const HEADER = ['Call ID', 'Agent', 'Activity', 'Direction', 'Start Time', 'Duration (sec)', 'Recorded', 'Recording Size (bytes)', 'Cost', 'Campaign', 'Notes'];
const FIRST = ['Maya', 'Luis', 'Grace', 'Darnell', 'Sofia', 'Ethan', 'Aisha', 'Ryan', 'Hannah', 'Marcus', 'Olivia', 'Diego', 'Priya', 'Tyler', 'Nora', 'Jamal', 'Emily', 'Carlos', 'Rachel', 'Kevin'];
const LAST = ['Thompson', 'Herrera', 'Kim', 'Brooks', 'Rossi', 'Walsh', 'Bello', 'Novak', 'Lee', 'Reed', 'Grant'];
const AGENTS = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`)); // 220 agents
const CAMPAIGNS = ['Q4 Enterprise Outreach', 'Renewals - Midwest Region', 'Webinar Attendees Follow-up', 'Inbound Lead Nurture', 'Winback Lapsed Accounts'];
const NOTES = ['Left message, will retry Friday', 'Asked for pricing, sent deck', 'Gatekeeper said "call back later", noted', 'Wrong number, removed from list'];
/** Rows spoilt on purpose, at fixed fractions of the file, and how. */
const BROKEN: [number, (f: string[]) => void][] = [
  [0.031, (f) => (f[4] = f[4]!.replace(/ \d\d:/, ' 25:'))],
  [0.187, (f) => (f[5] = '-12')],
  [0.342, (f) => (f[4] = '')],
  [0.5, (f) => f.splice(4)],
  [0.655, (f) => (f[5] = 'n/a')],
  [0.81, (f) => (f[4] = '#VALUE!')],
  [0.966, (f) => (f[5] = '')],
];
const brokenAt = new Map(BROKEN.map(([frac, spoil]) => [Math.floor(frac * rows), spoil]));
/** Rows with a note, a handful spread through the file. */
const notedAt = new Map([0.05, 0.23, 0.41, 0.58, 0.77, 0.92].map((f, k) => [Math.floor(f * rows) + 1, NOTES[k % NOTES.length]!]));

const DAY_SHAPE: HourShape = [[7.8, 0.1], [9, 0.9], [10, 1.1], [11.5, 1.05], [12, 0.7], [13.5, 0.75], [14, 1.05], [16, 1], [17, 0.6], [18.5, 0.1]];
const DAY_WEIGHT = [1.05, 1, 1, 0.98, 0.9, 0.08, 0.02];

/** Cumulative arrival weight at the start of each minute of the month. */
function cumulativeMinutes(): { cum: Float64Array; dayStartMs: number[] } {
  const days = monthDays(2026, 10);
  const cum = new Float64Array(days.length * 1440 + 1);
  const dayStartMs = days.map((d) => Date.UTC(d.year, d.month - 1, d.day));
  days.forEach((d, di) => {
    for (let m = 0; m < 1440; m++) {
      const i = di * 1440 + m;
      cum[i + 1] = cum[i]! + DAY_WEIGHT[d.weekday]! * shapeAt(DAY_SHAPE, (m + 0.5) / 60);
    }
  });
  return { cum, dayStartMs };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
function stamp(dayStartMs: number, secondOfDay: number): string {
  const d = new Date(dayStartMs + secondOfDay * 1000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
const money = (cents: number) => `${Math.floor(cents / 100)}.${pad2(cents % 100)}`;

async function main() {
  const t0 = performance.now();
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const rng = createStream(SEED);
  const { cum, dayStartMs } = cumulativeMinutes();
  const total = cum[cum.length - 1]!;
  let minute = 0;
  let bytes = 0;
  let lines: string[] = [csvLine(HEADER, ',')];

  const flush = async () => {
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };

  for (let i = 0; i < rows; i++) {
    // Stratified inverse of the cumulative weight: exactly `rows` starts, already in time order.
    const target = ((i + rng()) / rows) * total;
    while (cum[minute + 1]! <= target) minute++;
    const within = (target - cum[minute]!) / (cum[minute + 1]! - cum[minute]!);
    const start = stamp(dayStartMs[Math.floor(minute / 1440)]!, (minute % 1440) * 60 + Math.min(59, Math.floor(within * 60)));

    const u = rng();
    const kind = u < 0.75 ? 'Dial' : u < 0.95 ? 'Voice Drop' : 'Press-1 Connect';
    const durationSec = Math.max(1, Math.round(
      kind === 'Voice Drop' ? sampleLognormal(rng, 34, 0.25)
        : kind === 'Press-1 Connect' ? sampleLognormal(rng, 420, 0.9)
          : rng() < 0.3 ? sampleLognormal(rng, 600, 1) : sampleLognormal(rng, 26, 0.4),
    ));
    const recorded = kind !== 'Voice Drop' && durationSec > 60 && rng() < 0.8;
    const cents = kind === 'Voice Drop' ? 5 : Math.ceil(durationSec / 60) * 3;
    const fields = [
      `OB-${String(1_000_001 + i)}`, AGENTS[Math.floor(rng() * AGENTS.length)]!, kind,
      kind === 'Press-1 Connect' ? 'Inbound' : 'Outbound', start, String(durationSec), recorded ? 'Yes' : 'No',
      recorded ? String(durationSec * 4000 + 417) : '', money(cents), CAMPAIGNS[Math.floor(rng() * CAMPAIGNS.length)]!,
      notedAt.get(i) ?? '',
    ];
    brokenAt.get(i)?.(fields);
    lines.push(csvLine(fields, ','));
    if (lines.length >= LINES_PER_CHUNK) await flush();
  }
  lines.push(''); // one blank trailing line, as real exports often end
  await flush();
  out.end();
  await once(out, 'finish');
  const seconds = (performance.now() - t0) / 1000;
  console.log(`make-big-export: wrote ${rows} rows, ${bytes} bytes (${(bytes / 1e6).toFixed(1)} MB) to ${path} in ${seconds.toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(`make-big-export: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
