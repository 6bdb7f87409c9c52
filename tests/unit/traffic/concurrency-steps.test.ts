import { describe, expect, it } from 'vitest';
import { concurrencySteps } from '../../../src/core/traffic/concurrency-steps.ts';
import { peakOf } from '../../../src/core/traffic/peak-of.ts';
import { lcg, randomCalls } from './lcg.ts';
import { makeTable, ms } from './make-table.ts';

describe('concurrencySteps(table, mask)', () => {
  it('treats back-to-back calls (10:00–10:05, 10:05–10:10) as never overlapping: peak 1, one merged step', () => {
    const table = makeTable([
      { start: '2026-03-02T10:00:00Z', durationSec: 300 },
      { start: '2026-03-02T10:05:00Z', durationSec: 300 },
    ]);
    const steps = concurrencySteps(table);
    expect([...steps.timesMs]).toEqual([ms('2026-03-02T10:00:00Z'), ms('2026-03-02T10:10:00Z')]);
    expect([...steps.levels]).toEqual([1, 0]);
    expect(peakOf(steps)).toEqual({ concurrent: 1, atMs: ms('2026-03-02T10:00:00Z') });
  });

  it('reaches 3 with three overlapping calls, first at the instant the third starts', () => {
    const table = makeTable([
      { start: '2026-03-02T10:00:00Z', durationSec: 3600 },
      { start: '2026-03-02T10:10:00Z', durationSec: 3600 },
      { start: '2026-03-02T10:20:00Z', durationSec: 60 },
      // Level 3 again at 10:40, later, so the first instant must be chosen.
      { start: '2026-03-02T10:40:00Z', durationSec: 60 },
    ]);
    const steps = concurrencySteps(table);
    expect([...steps.levels]).toEqual([1, 2, 3, 2, 3, 2, 1, 0]);
    expect(peakOf(steps)).toEqual({ concurrent: 3, atMs: ms('2026-03-02T10:20:00Z') });
  });

  it('lets zero-length calls add nothing, even inside another call', () => {
    const table = makeTable([
      { start: '2026-03-02T10:00:00Z', durationSec: 600 },
      { start: '2026-03-02T10:03:00Z', durationSec: 0 },
      { start: '2026-03-02T11:00:00Z', durationSec: 0 },
      { start: '2026-03-02T10:04:00Z', durationSec: 0.0004 }, // rounds to 0 ms
    ]);
    const steps = concurrencySteps(table);
    expect([...steps.timesMs]).toEqual([ms('2026-03-02T10:00:00Z'), ms('2026-03-02T10:10:00Z')]);
    expect([...steps.levels]).toEqual([1, 0]);
  });

  it('gives no steps for an empty table or an all-zero mask', () => {
    expect(concurrencySteps(makeTable([])).levels.length).toBe(0);
    const table = makeTable([{ start: 0, durationSec: 10 }]);
    expect(concurrencySteps(table, new Uint8Array([0])).timesMs.length).toBe(0);
  });

  it('counts only the records the mask selects', () => {
    const table = makeTable([
      { start: 0, durationSec: 10 },
      { start: 5_000, durationSec: 10 },
      { start: 6_000, durationSec: 10 },
    ]);
    const steps = concurrencySteps(table, new Uint8Array([1, 0, 1]));
    expect([...steps.timesMs]).toEqual([0, 6_000, 10_000, 16_000]);
    expect([...steps.levels]).toEqual([1, 2, 1, 0]);
  });

  it('skips records without a start or a duration', () => {
    const table = makeTable([{ start: 0, durationSec: 10 }, { start: 0, durationSec: 10 }]);
    table.durationSec[1] = NaN;
    expect([...concurrencySteps(table).levels]).toEqual([1, 0]);
  });

  describe('on seeded random tables', () => {
    const random = lcg(20260302);
    const tables = Array.from({ length: 20 }, () =>
      makeTable(randomCalls(random, 200, { spanSec: 4 * 3600, maxDurationSec: 900, zeroShare: 0.1 })),
    );

    it('keeps times strictly increasing, levels ≥ 0, consecutive levels different, and ends at 0', () => {
      for (const table of tables) {
        const { timesMs, levels } = concurrencySteps(table);
        let ordered = true;
        for (let i = 1; i < timesMs.length; i++) {
          if (!(timesMs[i] > timesMs[i - 1]) || levels[i] === levels[i - 1] || levels[i] < 0) ordered = false;
        }
        expect(ordered).toBe(true);
        expect(levels[0]).toBeGreaterThan(0);
        expect(levels[levels.length - 1]).toBe(0);
      }
    });

    it('holds level × duration summed over the steps equal to the total call time in ms', () => {
      for (const table of tables) {
        const { timesMs, levels } = concurrencySteps(table);
        let area = 0;
        for (let i = 0; i + 1 < levels.length; i++) area += levels[i] * (timesMs[i + 1] - timesMs[i]);
        let totalMs = 0;
        for (let i = 0; i < table.count; i++) totalMs += Math.round(table.durationSec[i] * 1000);
        expect(area).toBe(totalMs);
      }
    });

    it('peaks where a brute-force count over every start instant peaks, at the same first instant', () => {
      for (const table of tables) {
        const { startMs, durationSec, count } = table;
        let best = 0;
        let bestAt = NaN;
        for (let i = 0; i < count; i++) {
          if (durationSec[i] === 0) continue;
          const t = startMs[i];
          let running = 0;
          for (let j = 0; j < count; j++) {
            if (startMs[j] <= t && t < startMs[j] + durationSec[j] * 1000) running++;
          }
          if (running > best || (running === best && t < bestAt)) {
            best = running;
            bestAt = t;
          }
        }
        expect(peakOf(concurrencySteps(table))).toEqual({ concurrent: best, atMs: bestAt });
      }
    });
  });
});
