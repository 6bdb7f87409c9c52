import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT_KINDS, holdsPortMask } from '../../../src/core/traffic/port-kinds.ts';
import { makeTable } from './make-table.ts';

describe('holdsPortMask(table, portKinds)', () => {
  const table = makeTable([
    { start: 0, durationSec: 1, kind: 'dial' },
    { start: 0, durationSec: 1, kind: 'dial', recorded: true },
    { start: 0, durationSec: 1, kind: 'dial', recorded: false },
    { start: 0, durationSec: 1, kind: 'voice_drop' },
    { start: 0, durationSec: 1, kind: 'inbound_acd' },
    { start: 0, durationSec: 1, kind: 'recording' },
    { start: 0, durationSec: 1, kind: 'press1' },
    { start: 0, durationSec: 1, kind: 'other' },
  ]);

  it('marks the default port kinds and recorded dials, but not plain dials', () => {
    expect([...holdsPortMask(table, DEFAULT_PORT_KINDS)]).toEqual([0, 1, 0, 1, 1, 1, 1, 1]);
  });

  it('marks recorded records whatever the chosen kinds', () => {
    expect([...holdsPortMask(table, ['voice_drop'])]).toEqual([0, 1, 0, 1, 0, 0, 0, 0]);
    expect([...holdsPortMask(table, [])]).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('reads a kind code outside ACTIVITY_KINDS as other', () => {
    const odd = makeTable([{ start: 0, durationSec: 1 }]);
    odd.kind[0] = 42;
    expect([...holdsPortMask(odd, ['other'])]).toEqual([1]);
    expect([...holdsPortMask(odd, ['voice_drop'])]).toEqual([0]);
  });
});
