/**
 * support-desk.csv: a 15-agent inbound toll-free desk in New York. Semicolon-delimited with a
 * byte-order mark and CRLF line ends; US dates and 12-hour times in separate columns; the end is
 * a time of day only, so a call crossing midnight ends "before" it starts; free-text notes hold
 * semicolons, quotes and line breaks.
 */
import { createStream, type RandomStream } from '../../src/core/random/index.ts';
import { byStart, pick, type Activity } from './activity.ts';
import { FRIDAY, SATURDAY, SUNDAY, monthDays, wallSec, type Day, type HourShape } from './calendar.ts';
import { breakRows, type Breaker, type BuiltExport } from './export-file.ts';
import { simulateInbound, type InboundDesk } from './inbound-model.ts';
import { pad2, wallTime, wallToUtcSec } from './zone.ts';

const SEED = 20261002;
const TIME_ZONE = 'America/New_York';

const AGENTS = [
  'Angela Brooks', 'Tomás Reyes', 'Mei Lin', 'Jordan Hayes', 'Samira Khan', 'Patrick Doyle', 'Keisha Ward',
  'Victor Petrov', 'Lauren Price', 'Andre Dubois', 'Naomi Weiss', 'Hector Silva', 'Chloe Martin',
  'Daniel Okoro', 'Rebecca Ellis',
];
/** Calls offered per weekday, Monday first. */
const DAILY_CALLS = [700, 640, 620, 610, 560, 110, 45];

const WEEKDAY_SHAPE: HourShape = [
  [8, 0.25], [9, 0.85], [10, 1.0], [11.5, 1.0], [12, 0.8], [13, 0.72], [13.5, 0.9], [14, 1.0], [15.5, 0.95],
  [17, 0.65], [18, 0.4], [19, 0.25], [20, 0.1],
];
const SATURDAY_SHAPE: HourShape = [[9, 0.5], [10, 1], [13, 0.9], [15, 0.4]];
const SUNDAY_SHAPE: HourShape = [[11, 0.6], [12, 1], [15, 0.5]];

function shifts(day: Day, agent: number, rng: RandomStream): (readonly [number, number])[] {
  if (day.weekday === SATURDAY || day.weekday === SUNDAY) {
    // A rota: three agents on Saturdays, two on Sundays.
    const onDuty = day.weekday === SATURDAY ? 3 : 2;
    const first = (day.day * 3) % AGENTS.length;
    if ((agent - first + AGENTS.length) % AGENTS.length >= onDuty) return [];
    return day.weekday === SATURDAY ? [[8.9, 15.1]] : [[10.9, 15.1]];
  }
  if (rng() >= 0.93) return [];
  const late = agent >= 9;
  const start = (late ? 11.25 : 7.75) + rng() * 0.5;
  const lunch = start + 3.5 + rng() * 1;
  const lunchEnd = lunch + 0.5 + rng() * 0.25;
  const end = Math.min(start + 8.5, day.weekday === FRIDAY ? 19 : 20.1);
  return [[start, lunch], [lunchEnd, end]];
}

export const supportDesk: InboundDesk = {
  seed: `${SEED}`,
  timeZone: TIME_ZONE,
  agents: AGENTS.length,
  days: monthDays(2026, 10),
  dailyCalls: (day) => DAILY_CALLS[day.weekday]!,
  arrivals: (day) => (day.weekday === SATURDAY ? SATURDAY_SHAPE : day.weekday === SUNDAY ? SUNDAY_SHAPE : WEEKDAY_SHAPE),
  shifts,
  ivrSec: { mean: 28, cv: 0.3 },
  talkSec: { mean: 330, cv: 0.9 },
  callbackSec: { mean: 210, cv: 0.8 },
  wrapSec: 50,
  patienceSec: 150,
  recordShare: 0.35,
  callbackShare: 0.08,
};

const QUEUES = ['Billing', 'Billing', 'Technical Support', 'Technical Support', 'Technical Support', 'Account Changes'];
const AREA_CODES = ['212', '312', '404', '415', '512', '602', '614', '703', '720', '813', '917', '971'];
const NOTES = [
  'Reset password; confirmed by email',
  'Asked about invoice 4471; credit approved',
  'Upgrade question, sent pricing sheet',
  'Caller said "third time calling"; escalated',
  'Wrong number',
  'Porting request; needs LOA signed',
  'Dialer shows "no permission"; Dialer license was missing',
  'Insufficient ports during campaign; advised Flex Port review',
  'Callback requested for Tuesday AM',
  'Refund processed, ref 20931',
];
const MULTILINE_NOTES = [
  'Escalated to tier 2.\nTicket #58213 opened',
  'Customer on speaker; line noisy.\nAsked to call back from a landline',
  'Recording request for 10/02 call;\nsent download link',
  'Storage fee question.\nWalked through deleting old recordings; will purge lists',
];

const clock = (utcSec: number) => {
  const w = wallTime(TIME_ZONE, utcSec);
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return { date: `${pad2(w.month)}/${pad2(w.day)}/${w.year}`, time: `${h12}:${pad2(w.minute)}:${pad2(w.second)} ${w.hour < 12 ? 'AM' : 'PM'}` };
};

function row(a: Activity, index: number, rng: RandomStream, note: string): string[] {
  const start = clock(a.startSec);
  const inbound = a.kind === 'inbound';
  const disposition = a.outcome === 'abandoned' ? 'Abandoned'
    : !inbound ? pick(rng, ['Callback Completed', 'Callback Completed', 'No Answer'])
    : pick(rng, ['Resolved', 'Resolved', 'Resolved', 'Resolved', 'Resolved', 'Resolved', 'Ticket Created', 'Ticket Created', 'Escalated', 'Transferred']);
  return [
    start.date, start.time, clock(a.startSec + a.durationSec).time, String(48_120_001 + index),
    a.agent < 0 ? '' : AGENTS[a.agent]!, inbound ? 'Inbound ACD' : 'Outbound Callback', inbound ? 'Inbound' : 'Outbound',
    pick(rng, QUEUES), `(${pick(rng, AREA_CODES)}) 555-01${pad2(Math.floor(rng() * 100))}`, disposition,
    a.recorded ? 'Yes' : 'No', String(Math.ceil(a.durationSec / 60)), note,
  ];
}

/** An after-hours priority call that runs past midnight (Friday 16 October, 11:58:12 PM). */
function midnightCall(): Activity {
  const startSec = wallToUtcSec(TIME_ZONE, wallSec({ year: 2026, month: 10, day: 16, weekday: FRIDAY }, 23 + 58 / 60 + 12 / 3600));
  return { startSec, durationSec: 461, agent: 13, kind: 'inbound', outcome: 'answered', recorded: true, waitSec: 31 };
}

const TIME = 1;
const END = 2;
const set = (at: number, value: (old: string) => string): Breaker['corrupt'] => (r) =>
  r.map((f, i) => (i === at ? value(f) : f));
/** Seconds after midnight of a '2:14:33 PM' time of day. */
const secondsOfDay = (t: string) => {
  const [h, m, sec] = t.slice(0, -3).split(':').map(Number) as [number, number, number];
  return ((h % 12) + (t.endsWith('PM') ? 12 : 0)) * 3600 + m * 60 + sec;
};

/** A '2:14:33 PM' time of day from seconds after midnight (same day). */
const clockOfDay = (sod: number) => {
  const h = Math.floor(sod / 3600), m = Math.floor((sod % 3600) / 60), sec = sod % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)}:${pad2(sec)} ${h < 12 ? 'AM' : 'PM'}`;
};

const BREAKERS: Breaker[] = [
  { problem: "bad-time: '13:75:00 PM'", corrupt: set(TIME, () => '13:75:00 PM') },
  { problem: 'missing-field: empty Time', corrupt: set(TIME, () => '') },
  { problem: 'missing-field: empty Date', corrupt: set(0, () => '') },
  { problem: "bad-date: '10/32/2026'", corrupt: set(0, () => '10/32/2026') },
  { problem: 'short-row: cut after Call ID (4 of 13 fields)', corrupt: (r) => r.slice(0, 4) },
  { problem: "bad-time: End Time '--:--:--'", corrupt: set(END, () => '--:--:--') },
  { problem: 'missing-field: empty End Time', corrupt: set(END, () => '') },
  // Read as the next day this would be a call of nearly 24 hours, which the importer refuses.
  { problem: 'end-before-start: End Time 4 minutes before Time', corrupt: (r) => set(END, () => clockOfDay(secondsOfDay(r[TIME]!) - 240))(r) },
];

export function buildSupportDesk(): BuiltExport {
  const special = midnightCall();
  const calls = [...simulateInbound(supportDesk), special].sort(byStart);
  const rng = createStream(`${SEED}:fields`);
  const multiline = new Set([0.12, 0.41, 0.66, 0.9].map((f) => Math.floor(f * calls.length)));
  let nextMultiline = 0;
  const rows = calls.map((a, i) => {
    const note = a === special ? 'After-hours priority line; paged on-call agent'
      : multiline.has(i) ? MULTILINE_NOTES[nextMultiline++]!
      : a.outcome !== 'abandoned' && rng() < 0.05 ? pick(rng, NOTES) : '';
    return row(a, i, rng, note);
  });
  // Spoil only rows without notes that start between 9 AM and 4 PM, so each break has one reading.
  const spare = (r: readonly string[]) => {
    const sod = secondsOfDay(r[TIME]!);
    return r[12] !== '' || sod < 9 * 3600 || sod >= 16 * 3600;
  };
  const broken = breakRows(rows, BREAKERS, rng, spare);
  return {
    scenario: {
      version: 1,
      id: 'support-desk',
      name: 'Support desk, 15 agents',
      description:
        'October 2026 of a 15-agent inbound toll-free support desk in New York: ACD calls with IVR and queue time, ' +
        'some recorded, and a few outbound callbacks. Semicolon-delimited with a byte-order mark, US dates, 12-hour times.',
      data: 'support-desk.csv',
      timeZone: TIME_ZONE,
      mapping: {
        columns: {
          date: 'Date', start: 'Time', end: 'End Time', callId: 'Call ID', user: 'Agent', type: 'Call Type',
          direction: 'Direction', recorded: 'Recorded', billableMinutes: 'Billable Min',
        },
        durationUnit: 's',
        dateOrder: 'mdy',
        typeLabels: { 'inbound acd': 'inbound_acd', 'outbound callback': 'dial' },
        costUnit: 'currency',
      },
      seed: SEED,
    },
    header: ['Date', 'Time', 'End Time', 'Call ID', 'Agent', 'Call Type', 'Direction', 'Queue', 'Caller ID', 'Disposition', 'Recorded', 'Billable Min', 'Notes'],
    rows,
    broken,
    delimiter: ';',
    eol: '\r\n',
    bom: true,
    blankTrailingLines: 2,
  };
}

