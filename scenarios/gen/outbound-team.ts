/**
 * outbound-team.csv: a 25-agent outbound team in Chicago. Comma-delimited, naive local
 * 'YYYY-MM-DD HH:MM:SS' starts, duration in seconds, cost in dollars.
 */
import { createStream } from '../../src/core/random/index.ts';
import type { Activity } from './activity.ts';
import { monthDays } from './calendar.ts';
import { breakRows, money, type Breaker, type BuiltExport } from './export-file.ts';
import { simulateOutbound, type OutboundTeam } from './outbound-model.ts';
import { pad2, wallTime } from './zone.ts';

const SEED = 20261001;
const TIME_ZONE = 'America/Chicago';

const AGENTS = [
  'Maya Thompson', 'Luis Herrera', 'Grace Kim', 'Darnell Brooks', 'Sofia Rossi', 'Ethan Walsh',
  'Aisha Bello', 'Ryan Novak', 'Hannah Lee', 'Marcus Reed', 'Olivia Grant', 'Diego Alvarez',
  'Priya Shah', 'Tyler Jensen', "Liam O'Connor", 'Nora Fischer', 'Jamal Carter', 'Emily Zhang',
  'Carlos Mendez', 'Rachel Stein', 'Kevin Tran', 'Bianca Lopes', 'Owen Parker', 'Fatima Haddad',
  'Jake Morrison',
];

export const outboundTeam: OutboundTeam = {
  seed: `${SEED}`,
  timeZone: TIME_ZONE,
  agents: AGENTS.length,
  days: monthDays(2026, 10),
  connectRate: 0.3,
  voicemailRate: 0.4,
  dropRate: 0.62,
  press1Share: 0.05,
  recordShare: 0.8,
  talkSec: { mean: 600, cv: 1.0 },
  press1Sec: { mean: 420, cv: 0.9 },
  ringSec: { mean: 28, cv: 0.35 },
  voicemailSec: { mean: 24, cv: 0.4 },
  dropSec: { mean: 34, cv: 0.25 },
  wrapSec: 75,
  idleSec: 330,
  intensity: [[0, 0.8], [9, 0.9], [10, 1.2], [11.5, 1.15], [12, 0.9], [13.5, 0.9], [14, 1.1], [16, 1.05], [17, 0.75], [24, 0.7]],
  presence: [0.93, 0.14, 0.04],
};

const LABEL = { dial: 'Dial', voice_drop: 'Voice Drop', press1: 'Press-1 Connect' } as const;

const stamp = (utcSec: number) => {
  const w = wallTime(TIME_ZONE, utcSec);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)} ${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}`;
};

function row(a: Activity, index: number, rng: () => number): string[] {
  const kind = a.kind === 'voice_drop' || a.kind === 'press1' ? a.kind : 'dial';
  // Dialer minutes are billed per started minute at 3 cents; a drop costs 5 cents flat.
  const cents = kind === 'voice_drop' ? 5 : Math.ceil(a.durationSec / 60) * 3;
  // Recordings are 32 kbit/s MP3 (4 000 bytes a second) plus a small header.
  const bytes = a.recorded ? String(Math.round(a.durationSec * 4000 * (0.97 + 0.06 * rng())) + 417) : '';
  return [
    `OB-${700001 + index}`, AGENTS[a.agent]!, LABEL[kind], kind === 'press1' ? 'Inbound' : 'Outbound',
    stamp(a.startSec), String(a.durationSec), a.recorded ? 'Yes' : 'No', bytes, money(cents),
  ];
}

const START = 4;
const DURATION = 5;
const set = (at: number, value: (old: string) => string): Breaker['corrupt'] => (r) =>
  r.map((f, i) => (i === at ? value(f) : f));

const BREAKERS: Breaker[] = [
  { problem: 'bad-time: hour 25', corrupt: set(START, (s) => `${s.slice(0, 10)} 25:${s.slice(14)}`) },
  { problem: 'missing-field: empty Start Time', corrupt: set(START, () => '') },
  { problem: 'negative-duration: -37', corrupt: set(DURATION, () => '-37') },
  { problem: "bad-time: spreadsheet error '#VALUE!' as Start Time", corrupt: set(START, () => '#VALUE!') },
  { problem: 'short-row: cut after Direction (4 of 9 fields)', corrupt: (r) => r.slice(0, 4) },
  { problem: "bad-duration: 'n/a'", corrupt: set(DURATION, () => 'n/a') },
  { problem: 'missing-field: empty Duration (sec)', corrupt: set(DURATION, () => '') },
  { problem: 'bad-time: month 13 in Start Time', corrupt: set(START, (s) => `2026-13-${s.slice(8)}`) },
  { problem: 'negative-duration: -4', corrupt: set(DURATION, () => '-4') },
];

export function buildOutboundTeam(): BuiltExport {
  const rng = createStream(`${SEED}:fields`);
  const rows = simulateOutbound(outboundTeam).map((a, i) => row(a, i, rng));
  const broken = breakRows(rows, BREAKERS, rng);
  return {
    scenario: {
      version: 1,
      id: 'outbound-team',
      name: 'Outbound team, 25 agents',
      description:
        'October 2026 of a 25-agent outbound sales team in Chicago: power dialing with voice drops on voicemails, ' +
        'press-1 connects, and most conversations recorded. Comma-delimited, local times, durations in seconds.',
      data: 'outbound-team.csv',
      timeZone: TIME_ZONE,
      mapping: {
        columns: {
          callId: 'Call ID', user: 'Agent', type: 'Activity', direction: 'Direction', start: 'Start Time',
          duration: 'Duration (sec)', recorded: 'Recorded', recordingBytes: 'Recording Size (bytes)', cost: 'Cost',
        },
        durationUnit: 's',
        dateOrder: 'mdy',
        typeLabels: { dial: 'dial', 'voice drop': 'voice_drop', 'press-1 connect': 'press1' },
        costUnit: 'currency',
      },
      seed: SEED,
      // The storage forecast's figures (issue 5); recorded minutes and bytes per minute come from the export.
      storage: {
        months: 24,
        replications: 200,
        records: { count: 400_000, bytesPerRecord: 4_000, newPerMonth: 12_000, cv: 0.25, unusedShare: 0.45 },
        lists: { rows: 1_000_000, bytesPerRow: 400, rowsPerList: 200_000, listsPerMonth: 3, cv: 0.4 },
        recordings: { historyMonths: 4, cv: 0.12 },
        files: { bytes: 3e9, historyMonths: 12, bytesPerMonth: 1.5e8, cv: 0.5 },
        fee: { allowanceGb: 125, pricing: 'per-block', blockGb: 10, price: '15.00', basis: 'peak' },
        remedies: { purge: { share: 0.8, schedule: 'once' }, retention: { days: 90 }, partialLists: { namesPerList: 10_000, trimCurrent: true } },
      },
    },
    header: ['Call ID', 'Agent', 'Activity', 'Direction', 'Start Time', 'Duration (sec)', 'Recorded', 'Recording Size (bytes)', 'Cost'],
    rows,
    broken,
    delimiter: ',',
    eol: '\n',
    bom: false,
    blankTrailingLines: 1,
  };
}
