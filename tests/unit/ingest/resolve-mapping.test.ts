import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/core/ingest/propose-mapping.ts';
import { resolveMappingSpec } from '../../../src/core/ingest/resolve-mapping.ts';
import { ImportFileError, type MappingSpec } from '../../../src/core/ingest/types.ts';
import { BANK_HEADER, bankRow, mappingOf } from './csv-fixtures.ts';

function thrown(fn: () => unknown): ImportFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

describe('resolveMappingSpec', () => {
  const bank = [...BANK_HEADER];
  const base = proposeMapping(bank, [bankRow(1, '2010-08-01', '7:00:15', '7:03:20', 185)], 'Asia/Jerusalem');

  it('turns column names into indices, ignoring case and spaces, over the base mapping', () => {
    const m = resolveMappingSpec(bank, { columns: { start: 'SER_START', end: ' ser_exit ' } }, base);
    expect(m.columns.start).toBe(bank.indexOf('ser_start'));
    expect(m.columns.end).toBe(bank.indexOf('ser_exit'));
    expect(m.columns.date).toBe(bank.indexOf('date'));
    expect(m.timeZone).toBe('Asia/Jerusalem');
  });

  it('drops the base duration when only the end is named (and the base end when only the duration is)', () => {
    expect(resolveMappingSpec(bank, { columns: { end: 'ser_exit' } }, base).columns.duration).toBeUndefined();
    const byDuration = resolveMappingSpec(bank, { columns: { duration: 'q_time' } }, base);
    expect(byDuration.columns).toMatchObject({ duration: bank.indexOf('q_time') });
    expect(byDuration.columns.end).toBeUndefined();
  });

  it('removes a field named with an empty string', () => {
    expect(resolveMappingSpec(bank, { columns: { user: '' } }, base).columns.user).toBeUndefined();
  });

  it('overrides zone, units, date order and labels (lower-cased), and takes a duration unit from a newly named column', () => {
    const header = ['Start', 'Talk (min)', 'Type'];
    const spec: MappingSpec = { timeZone: 'Europe/Paris', dateOrder: 'dmy', costUnit: 'cents', typeLabels: { ' VM ': 'voice_drop' }, columns: { duration: 'talk (min)' } };
    const m = resolveMappingSpec(header, spec, mappingOf({ start: 0, duration: 0 }, { typeLabels: { dial: 'dial' } }));
    expect(m).toMatchObject({ timeZone: 'Europe/Paris', dateOrder: 'dmy', costUnit: 'cents', durationUnit: 'min' });
    expect(m.typeLabels).toEqual({ dial: 'dial', vm: 'voice_drop' });
  });

  it("throws 'bad-mapping' naming the missing column and listing the available ones", () => {
    const error = thrown(() => resolveMappingSpec(bank, { columns: { start: 'call_start' } }, base));
    expect(error.code).toBe('bad-mapping');
    expect(error.message).toContain("No column 'call_start' (for start)");
    expect(error.message).toContain("'ser_start'");
    expect(error.message).toContain("'vru+line'");
  });

  it("throws 'bad-mapping' for an unknown zone or kind", () => {
    expect(thrown(() => resolveMappingSpec(bank, { timeZone: 'Nowhere/City' }, base)).code).toBe('bad-mapping');
    expect(thrown(() => resolveMappingSpec(bank, { typeLabels: { ps: 'fax' as never } }, base)).code).toBe('bad-mapping');
  });

  it("throws 'no-time-column' when no start, or neither end nor duration, is left", () => {
    expect(thrown(() => resolveMappingSpec(['a', 'b'], {}, mappingOf({ duration: 1 }))).code).toBe('no-time-column');
    expect(thrown(() => resolveMappingSpec(['a', 'b'], { columns: { end: '', duration: '' } }, mappingOf({ start: 0, end: 1 }))).code).toBe('no-time-column');
  });
});
