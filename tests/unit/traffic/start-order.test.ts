import { describe, expect, it } from 'vitest';
import { startOrder } from '../../../src/core/traffic/start-order.ts';
import { makeTable } from './make-table.ts';

describe('startOrder(table, mask)', () => {
  it('sorts by start, equal starts by index, skipping unselected and unplaceable records', () => {
    const table = makeTable([
      { start: 20_000, durationSec: 1 },
      { start: 10_000, durationSec: 1 },
      { start: 10_000, durationSec: 0 },
      { start: 5_000, durationSec: 1 },
      { start: 10_000, durationSec: 1 },
    ]);
    table.durationSec[4] = NaN;
    expect([...startOrder(table, undefined)]).toEqual([3, 1, 2, 0]);
    expect([...startOrder(table, new Uint8Array([1, 1, 1, 0, 1]))]).toEqual([1, 2, 0]);
  });

  it('gives the same order for starts that are not whole milliseconds', () => {
    const table = makeTable([
      { start: 20_000.5, durationSec: 1 },
      { start: 10_000.25, durationSec: 1 },
      { start: 10_000.25, durationSec: 1 },
      { start: 5_000, durationSec: 1 },
    ]);
    expect([...startOrder(table, undefined)]).toEqual([3, 1, 2, 0]);
  });
});
