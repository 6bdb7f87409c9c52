import { ACTIVITY_KINDS, RECORDED, type ActivityKind, type CallTable } from '../ingest/types.ts';

/**
 * Activity kinds that hold a Flex Port for their whole duration (domain.md section 2).
 * A plain 'dial' holds none unless recorded; 'other' is included because an activity the
 * mapping could not name is sized conservatively.
 */
export const DEFAULT_PORT_KINDS: ActivityKind[] = ['voice_drop', 'inbound_acd', 'recording', 'press1', 'other'];

/**
 * Which records hold a port: 1 where the record's kind is in `portKinds` or the record was
 * recorded (RECORDED.yes) whatever its kind, else 0. Length `table.count`.
 * A stored kind code outside ACTIVITY_KINDS is read as 'other'.
 * Example: holdsPortMask(table, DEFAULT_PORT_KINDS) over [dial, recorded dial, voice_drop] → [0, 1, 1].
 */
export function holdsPortMask(table: CallTable, portKinds: readonly ActivityKind[]): Uint8Array {
  const byCode = new Uint8Array(256);
  const otherCode = ACTIVITY_KINDS.indexOf('other');
  for (const kind of portKinds) byCode[ACTIVITY_KINDS.indexOf(kind)] = 1;
  for (let code = ACTIVITY_KINDS.length; code < 256; code++) byCode[code] = byCode[otherCode];

  const n = table.count;
  const mask = new Uint8Array(n);
  const { kind, recorded } = table;
  for (let i = 0; i < n; i++) {
    mask[i] = recorded[i] === RECORDED.yes ? 1 : byCode[kind[i]];
  }
  return mask;
}
