import { describe, expect, it } from 'vitest';
import { CallTableBuilder } from '../../../src/core/ingest/call-table-builder.ts';
import { remapKinds } from '../../../src/core/ingest/remap-kinds.ts';
import { ACTIVITY_KINDS } from '../../../src/core/ingest/types.ts';
import { mappingOf } from './csv-fixtures.ts';

describe('remapKinds', () => {
  const builder = new CallTableBuilder(['Start', 'Secs', 'Type', 'Dir'], mappingOf({ start: 0, duration: 1, type: 2, direction: 3 }, { typeLabels: { 'vm': 'dial' } }));
  [['vm', 'out'], ['Chat', 'out'], ['', 'in'], ['VM', '']].forEach(([type, dir], i) => builder.addRow(['2026-03-02 09:00', '5', type, dir], i + 2));
  const table = builder.finish().table;
  const kinds = (kind: Uint8Array) => Array.from(kind).map((k) => ACTIVITY_KINDS[k]);

  it('recomputes each kind from its label under the new table; unlisted labels are other, unlabelled rows follow direction', () => {
    expect(kinds(table.kind)).toEqual(['dial', 'other', 'inbound_acd', 'dial']);
    const remapped = remapKinds(table, { vm: 'voice_drop', chat: 'recording' });
    expect(kinds(remapped.kind)).toEqual(['voice_drop', 'recording', 'inbound_acd', 'voice_drop']);
    expect(kinds(remapKinds(table, {}).kind)).toEqual(['other', 'other', 'inbound_acd', 'other']);
  });

  it('shares every other array and leaves the input table unchanged', () => {
    const before = Array.from(table.kind);
    const remapped = remapKinds(table, { vm: 'press1' });
    expect(remapped.kind).not.toBe(table.kind);
    expect(remapped.startMs).toBe(table.startMs);
    expect(remapped.typeLabel).toBe(table.typeLabel);
    expect(remapped.users).toBe(table.users);
    expect(Array.from(table.kind)).toEqual(before);
  });
});
