// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSessions } from '../../../src/core/licenses/split-sessions.ts';
import { sweepLevels } from '../../../src/core/licenses/sweep-levels.ts';
import { observePool } from '../../../src/core/licenses/observe-pool.ts';
import { poolDays } from '../../../src/core/licenses/pool-days.ts';
import { localDayRange } from '../../../src/core/licenses/local-day-range.ts';
import { buildPoolInput } from '../../../src/core/licenses/build-pool-input.ts';
import { callTable, entry, type Rec } from './factories.ts';

const iso = (hms: string, day = '2026-10-05') => `${day}T${hms}Z`; // 2026-10-05 is a Monday
const all = (n: number) => new Uint8Array(n).fill(1);

function sessionsOf(recs: Rec[], gapSec = 900) {
  const t = callTable(recs);
  const s = splitSessions(t, all(t.count), all(t.users.length), gapSec);
  return Array.from(s.startMs, (start, i) => [t.users[s.user[i]!], new Date(start).toISOString().slice(11, 19), new Date(s.endMs[i]!).toISOString().slice(11, 19)]);
}

describe('splitSessions(table, mask, counted, gapSec)', () => {
  it('keeps one session when the pause equals the gap exactly (only a pause over the gap splits)', () => {
    const recs: Rec[] = [
      { user: 'Ann', kind: 'dial', start: iso('09:00:00'), sec: 300 },
      { user: 'Ann', kind: 'dial', start: iso('09:20:00'), sec: 60 },
    ];
    expect(sessionsOf(recs)).toEqual([['Ann', '09:00:00', '09:21:00']]);
  });

  it('splits when the pause is one second over the gap', () => {
    const recs: Rec[] = [
      { user: 'Ann', kind: 'dial', start: iso('09:00:00'), sec: 300 },
      { user: 'Ann', kind: 'dial', start: iso('09:20:01'), sec: 60 },
    ];
    expect(sessionsOf(recs)).toEqual([['Ann', '09:00:00', '09:05:00'], ['Ann', '09:20:01', '09:21:01']]);
  });

  it('measures the pause from the latest end so far, so a long activity overlapping later ones keeps the session', () => {
    const recs: Rec[] = [
      { user: 'Ann', kind: 'dial', start: iso('09:00:00'), sec: 3600 },
      { user: 'Ann', kind: 'dial', start: iso('09:05:00'), sec: 60 },
      { user: 'Ann', kind: 'dial', start: iso('10:10:00'), sec: 60 },
      { user: 'Bo', kind: 'dial', start: iso('09:30:00'), sec: 60 },
    ];
    expect(sessionsOf(recs)).toEqual([['Ann', '09:00:00', '10:11:00'], ['Bo', '09:30:00', '09:31:00']]);
  });

  it('leaves out records outside the mask, of users not counted, and without a user', () => {
    const t = callTable([
      { user: 'Ann', kind: 'dial', start: iso('09:00:00'), sec: 60 },
      { user: 'Bo', kind: 'dial', start: iso('09:00:00'), sec: 60 },
      { user: '', kind: 'dial', start: iso('09:00:00'), sec: 60 },
      { user: 'Ann', kind: 'dial', start: iso('11:00:00'), sec: 60 },
    ]);
    const counted = Uint8Array.from(t.users, (u) => (u === 'Bo' ? 0 : 1));
    const s = splitSessions(t, Uint8Array.of(1, 1, 1, 0), counted, 900);
    expect(Array.from(s.user, (u) => t.users[u])).toEqual(['Ann']);
  });
});

describe('concurrent users by hour of week', () => {
  // By hand, Monday: Ann 09:00–10:30, Bo 09:30–09:45 and (a new session) 10:15–11:00, Cy 10:30–11:00.
  // 09h: 0–30 min one user, 30–45 two, 45–60 one → mean (30 + 30 + 15) / 60 = 1.25, peak 2.
  // 10h: 0–15 one, 15–30 two (Ann, Bo), 30–60 two (Bo, Cy; Ann ends as Cy starts: half-open) → mean 1.75, peak 2.
  const recs: Rec[] = [
    { user: 'Ann', kind: 'dial', start: iso('09:00:00'), sec: 5400 },
    { user: 'Bo', kind: 'dial', start: iso('09:30:00'), sec: 900 },
    { user: 'Bo', kind: 'dial', start: iso('10:15:00'), sec: 2700 },
    { user: 'Cy', kind: 'dial', start: iso('10:30:00'), sec: 1800 },
  ];

  it('counts the users active at once, hour by hour, as counted by hand', () => {
    const { observed } = buildPoolInput(callTable(recs), null, { timeZone: 'UTC', gapSec: 900 });
    const dialer = observed.find((o) => o.license === 'dialer')!;
    expect(dialer.users).toBe(3);
    expect(dialer.peakConcurrent).toBe(2);
    expect(dialer.byHourOfWeek.mean[9]).toBeCloseTo(1.25, 12);
    expect(dialer.byHourOfWeek.mean[10]).toBeCloseTo(1.75, 12);
    expect(dialer.byHourOfWeek.peak[9]).toBe(2);
    expect(dialer.byHourOfWeek.p50[9]).toBe(1);
    expect(dialer.byHourOfWeek.p90[10]).toBe(2);
    expect(dialer.byHourOfWeek.mean[8]).toBe(0);
    expect(dialer.busyCell).toBe(10);
    expect(Number.isNaN(dialer.byHourOfWeek.mean[24 + 9]!)).toBe(true);
  });

  it('counts every user whose activities need the pool, whether or not the roster gives them the license, merging names that differ in case', () => {
    const t = callTable([...recs, { user: 'ANN', kind: 'dial', start: iso('09:40:00'), sec: 60 }]);
    // Bo dials without a Dialer and Zed holds one without dialing: the need is Ann, Bo and Cy all the same.
    const { observed } = buildPoolInput(t, [entry('Ann', ['dialer']), entry('Cy', ['dialer']), entry('Zed', ['dialer'])], { timeZone: 'UTC' });
    const dialer = observed.find((o) => o.license === 'dialer')!;
    expect(dialer.users).toBe(3);
    expect(dialer.peakConcurrent).toBe(2);
    expect(observed).toEqual(buildPoolInput(t, null, { timeZone: 'UTC' }).observed);
  });

  it('places sessions in local hours of the zone', () => {
    const t = callTable(recs);
    const { firstDay, weekday } = localDayRange(t, 'America/Chicago');
    const days = poolDays(splitSessions(t, all(t.count), all(t.users.length), 900), 'America/Chicago', firstDay, weekday);
    const seen = observePool('dialer', days, 3);
    expect(seen.byHourOfWeek.mean[4]).toBeCloseTo(1.25, 12); // 09:00 UTC is 04:00 CDT
  });

  it('treats sessions as half-open and caps levels at the pool size, with time past the last day cut off', () => {
    const days = { weekday: Uint8Array.of(0), dayStart: Uint32Array.of(0, 3), startSec: Float64Array.of(0, 3600, 3600), endSec: Float64Array.of(3600, 7200, 90000) };
    const { levelSec, peak } = sweepLevels(days, [0], [0], 1);
    expect(peak).toBe(2);
    expect(levelSec[0 * 2 + 1]).toBe(3600);
    expect(levelSec[1 * 2 + 1]).toBe(3600); // level 2 capped at 1
    expect(levelSec.reduce((a, b) => a + b, 0)).toBe(86400);
  });
});
