import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecordingStats } from '../../../../src/core/storage/recording-stats-from-calls.ts';
import { storageInput } from '../../../../src/core/storage/storage-input.ts';
import { dataStorageSettings, defaultStorageInputs, restoreStorageInputs, storageProblems, storageSettings } from '../../../../src/app/state/storage-inputs.ts';

const stats = (over: Partial<RecordingStats> = {}): RecordingStats => ({
  calls: 1000, recordedCalls: 500, recordedShare: 0.5, recordedMinutes: 2000, bytesPerMinute: 240_000, days: 31,
  minutesPerMonth: 1961.4, bytesPerMonth: 1961.4 * 240_000, months: [{ month: '2026-10', calls: 1000, recordedCalls: 500, recordedMinutes: 2000, recordingBytes: 4.8e8 }],
  ...over,
});

describe('restoreStorageInputs(stored)', () => {
  it('gives the defaults for nothing stored or something that is not an object', () => {
    expect(restoreStorageInputs(undefined)).toEqual(defaultStorageInputs());
    expect(restoreStorageInputs('junk')).toEqual(defaultStorageInputs());
  });

  it('keeps every valid field and repairs each wrong one to its default, field by field', () => {
    const d = defaultStorageInputs();
    const restored = restoreStorageInputs({
      recordsCount: 9, months: 30, recordedMinutes: null, recordingKbPerMinute: 120, seed: 'abc', pricing: 'per-gb', trimLists: false,
      allowanceGb: -1, replications: 2.5, priceCents: 'ten', basis: 'sometimes', purgeSchedule: 42, retentionDays: 30.5,
    });
    expect(restored).toMatchObject({ recordsCount: 9, months: 30, recordedMinutes: null, recordingKbPerMinute: 120, seed: 'abc', pricing: 'per-gb', trimLists: false });
    expect(restored).toMatchObject({ allowanceGb: d.allowanceGb, replications: d.replications, priceCents: d.priceCents, basis: d.basis, purgeSchedule: d.purgeSchedule, retentionDays: d.retentionDays });
  });

  it('keeps months within 12–36: a stored 48 falls back to the default', () => {
    expect(restoreStorageInputs({ months: 48 }).months).toBe(24);
    expect(restoreStorageInputs({ months: 12 }).months).toBe(12);
  });
});

describe('storageProblems(inputs)', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(storageProblems(defaultStorageInputs())).toEqual({});
  });

  it('names each field that stops a run, and only those', () => {
    const p = storageProblems({ ...defaultStorageInputs(), months: 37, unusedPct: 120, recordedMinutes: NaN, seed: ' ' });
    expect(Object.keys(p).sort()).toEqual(['months', 'recordedMinutes', 'seed', 'unusedPct']);
    expect(p.months).toBe('Forecast 12 to 36 whole months.');
  });

  it('ignores the block size when the fee is billed per GB', () => {
    expect(storageProblems({ ...defaultStorageInputs(), blockGb: 0, pricing: 'per-block' }).blockGb).toBeDefined();
    expect(storageProblems({ ...defaultStorageInputs(), blockGb: 0, pricing: 'per-gb' })).toEqual({});
  });
});

describe('storageSettings(inputs)', () => {
  it('turns KB, GB and percent into bytes and shares', () => {
    const s = storageSettings({ ...defaultStorageInputs(), recordKb: 4, filesGb: 3, unusedPct: 45, recordingKbPerMinute: 240 });
    expect(s.records).toMatchObject({ bytesPerRecord: 4000, unusedShare: 0.45 });
    expect(s.files?.bytes).toBe(3e9);
    expect(s.recordings?.bytesPerMinute).toBe(240_000);
  });

  it('leaves the empty recording fields to the layers below: 4 months × 20,000 min × 240 KB = 19.2 GB stored', () => {
    const input = storageInput({ startMonth: '2026-11' }, storageSettings(defaultStorageInputs()));
    expect(input.recordings).toMatchObject({ minutesPerMonth: 20_000, bytesPerMinute: 240_000, historyMonths: 4 });
    expect(input.recordings.bytes).toBeCloseTo(19.2e9, 0);
  });

  it('gives the same forecast input as the outbound-team scenario’s storage section (the page defaults)', () => {
    const scenario = JSON.parse(readFileSync('scenarios/outbound-team.json', 'utf8')) as { seed: number; storage: Record<string, unknown> & { fee: Record<string, unknown> } };
    const { replications: _r, fee, ...rest } = scenario.storage;
    void _r;
    const { price, ...feeRest } = fee;
    const fromFile = storageInput({ startMonth: '2026-11', seed: String(scenario.seed) }, { ...rest, fee: { ...feeRest, priceCents: Math.round(Number(price) * 100) } });
    expect(storageInput({ startMonth: '2026-11' }, storageSettings(defaultStorageInputs()))).toEqual(fromFile);
  });
});

describe('dataStorageSettings(stats, name)', () => {
  it('starts the forecast the month after the data and takes its minutes and size per minute', () => {
    const s = dataStorageSettings(stats(), 'calls.csv');
    expect(s).toMatchObject({ startMonth: '2026-11', source: 'calls.csv', recordings: { minutesPerMonth: 1961.4, bytesPerMinute: 240_000 } });
  });

  it('says nothing of the size per minute when the export has no recording sizes, and the form still wins', () => {
    const s = dataStorageSettings(stats({ bytesPerMinute: NaN }), 'calls.csv');
    expect(s.recordings).toEqual({ minutesPerMonth: 1961.4 });
    const input = storageInput({ startMonth: '2030-01' }, s, storageSettings({ ...defaultStorageInputs(), recordedMinutes: 500 }));
    expect(input.startMonth).toBe('2026-11');
    expect(input.recordings).toMatchObject({ minutesPerMonth: 500, bytesPerMinute: 240_000 });
  });
});
