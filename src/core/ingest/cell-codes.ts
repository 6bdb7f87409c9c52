import { DIRECTION, RECORDED } from './types.ts';

/**
 * DIRECTION code of a direction cell: in/inbound/incoming → inbound, out/outbound/outgoing →
 * outbound (any case, spaces ignored), anything else unknown.
 * Example: directionCode(' Inbound ') === DIRECTION.inbound.
 */
export function directionCode(text: string): number {
  const t = text.trim().toLowerCase();
  if (t === 'in' || t === 'inbound' || t === 'incoming') return DIRECTION.inbound;
  if (t === 'out' || t === 'outbound' || t === 'outgoing') return DIRECTION.outbound;
  return DIRECTION.unknown;
}

/**
 * RECORDED code of a yes/no cell: yes/y/true/1 → yes, no/n/false/0 → no (any case), else unknown.
 * Example: recordedCode('Y') === RECORDED.yes.
 */
export function recordedCode(text: string): number {
  const t = text.trim().toLowerCase();
  if (t === 'yes' || t === 'y' || t === 'true' || t === '1') return RECORDED.yes;
  if (t === 'no' || t === 'n' || t === 'false' || t === '0') return RECORDED.no;
  return RECORDED.unknown;
}
