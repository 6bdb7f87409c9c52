/**
 * mixed-team.csv: a London team of outbound reps and an inbound sales line. Tab-delimited, ISO 8601
 * starts with the zone's offset (+01:00 until British Summer Time ends on 25 October 2026, +00:00
 * after), durations as H:MM:SS, the export's own activity labels (a recorded call is a
 * 'Call Recording'), recording sizes in KB, and rows grouped by user rather than by time.
 */
import { createStream, type RandomStream } from '../../src/core/random/index.ts';
import { pick, type Activity } from './activity.ts';
import { FRIDAY, SATURDAY, SUNDAY, monthDays, type Day, type HourShape } from './calendar.ts';
import { breakRows, type Breaker, type BuiltExport } from './export-file.ts';
import { simulateInbound, type InboundDesk } from './inbound-model.ts';
import { simulateOutbound, type OutboundTeam } from './outbound-model.ts';
import { pad2, wallTime } from './zone.ts';

const SEED = 20261003;
const TIME_ZONE = 'Europe/London';
const DAYS = monthDays(2026, 10);

const REPS = ['a.patel', 'b.hughes', 'c.murphy', 'd.kowalski', 'e.adeyemi', 'f.campbell', 'g.evans', 'h.nguyen', 'i.russo', 'j.okafor', 'k.lindqvist'];
const LINE = ['l.baker', 'm.ahmed', 'n.price', 'o.sullivan', 'p.wright', 'r.singh', 's.fraser', 't.moreau'];

const reps: OutboundTeam = {
  seed: `${SEED}:reps`,
  timeZone: TIME_ZONE,
  agents: REPS.length,
  days: DAYS,
  connectRate: 0.28,
  voicemailRate: 0.42,
  dropRate: 0.5,
  press1Share: 0.04,
  recordShare: 0.55,
  talkSec: { mean: 480, cv: 1.1 },
  press1Sec: { mean: 360, cv: 0.9 },
  ringSec: { mean: 26, cv: 0.35 },
  voicemailSec: { mean: 22, cv: 0.4 },
  dropSec: { mean: 30, cv: 0.25 },
  wrapSec: 60,
  idleSec: 300,
  intensity: [[0, 0.8], [9, 0.9], [10, 1.2], [11.5, 1.15], [12, 0.9], [13.5, 0.9], [14, 1.1], [16, 1.05], [17, 0.75], [24, 0.7]],
  presence: [0.92, 0.1, 0.03],
};

const DAILY_CALLS = [300, 280, 270, 270, 240, 0, 0];
const LINE_SHAPE: HourShape = [[8.5, 0.2], [9.5, 0.9], [11, 1], [12, 0.75], [13.5, 0.75], [14, 1], [16, 0.9], [17, 0.55], [18, 0.2]];

const line: InboundDesk = {
  seed: `${SEED}:line`,
  timeZone: TIME_ZONE,
  agents: LINE.length,
  days: DAYS,
  dailyCalls: (day) => DAILY_CALLS[day.weekday]!,
  arrivals: () => LINE_SHAPE,
  shifts: (day: Day, _agent: number, rng: RandomStream) => {
    if (day.weekday === SATURDAY || day.weekday === SUNDAY || rng() >= 0.92) return [];
    const start = 8.4 + rng() * 0.5;
    const lunch = 12 + rng() * 1.25;
    return [[start, lunch], [lunch + 0.75, day.weekday === FRIDAY ? 17 : 18]];
  },
  ivrSec: { mean: 18, cv: 0.3 },
  talkSec: { mean: 420, cv: 1.0 },
  callbackSec: { mean: 240, cv: 0.9 },
  wrapSec: 45,
  patienceSec: 120,
  recordShare: 0.4,
  callbackShare: 0.06,
};

const stamp = (utcSec: number) => {
  const w = wallTime(TIME_ZONE, utcSec);
  const off = w.offsetSec / 60;
  const sign = off < 0 ? '-' : '+';
  const offset = `${sign}${pad2(Math.floor(Math.abs(off) / 60))}:${pad2(Math.abs(off) % 60)}`;
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${offset}`;
};
const hms = (sec: number) => `${Math.floor(sec / 3600)}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}`;

function label(a: Activity): string {
  if (a.recorded) return 'Call Recording';
  switch (a.kind) {
    case 'voice_drop': return 'Voicemail Drop';
    case 'press1': return 'Press 1 Transfer';
    case 'inbound': return 'Inbound';
    default: return 'Outbound Call';
  }
}

function row(a: Activity, user: string, campaign: string, rng: RandomStream): string[] {
  // Recordings are 32 kbit/s MP3, about 3.9 KB a second.
  const kb = a.recorded ? String(Math.ceil((a.durationSec * 4000 * (0.97 + 0.06 * rng())) / 1024)) : '';
  const inbound = a.kind === 'inbound' || a.kind === 'press1';
  return ['', stamp(a.startSec), hms(a.durationSec), user, label(a), inbound ? 'Inbound' : 'Outbound', kb, String(Math.ceil(a.durationSec / 60)), campaign];
}

const STARTED = 1;
const DURATION = 2;
const set = (at: number, value: (old: string) => string): Breaker['corrupt'] => (r) =>
  r.map((f, i) => (i === at ? value(f) : f));

const BREAKERS: Breaker[] = [
  { problem: 'bad-time: minute 61', corrupt: set(STARTED, (s) => `${s.slice(0, 14)}61${s.slice(16)}`) },
  { problem: 'negative-duration: -0:01:12', corrupt: set(DURATION, () => '-0:01:12') },
  { problem: 'missing-field: empty Started', corrupt: set(STARTED, () => '') },
  { problem: "bad-duration: '1:75:00'", corrupt: set(DURATION, () => '1:75:00') },
  { problem: 'short-row: cut after Duration (3 of 9 fields)', corrupt: (r) => r.slice(0, 3) },
  { problem: "bad-time: 'TBC' as Started", corrupt: set(STARTED, () => 'TBC') },
  { problem: 'missing-field: empty Duration', corrupt: set(DURATION, () => '') },
];

export function buildMixedTeam(): BuiltExport {
  const rng = createStream(`${SEED}:fields`);
  const campaigns = ['Autumn Renewals', 'Q4 Prospecting', 'Webinar Follow-up'];
  const rows = [
    ...simulateOutbound(reps).map((a) => row(a, REPS[a.agent]!, pick(rng, campaigns), rng)),
    ...simulateInbound(line).map((a) => row(a, a.agent < 0 ? '' : LINE[a.agent]!, 'Inbound Sales Line', rng)),
  ];
  // Grouped by user (calls no agent took last), then by start; ISO stamps with offsets sort by instant within a month.
  const key = (r: readonly string[]) => (r[3] === '' ? '~' : r[3]!);
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || instant(a) - instant(b));
  rows.forEach((r, i) => (r[0] = `MX-${104_001 + i}`));
  const broken = breakRows(rows, BREAKERS, rng);
  return {
    scenario: {
      version: 1,
      id: 'mixed-team',
      name: 'Mixed team, London',
      description:
        'October 2026 of a London team: 11 outbound reps with voice drops and press-1 transfers, and an 8-agent ' +
        'inbound sales line, many calls recorded. Tab-delimited, ISO 8601 times whose offset changes when summer time ends on 25 October.',
      data: 'mixed-team.csv',
      timeZone: TIME_ZONE,
      mapping: {
        columns: {
          callId: 'Call ID', start: 'Started', duration: 'Duration', user: 'User', type: 'Activity',
          direction: 'Direction', recordingBytes: 'Recording KB', billableMinutes: 'Billable Minutes',
        },
        durationUnit: 'hms',
        dateOrder: 'dmy',
        typeLabels: {
          'outbound call': 'dial', 'voicemail drop': 'voice_drop', inbound: 'inbound_acd',
          'call recording': 'recording', 'press 1 transfer': 'press1',
        },
        costUnit: 'currency',
      },
      seed: SEED,
    },
    header: ['Call ID', 'Started', 'Duration', 'User', 'Activity', 'Direction', 'Recording KB', 'Billable Minutes', 'Campaign'],
    rows,
    broken,
    delimiter: '\t',
    eol: '\n',
    bom: false,
    blankTrailingLines: 1,
  };
}

const instant = (r: readonly string[]) => Date.parse(r[STARTED]!);
