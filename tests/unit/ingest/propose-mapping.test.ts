import { describe, expect, it } from 'vitest';
import { guessKindForLabel } from '../../../src/core/ingest/activity-kind.ts';
import { headerSignature } from '../../../src/core/ingest/header-signature.ts';
import { proposeMapping } from '../../../src/core/ingest/propose-mapping.ts';
import { BANK_HEADER, bankRow } from './csv-fixtures.ts';

describe('proposeMapping', () => {
  it("maps the bank log's header: date column, ser_start/ser_exit/ser_time, type, server as user", () => {
    const rows = [
      bankRow(1, '2010-08-01', '7:00:15', '7:03:20', 185),
      bankRow(2, '2010-08-01', '0:00:00', '0:00:00', 0),
      bankRow(3, '2010-08-01', '23:59:50', '0:00:10', 20),
    ];
    const mapping = proposeMapping([...BANK_HEADER], rows, 'Asia/Jerusalem');
    expect(mapping.columns).toEqual({
      date: BANK_HEADER.indexOf('date'),
      start: BANK_HEADER.indexOf('ser_start'),
      end: BANK_HEADER.indexOf('ser_exit'),
      duration: BANK_HEADER.indexOf('ser_time'),
      type: BANK_HEADER.indexOf('type'),
      user: BANK_HEADER.indexOf('server'),
      callId: BANK_HEADER.indexOf('call_id'),
    });
    expect(mapping).toMatchObject({ durationUnit: 's', timeZone: 'Asia/Jerusalem', typeLabels: { ps: 'other' } });
    expect(mapping.headerSignature).toBe(headerSignature([...BANK_HEADER]));
  });

  it('maps a US dialer export: M/D/YYYY h:mm AM timestamps, seconds, labels, recording KB, cost in currency', () => {
    const header = ['Call ID', 'Date/Time', 'User', 'Activity Type', 'Direction', 'Duration (sec)', 'Recorded', 'Recording KB', 'Cost', 'Billable Minutes'];
    const rows = [
      ['C-1', '3/2/2026 9:14 AM', 'Ann Lee', 'Voicemail Drop', 'Outbound', '45', 'Yes', '512', '$0.12', '1'],
      ['C-2', '3/14/2026 1:05 PM', 'Bob Roe', 'Outbound Call', 'Outbound', '300', 'No', '0', '$0.60', '5'],
      ['C-3', '3/14/2026 1:07 PM', 'Bob Roe', 'Inbound ACD', 'Inbound', '61', 'Yes', '88', '$0.20', '2'],
      ['C-4', '3/14/2026 1:09 PM', 'Ann Lee', 'Press 1 Connect', 'Outbound', '20', 'No', '0', '$0.05', '1'],
    ];
    const mapping = proposeMapping(header, rows, 'America/Chicago');
    expect(mapping.columns).toEqual({
      callId: 0, start: 1, user: 2, type: 3, direction: 4, duration: 5, recorded: 6, recordingBytes: 7, cost: 8, billableMinutes: 9,
    });
    expect(mapping).toMatchObject({ durationUnit: 's', dateOrder: 'mdy', costUnit: 'currency', recordingBytesScale: 1024 });
    expect(mapping.typeLabels).toEqual({
      'voicemail drop': 'voice_drop', 'outbound call': 'dial', 'inbound acd': 'inbound_acd', 'press 1 connect': 'press1',
    });
  });

  it('maps ISO start/end columns and reads an H:MM:SS talk time as hms', () => {
    const header = ['started_at', 'ended_at', 'owner', 'call_type', 'talk_time'];
    const rows = [
      ['2026-03-02T09:00:00Z', '2026-03-02T09:05:12Z', 'ann', 'Call Recording', '0:05:12'],
      ['2026-03-02T09:10:00Z', '2026-03-02T09:11:00Z', 'bob', 'Dial', '0:01:00'],
    ];
    const mapping = proposeMapping(header, rows, 'UTC');
    expect(mapping.columns).toEqual({ start: 0, end: 1, user: 2, type: 3, duration: 4 });
    expect(mapping.durationUnit).toBe('hms');
    expect(mapping.typeLabels).toEqual({ 'call recording': 'recording', dial: 'dial' });
  });

  it('maps separate date and time columns and reads day-first dates from the values', () => {
    const header = ['Call Date', 'Call Time', 'Length (min)', 'Agent'];
    const rows = [['25/03/2026', '14:05', '1.5', 'ann'], ['03/04/2026', '09:00', '2', 'bob']];
    const mapping = proposeMapping(header, rows, 'Europe/London');
    expect(mapping.columns).toEqual({ date: 0, start: 1, duration: 2, user: 3 });
    expect(mapping).toMatchObject({ durationUnit: 'min', dateOrder: 'dmy' });
  });

  it('takes a "Date" column holding whole timestamps as the start, not as a date', () => {
    const mapping = proposeMapping(['Date', 'Seconds'], [['2026-03-02 09:14:00', '30'], ['2026-03-02 10:00:00', '5']], 'UTC');
    expect(mapping.columns).toEqual({ start: 0, duration: 1 });
  });

  it('finds start and end from the values when the names say nothing', () => {
    const header = ['Column 1', 'Column 2', 'Column 3'];
    const rows = [['2026-03-02 09:00', '2026-03-02 09:01', 'x'], ['2026-03-02 09:05', '2026-03-02 09:09', 'y']];
    expect(proposeMapping(header, rows, 'UTC').columns).toEqual({ start: 0, end: 1 });
  });

  it('maps a direction column and leaves typeLabels empty when there is no activity column', () => {
    const mapping = proposeMapping(['Start', 'End', 'Direction'], [['2026-03-02 09:00', '2026-03-02 09:01', 'inbound']], 'UTC');
    expect(mapping.columns).toEqual({ start: 0, end: 1, direction: 2 });
    expect(mapping.typeLabels).toEqual({});
  });

  it("says 'cents' only for an integer cost column whose name says cents", () => {
    expect(proposeMapping(['Start', 'Secs', 'Cost (cents)'], [['2026-03-02 09:00', '5', '125']], 'UTC').costUnit).toBe('cents');
    expect(proposeMapping(['Start', 'Secs', 'Cost (cents)'], [['2026-03-02 09:00', '5', '1.25']], 'UTC').costUnit).toBe('currency');
    expect(proposeMapping(['Start', 'Secs', 'Cost'], [['2026-03-02 09:00', '5', '125']], 'UTC').costUnit).toBe('currency');
  });

  it('does not map a name whose values rule it out (a "Duration" of words)', () => {
    const mapping = proposeMapping(['Start', 'Duration', 'End'], [['2026-03-02 09:00', 'long', '2026-03-02 09:01']], 'UTC');
    expect(mapping.columns).toEqual({ start: 0, end: 2 });
  });

  it('maps from names alone when there are no sample rows', () => {
    expect(proposeMapping(['Start Time', 'End Time', 'Rep'], [], 'UTC').columns).toEqual({ start: 0, end: 1, user: 2 });
  });
});

describe('guessKindForLabel', () => {
  it.each([
    ['Voicemail drop', 'voice_drop'],
    ['VM Drop', 'voice_drop'],
    ['press-1 transfer', 'press1'],
    ['Connect back', 'press1'],
    ['Inbound', 'inbound_acd'],
    ['Toll-free ACD', 'inbound_acd'],
    ['Call recording', 'recording'],
    ['Monitor', 'recording'],
    ['Power dial', 'dial'],
    ['Outbound call', 'dial'],
    ['Email', 'other'],
  ] as const)('%s → %s', (label, kind) => {
    expect(guessKindForLabel(label)).toBe(kind);
  });
});
