import { describe, expect, it } from 'vitest';
import { CallTableBuilder } from '../../../src/core/ingest/call-table-builder.ts';
import {
  ACTIVITY_KINDS, DIRECTION, ImportFileError, RECORDED, REJECTED_DETAIL_LIMIT, type ActivityKind, type ImportProblem,
} from '../../../src/core/ingest/types.ts';
import { DIALER_HEADER, DIALER_MAPPING, dialerRow, dialerStartMs, mappingOf } from './csv-fixtures.ts';

const kindOf = (code: number): ActivityKind => ACTIVITY_KINDS[code];

/** Adds `rows` as lines 2, 3, … (line 1 being the header) and finishes. */
function run(header: readonly string[], mapping: ConstructorParameters<typeof CallTableBuilder>[1], rows: string[][], opts = {}) {
  const builder = new CallTableBuilder(header, mapping, opts);
  rows.forEach((row, i) => builder.addRow(row, i + 2));
  const result = builder.finish();
  expect(result.accepted + result.rejectedCount).toBe(result.rows);
  return result;
}

function onlyProblem(rows: string[][], header: readonly string[], mapping: ConstructorParameters<typeof CallTableBuilder>[1]): ImportProblem {
  const result = run(header, mapping, rows);
  expect(result.rejected).toHaveLength(1);
  expect(result.rejectedRows).toHaveLength(1);
  return result.rejected[0];
}

describe('CallTableBuilder', () => {
  it('stores one accepted row per data row as columns: start, duration, line, kind, label, user', () => {
    const result = run(DIALER_HEADER, DIALER_MAPPING, [
      dialerRow(1, 0, 65),
      dialerRow(2, 5, 0, 'Voicemail Drop', 'bob'),
      dialerRow(3, 7, 30, 'Outbound call', ' ann '),
    ]);
    const t = result.table;
    expect(result).toMatchObject({ rows: 3, accepted: 3, rejectedCount: 0 });
    expect(t.count).toBe(3);
    expect(Array.from(t.startMs)).toEqual([dialerStartMs(0), dialerStartMs(5), dialerStartMs(7)]);
    expect(Array.from(t.durationSec)).toEqual([65, 0, 30]);
    expect(Array.from(t.line)).toEqual([2, 3, 4]);
    expect(Array.from(t.kind).map(kindOf)).toEqual(['dial', 'voice_drop', 'dial']);
    expect(t.typeLabels).toEqual(['', 'outbound call', 'voicemail drop']);
    expect(Array.from(t.typeLabel)).toEqual([1, 2, 1]);
    expect(t.users).toEqual(['', 'ann', 'bob']);
    expect(Array.from(t.user)).toEqual([1, 2, 1]);
    expect(result.typeLabelCounts).toEqual({ 'outbound call': 2, 'voicemail drop': 1 });
  });

  it('trims the arrays to the row count, past the initial capacity', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => dialerRow(i, i % 600, i % 90));
    const t = run(DIALER_HEADER, DIALER_MAPPING, rows).table;
    expect(t.count).toBe(3000);
    for (const column of [t.startMs, t.durationSec, t.kind, t.typeLabel, t.direction, t.user, t.recorded, t.recordingBytes, t.costCents, t.billableMin, t.line]) {
      expect(column.length).toBe(3000);
    }
    expect(t.durationSec[2999]).toBe(2999 % 90);
    expect(t.line[2999]).toBe(3001);
  });

  it('reads start from a date column plus a time-of-day column, in the mapping zone', () => {
    const header = ['Date', 'Time', 'Secs'];
    const t = run(header, mappingOf({ date: 0, start: 1, duration: 2 }, { timeZone: 'America/New_York' }), [
      ['3/2/2026', '9:15 AM', '60'],
      ['2026-07-04', '14:00:30', '10'],
    ]).table;
    expect(t.startMs[0]).toBe(Date.UTC(2026, 2, 2, 14, 15)); // EST, UTC-5
    expect(t.startMs[1]).toBe(Date.UTC(2026, 6, 4, 18, 0, 30)); // EDT, UTC-4
  });

  it('takes an end timestamp as end − start', () => {
    const t = run(['Start', 'End'], mappingOf({ start: 0, end: 1 }), [
      ['2026-03-02 09:00:00', '2026-03-02 09:02:30'],
      ['2026-03-02T09:00:00Z', '2026-03-02T10:00:00+01:00'],
    ]).table;
    expect(Array.from(t.durationSec)).toEqual([150, 0]);
  });

  it('reads a time-of-day end earlier than the start as the next day (a call across midnight)', () => {
    const t = run(['Date', 'Start', 'End'], mappingOf({ date: 0, start: 1, end: 2 }), [
      ['2026-03-02', '23:50:00', '0:10:00'],
      ['2026-03-02', '10:00:00', '10:00:00'],
    ]).table;
    expect(t.startMs[0]).toBe(Date.UTC(2026, 2, 2, 23, 50));
    expect(Array.from(t.durationSec)).toEqual([1200, 0]);
  });

  it('rejects a time-of-day end a little before the start as end-before-start rather than a call of nearly a day', () => {
    const r = run(['Date', 'Start', 'End'], mappingOf({ date: 0, start: 1, end: 2 }), [
      ['2026-03-02', '10:00:00', '9:56:00'], // next day would be 23 h 56 min
      ['2026-03-02', '14:00:00', '1:59:00'], // next day: 11 h 59 min, still a call across midnight
    ]);
    expect(r.accepted).toBe(1);
    expect(r.table.durationSec[0]).toBe(11 * 3600 + 59 * 60);
    expect(r.rejected[0]).toMatchObject({ line: 2, column: 'End', value: '9:56:00', code: 'end-before-start' });
  });

  it('puts a time-of-day end on the local date of a timestamp start, crossing midnight when earlier', () => {
    const t = run(['Start', 'End'], mappingOf({ start: 0, end: 1 }, { timeZone: 'Europe/Paris' }), [
      ['2026-03-02 09:00', '09:01:40'],
      ['2026-03-02 23:59', '00:01'],
    ]).table;
    expect(Array.from(t.durationSec)).toEqual([100, 120]);
  });

  it.each([
    ['s', '65', 65],
    ['s', '12,5', 12.5],
    ['min', '1.5', 90],
    ['hms', '0:01:05', 65],
    ['hms', '1:02:03', 3723],
  ] as const)('reads durations in unit %s: %s → %d s', (unit, text, sec) => {
    const t = run(['Start', 'Duration'], mappingOf({ start: 0, duration: 1 }, { durationUnit: unit }), [['2026-03-02 09:00', text]]).table;
    expect(t.durationSec[0]).toBeCloseTo(sec, 5);
  });

  it('uses the duration when both duration and end are mapped, and the end when the duration is empty', () => {
    const t = run(['Start', 'End', 'Secs'], mappingOf({ start: 0, end: 1, duration: 2 }), [
      ['2026-03-02 09:00', '2026-03-02 09:10', '30'],
      ['2026-03-02 09:00', '2026-03-02 09:10', ''],
    ]).table;
    expect(Array.from(t.durationSec)).toEqual([30, 600]);
  });

  it('reads direction, recorded, recording size, cost and billable minutes', () => {
    const header = ['Start', 'Secs', 'Dir', 'Rec', 'KB', 'Cost', 'Billed'];
    const mapping = mappingOf(
      { start: 0, duration: 1, direction: 2, recorded: 3, recordingBytes: 4, cost: 5, billableMinutes: 6 },
      { recordingBytesScale: 1024 },
    );
    const t = run(header, mapping, [
      ['2026-03-02 09:00', '60', 'Inbound', 'yes', '2', '$1.25', '1'],
      ['2026-03-02 09:00', '60', 'out', 'N', '', '0.10', '2'],
      ['2026-03-02 09:00', '60', 'sideways', '', '3', '', ''],
    ]).table;
    expect(Array.from(t.direction)).toEqual([DIRECTION.inbound, DIRECTION.outbound, DIRECTION.unknown]);
    // A recording size above zero means the call was recorded.
    expect(Array.from(t.recorded)).toEqual([RECORDED.yes, RECORDED.no, RECORDED.yes]);
    expect(Array.from(t.recordingBytes)).toEqual([2048, NaN, 3072]);
    expect(Array.from(t.costCents)).toEqual([125, 10, NaN]);
    expect(Array.from(t.billableMin)).toEqual([1, 2, NaN]);
  });

  it('reads cost already in cents when the mapping says so', () => {
    const t = run(['Start', 'Secs', 'Cents'], mappingOf({ start: 0, duration: 1, cost: 2 }, { costUnit: 'cents' }), [['2026-03-02 09:00', '60', '125']]).table;
    expect(t.costCents[0]).toBe(125);
  });

  it('takes the kind from the direction when there is no activity label', () => {
    const t = run(['Start', 'Secs', 'Direction'], mappingOf({ start: 0, duration: 1, direction: 2 }), [
      ['2026-03-02 09:00', '60', 'inbound'],
      ['2026-03-02 09:00', '60', 'outbound'],
      ['2026-03-02 09:00', '60', ''],
    ]).table;
    expect(Array.from(t.kind).map(kindOf)).toEqual(['inbound_acd', 'dial', 'other']);
  });

  it('stores NaN for unreadable optional numbers and counts them in one warning per column, without rejecting', () => {
    const result = run(['Start', 'Secs', 'Cost'], mappingOf({ start: 0, duration: 1, cost: 2 }), [
      ['2026-03-02 09:00', '60', 'abc'],
      ['2026-03-02 09:00', '60', 'n/a'],
      ['2026-03-02 09:00', '60', '1.00'],
    ]);
    expect(result.accepted).toBe(3);
    expect(result.table.costCents[0]).toBeNaN();
    expect(result.warnings).toEqual([expect.stringMatching(/^2 values in 'Cost' could not be read as a number .*line 2: 'abc'/)]);
  });

  describe('rejects rows with a problem naming line, column and value', () => {
    const header = ['Start', 'End', 'Secs'];
    const startAndDuration = mappingOf({ start: 0, duration: 2 });

    it.each([
      ['bad-time', ['yesterday', '', '60'], 'Start', 'yesterday'],
      ['bad-time', ['9:00', '', '60'], 'Start', '9:00'],
      ['missing-field', ['', '', '60'], 'Start', ''],
      ['bad-duration', ['2026-03-02 09:00', '', 'abc'], 'Secs', 'abc'],
      ['negative-duration', ['2026-03-02 09:00', '', '-5'], 'Secs', '-5'],
      ['missing-field', ['2026-03-02 09:00', '', ' '], 'Secs', ' '],
    ] as const)('%s for %j', (code, row, column, value) => {
      const problem = onlyProblem([['2026-03-02 08:00', '', '1'], [...row]], header, startAndDuration);
      expect(problem).toMatchObject({ line: 3, code, column, value });
      expect(problem.message).toContain(value === '' || value === ' ' ? 'empty' : `'${value}'`);
    });

    it('end-before-start for an end timestamp before the start', () => {
      const problem = onlyProblem([['2026-03-02 10:00', '2026-03-02 09:59', '']], header, mappingOf({ start: 0, end: 1 }));
      expect(problem).toMatchObject({ line: 2, code: 'end-before-start', column: 'End', value: '2026-03-02 09:59' });
    });

    it('bad-time for an unreadable end', () => {
      const problem = onlyProblem([['2026-03-02 10:00', 'soon', '']], header, mappingOf({ start: 0, end: 1 }));
      expect(problem).toMatchObject({ code: 'bad-time', column: 'End', value: 'soon' });
    });

    it('missing-field when neither duration nor end has a value', () => {
      const problem = onlyProblem([['2026-03-02 10:00', '', '']], header, mappingOf({ start: 0, end: 1, duration: 2 }));
      expect(problem).toMatchObject({ code: 'missing-field', column: 'Secs', value: '' });
    });

    it('bad-date for an unreadable date column', () => {
      const problem = onlyProblem([['31/31/2026', '9:00', '60']], ['Date', 'Time', 'Secs'], mappingOf({ date: 0, start: 1, duration: 2 }));
      expect(problem).toMatchObject({ line: 2, code: 'bad-date', column: 'Date', value: '31/31/2026' });
    });

    it('short-row when the row has fewer fields than the mapped columns need', () => {
      const problem = onlyProblem([['2026-03-02 10:00']], header, startAndDuration);
      expect(problem).toMatchObject({ line: 2, code: 'short-row', column: null, value: '2026-03-02 10:00' });
      expect(problem.message).toContain("needs 3 (up to 'Secs')");
    });
  });

  it('keeps details of the first REJECTED_DETAIL_LIMIT rejected rows, counts the rest and says so', () => {
    const rows = Array.from({ length: REJECTED_DETAIL_LIMIT + 3 }, (_, i) => ['bad', String(i)]);
    const result = run(['Start', 'Secs'], mappingOf({ start: 0, duration: 1 }), [...rows, ['2026-03-02 09:00', '1']]);
    expect(result).toMatchObject({ rows: REJECTED_DETAIL_LIMIT + 4, accepted: 1, rejectedCount: REJECTED_DETAIL_LIMIT + 3 });
    expect(result.rejected).toHaveLength(REJECTED_DETAIL_LIMIT);
    expect(result.rejectedRows).toHaveLength(REJECTED_DETAIL_LIMIT);
    expect(result.warnings).toEqual(['10,003 rows were rejected; details are kept for the first 10,000.']);
  });

  it('warns once per column about direction and recorded values it cannot read, leaving them unknown', () => {
    const result = run(['Start', 'Secs', 'Dir', 'Rec'], mappingOf({ start: 0, duration: 1, direction: 2, recorded: 3 }), [
      ['2026-03-02 09:00', '1', 'sideways', 'maybe'],
      ['2026-03-02 09:00', '1', 'up', 'yes'],
    ]);
    expect(Array.from(result.table.direction)).toEqual([DIRECTION.unknown, DIRECTION.unknown]);
    expect(Array.from(result.table.recorded)).toEqual([RECORDED.unknown, RECORDED.yes]);
    expect(result.warnings).toEqual([
      "2 values in 'Dir' could not be read as inbound or outbound and were left unknown (first at line 2: 'sideways').",
      "1 value in 'Rec' could not be read as yes or no and was left unknown (first at line 2: 'maybe').",
    ]);
  });

  it('keeps the rejected row fields as read', () => {
    const result = run(['Start', 'Secs'], mappingOf({ start: 0, duration: 1 }), [['nope', '60']]);
    expect(result.rejectedRows).toEqual([['nope', '60']]);
  });

  it('keeps accepted + rejected equal to the rows added, over a mix', () => {
    const rows = [dialerRow(1, 0, 60), ['x'], dialerRow(2, 1, -1), dialerRow(3, 2, 5), ['', '', '', '', '']];
    const result = run(DIALER_HEADER, DIALER_MAPPING, rows);
    expect(result).toMatchObject({ rows: 5, accepted: 2, rejectedCount: 3 });
  });

  it('stops counting rows past maxRows and marks the result over the limit', () => {
    const builder = new CallTableBuilder(DIALER_HEADER, DIALER_MAPPING, { maxRows: 3 });
    for (let i = 0; i < 5; i++) builder.addRow(dialerRow(i, i, 10), i + 2);
    expect(builder.overLimit).toBe(true);
    const result = builder.finish();
    expect(result).toMatchObject({ rows: 3, accepted: 3, overLimit: true });
  });

  it('throws ImportFileError for a mapping without a start, without end or duration, or with a column past the header', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return error instanceof ImportFileError ? error.code : 'other';
      }
      return undefined;
    };
    expect(codeOf(() => new CallTableBuilder(['a', 'b'], mappingOf({ duration: 1 })))).toBe('no-time-column');
    expect(codeOf(() => new CallTableBuilder(['a', 'b'], mappingOf({ start: 0 })))).toBe('no-time-column');
    expect(codeOf(() => new CallTableBuilder(['a', 'b'], mappingOf({ start: 0, duration: 5 })))).toBe('bad-mapping');
    expect(codeOf(() => new CallTableBuilder(['a', 'b'], mappingOf({ start: 0, duration: 1 }, { timeZone: 'Mars/Base' })))).toBe('bad-mapping');
  });
});
