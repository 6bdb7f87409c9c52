import { describe, expect, it } from 'vitest';
import { emptyCallTable } from '../../../src/core/ingest/empty-call-table.ts';
import { DIRECTION, RECORDED } from '../../../src/core/ingest/types.ts';

describe('emptyCallTable(count)', () => {
  it('gives every column `count` entries, unknown where a value can be missing', () => {
    const t = emptyCallTable(3);
    expect(t.count).toBe(3);
    for (const column of [t.startMs, t.durationSec, t.kind, t.typeLabel, t.direction, t.user, t.recorded, t.recordingBytes, t.costCents, t.billableMin, t.line]) {
      expect(column).toHaveLength(3);
    }
    expect([...t.direction]).toEqual([DIRECTION.unknown, DIRECTION.unknown, DIRECTION.unknown]);
    expect([...t.recorded]).toEqual([RECORDED.unknown, RECORDED.unknown, RECORDED.unknown]);
    expect([...t.costCents].every(Number.isNaN)).toBe(true);
    expect(t.users).toEqual(['']);
  });

  it('refuses a negative or fractional count, naming itself', () => {
    expect(() => emptyCallTable(-1)).toThrow(/emptyCallTable/);
    expect(() => emptyCallTable(1.5)).toThrow(/emptyCallTable/);
  });
});
