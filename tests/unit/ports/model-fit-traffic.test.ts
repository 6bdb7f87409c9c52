// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitTrafficModel, type FitTrafficOptions } from '../../../src/core/ports/fit-traffic-model.ts';
import { sampleLognormal } from '../../../src/core/random/lognormal.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';
import { ACTIVITY_KINDS } from '../../../src/core/ingest/types.ts';
import { DEFAULT_PORT_KINDS } from '../../../src/core/traffic/port-kinds.ts';
import { makeTable, type CallSpec } from '../traffic/make-table.ts';

const fit = (calls: CallSpec[], patch: Partial<FitTrafficOptions> = {}) =>
  fitTrafficModel(makeTable(calls), {
    timeZone: 'America/New_York',
    portKinds: DEFAULT_PORT_KINDS,
    holding: 'empirical',
    arrivals: 'poisson',
    ...patch,
  });
const how = (weekday: number, hour: number) => weekday * 24 + hour;

describe('fitTrafficModel(table, opts)', () => {
  // Monday 2026-11-02 to Wednesday 2026-11-04, New York (EST, UTC−5).
  const calls: CallSpec[] = [
    { start: '2026-11-02T09:10:00-05:00', durationSec: 60, kind: 'inbound_acd' },
    { start: '2026-11-02T09:40:00-05:00', durationSec: 120, kind: 'inbound_acd' },
    { start: '2026-11-03T14:05:00-05:00', durationSec: 30, kind: 'voice_drop' },
    { start: '2026-11-04T10:00:00-05:00', durationSec: 200, kind: 'dial', recorded: true },
    { start: '2026-11-04T11:00:00-05:00', durationSec: 500, kind: 'dial' }, // holds no port
    { start: '2026-11-04T12:00:00-05:00', durationSec: NaN, kind: 'inbound_acd' }, // cannot be placed
  ];

  it('leaves records of zero length out of the arrivals: they hold no port', () => {
    const model = fit([
      ...calls,
      { start: '2026-11-02T00:00:00-05:00', durationSec: 0, kind: 'inbound_acd' },
      { start: '2026-11-02T00:00:00-05:00', durationSec: 0, kind: 'inbound_acd' },
    ]);
    const inbound = model.streams.find((s) => s.kind === 'inbound_acd')!;
    expect(inbound.ratePerHour[how(0, 0)]).toBe(0);
    expect(inbound.ratePerHour[how(0, 9)]).toBe(2);
  });

  it('makes one stream per port-holding kind present, with arrivals per observed hour of the week', () => {
    const model = fit(calls, { source: 'hand.csv' });
    // In ACTIVITY_KINDS order; the recorded dial holds a port as a 'dial'.
    expect(model.streams.map((s) => s.kind)).toEqual(['dial', 'voice_drop', 'inbound_acd']);
    const [dial, drop, inbound] = model.streams;
    // Mon–Wed observed once each: rate = calls in that hour.
    expect(inbound.ratePerHour[how(0, 9)]).toBe(2);
    expect(inbound.ratePerHour[how(0, 10)]).toBe(0);
    expect(inbound.ratePerHour[how(2, 12)]).toBe(0);
    expect(drop.ratePerHour[how(1, 14)]).toBe(1);
    expect(dial.ratePerHour[how(2, 10)]).toBe(1);
    expect(model.source).toBe('hand.csv, 4 port-holding calls over 3 days');
    expect(model.arrivals).toBe('poisson');
    expect(model.days).toBeUndefined();
  });

  it('fills hours of the week never observed from the same clock hour on observed days of the same kind', () => {
    const inbound = fit(calls).streams[2];
    // Thursday 09h: Mon–Wed 09h had 2 calls in 3 hours. Saturday 09h: no weekend observed, so any day.
    expect(inbound.ratePerHour[how(3, 9)]).toBeCloseTo(2 / 3, 12);
    expect(inbound.ratePerHour[how(5, 9)]).toBeCloseTo(2 / 3, 12);
    expect(inbound.ratePerHour[how(3, 8)]).toBe(0);
  });

  it('counts a fall-back hour twice and fills a spring-forward hour from the other weekend day (New York DST)', () => {
    // Sunday 2026-11-01: 01:30 EDT and 01:30 EST are both local 01h, which lasted two hours.
    const fallBack = fit([
      { start: '2026-11-01T01:30:00-04:00', durationSec: 10, kind: 'press1' },
      { start: '2026-11-01T01:30:00-05:00', durationSec: 10, kind: 'press1' },
      { start: '2026-11-01T05:00:00-05:00', durationSec: 10, kind: 'press1' },
    ]).streams[0];
    expect(fallBack.ratePerHour[how(6, 1)]).toBe(1);
    expect(fallBack.ratePerHour[how(6, 5)]).toBe(1);
    // Saturday 2026-03-07 and Sunday 2026-03-08: Sunday's 02h never happened.
    const spring = fit([
      { start: '2026-03-07T02:30:00-05:00', durationSec: 10, kind: 'press1' },
      { start: '2026-03-07T02:45:00-05:00', durationSec: 10, kind: 'press1' },
      { start: '2026-03-08T03:30:00-04:00', durationSec: 10, kind: 'press1' },
    ]).streams[0];
    expect(spring.ratePerHour[how(5, 2)]).toBe(2);
    expect(spring.ratePerHour[how(6, 2)]).toBe(2); // from Saturday 02h, the only weekend 02h observed
    expect(spring.ratePerHour[how(6, 3)]).toBe(1);
  });

  it("keeps the observed holding times ('empirical')", () => {
    const inbound = fit(calls).streams[2];
    expect(inbound.holding).toEqual({ kind: 'empirical', samplesSec: Float64Array.of(60, 120), meanSec: 90 });
  });

  it("recovers the mean and cv of lognormal durations by the moments of their logs ('lognormal'), zeros left out", () => {
    const rng = createStream('lognormal-fit');
    const t0 = Date.UTC(2026, 10, 2, 14);
    const synthetic: CallSpec[] = Array.from({ length: 20_000 }, (_, i) => ({
      start: t0 + i * 1000,
      durationSec: i % 10 === 0 ? 0 : sampleLognormal(rng, 240, 0.9),
      kind: 'recording',
    }));
    const { holding } = fit(synthetic, { holding: 'lognormal' }).streams[0];
    if (holding.kind !== 'lognormal') throw new Error(`expected a lognormal fit, got ${holding.kind}`);
    // durationSec is stored as Float32 and rounded to whole ms: both far below the sampling error.
    expect(holding.meanSec / 240).toBeCloseTo(1, 1);
    expect(Math.abs(holding.meanSec - 240)).toBeLessThan(240 * 0.03);
    expect(Math.abs(holding.cv - 0.9)).toBeLessThan(0.04);
  });

  it("keeps whole observed days for 'days': wall-clock offsets, weekdays, quiet days included, sorted within the day", () => {
    const model = fit(
      [
        { start: '2026-10-31T23:00:00-04:00', durationSec: 5, kind: 'voice_drop' }, // Saturday
        { start: '2026-11-01T01:30:00-05:00', durationSec: 7, kind: 'voice_drop' }, // Sunday, second 01:30
        { start: '2026-11-01T01:40:00-04:00', durationSec: 6, kind: 'inbound_acd' }, // Sunday, first 01:40
        { start: '2026-11-03T08:00:00-05:00', durationSec: 9, kind: 'voice_drop' }, // Tuesday
      ],
      { arrivals: 'days' },
    );
    const days = model.days!;
    expect(Array.from(days.weekday)).toEqual([5, 6, 0, 1]);
    expect(Array.from(days.dayStart)).toEqual([0, 1, 3, 3, 4]);
    expect(Array.from(days.offsetSec)).toEqual([23 * 3600, 5400, 6000, 8 * 3600]);
    expect(Array.from(days.durationSec)).toEqual([5, 7, 6, 9]);
    const code = (k: (typeof ACTIVITY_KINDS)[number]) => ACTIVITY_KINDS.indexOf(k);
    expect(Array.from(days.kind)).toEqual([code('voice_drop'), code('voice_drop'), code('inbound_acd'), code('voice_drop')]);
  });

  it('gives a data set without port-holding calls an empty model', () => {
    const model = fit([{ start: '2026-11-02T09:00:00Z', durationSec: 60, kind: 'dial' }], { arrivals: 'days' });
    expect(model.streams).toEqual([]);
    expect(model.days?.dayStart).toEqual(Uint32Array.of(0));
    expect(model.source).toBe('no port-holding calls');
  });
});
