// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, ScenarioFileError } from '../../../src/core/scenario/scenario-schema.ts';

function problem(value: unknown): string {
  try {
    parseScenarioFile(JSON.stringify(value), 'team.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioFileError);
    return (err as Error).message;
  }
  throw new Error('expected a ScenarioFileError');
}

const FULL = {
  startMonth: '2026-11',
  months: 24,
  replications: 100,
  records: { count: 400_000, bytesPerRecord: 4_000, newPerMonth: 12_000, cv: 0.25, unusedShare: 0.45 },
  lists: { rows: 1_000_000, bytesPerRow: 400, rowsPerList: 200_000, listsPerMonth: 3, cv: 0.4 },
  recordings: { bytes: 6e10, historyMonths: 4, minutesPerMonth: 60_000, cv: 0.12, bytesPerMinute: 240_000 },
  files: { bytes: 3e9, historyMonths: 12, bytesPerMonth: 1.5e8, cv: 0.5 },
  fee: { allowanceGb: 125, pricing: 'per-block', blockGb: 10, price: '15.00', basis: 'peak' },
  remedies: { purge: { share: 0.8, schedule: 'monthly' }, retention: { days: 90 }, partialLists: { namesPerList: 10_000, trimCurrent: false } },
};

describe('the scenario file storage section', () => {
  it('accepts every storage setting at once, unchanged', () => {
    const file = { version: 1, data: 'a.csv', storage: FULL };
    expect(parseScenarioFile(JSON.stringify(file), 'team.json')).toEqual(file);
  });

  it('is enough on its own: a storage-only scenario needs neither data nor traffic', () => {
    expect(parseScenarioFile('{"version":1,"storage":{}}', 'team.json')).toEqual({ version: 1, storage: {} });
  });

  it('keeps the old message for a file with neither data, traffic nor storage', () => {
    expect(problem({ version: 1 })).toBe('team.json: $: needs "data" (a usage export) or "traffic" (a parametric model)');
  });

  it.each([
    [{ months: 61 }, '$.storage.months: expected a whole number from 1 to 60, got 61'],
    [{ startMonth: '2026-13' }, '$.storage.startMonth: expected a month such as "2026-11", got "2026-13"'],
    [{ fee: { price: '15.005' } }, '$.storage.fee.price: expected a price such as "15.00", got "15.005"'],
    [{ fee: { basis: 'average' } }, '$.storage.fee.basis: expected one of "peak", "month-end", got "average"'],
    [{ records: { unusedShare: 1.5 } }, '$.storage.records.unusedShare: expected a number from 0 to 1, got 1.5'],
    [{ remedies: { retention: { dayz: 90 } } }, '$.storage.remedies.retention.dayz: unknown property (expected one of: days)'],
    [{ remedies: { partialLists: { trimCurrent: 'yes' } } }, '$.storage.remedies.partialLists.trimCurrent: expected true or false, got "yes"'],
  ])('names the path and the problem: %j', (storage, message) => {
    expect(problem({ version: 1, data: 'a.csv', storage })).toBe(`team.json: ${message}`);
  });
});
