import { ACTIVITY_KINDS, type ActivityKind, type CallTable } from '../ingest/types.ts';
import { DEFAULT_PORT_KINDS, holdsPortMask } from '../traffic/port-kinds.ts';
import { DEFAULT_DIAL_KINDS, type PooledLicense } from './types.ts';

/**
 * Which records need a license of `license`'s pool: for Dialer and Dialer Tab the dialing kinds
 * (a Dialer needs a Dialer Tab, domain.md section 1, so both pools see the same activity); for
 * Flex Port the port-holding records (`holdsPortMask`: port kinds, and every recorded call).
 * 1 where needed, else 0; length `table.count`.
 * Example: over [dial, voice_drop, inbound_acd], 'dialer' → [1, 1, 0]; 'flex_port' → [0, 1, 1].
 */
export function poolRecordMask(
  table: CallTable,
  license: PooledLicense,
  dialKinds: readonly ActivityKind[] = DEFAULT_DIAL_KINDS,
  portKinds: readonly ActivityKind[] = DEFAULT_PORT_KINDS,
): Uint8Array {
  if (license === 'flex_port') return holdsPortMask(table, portKinds);
  const byCode = new Uint8Array(256);
  for (const kind of dialKinds) byCode[ACTIVITY_KINDS.indexOf(kind)] = 1;
  const mask = new Uint8Array(table.count);
  for (let i = 0; i < table.count; i++) mask[i] = byCode[table.kind[i]!]!;
  return mask;
}
