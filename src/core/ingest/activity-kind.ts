import { ACTIVITY_KINDS, DIRECTION, type ActivityKind } from './types.ts';

/** Keyword rules, first match wins; the order settles labels such as "Call recording". */
const KEYWORD_RULES: ReadonlyArray<readonly [RegExp, ActivityKind]> = [
  [/drop|voice\s*mail|\bvm\b/, 'voice_drop'],
  [/press\s*-?\s*1|transfer|connect\s*back/, 'press1'],
  [/inbound|\bacd\b|toll/, 'inbound_acd'],
  [/record|monitor/, 'recording'],
  [/dial|outbound|call/, 'dial'],
];

/**
 * The domain kind (domain.md sections 2 and 6) an export's activity label most likely means, by
 * keyword: drop/voicemail → voice_drop; press 1/transfer/connect back → press1;
 * inbound/ACD/toll → inbound_acd; record/monitor → recording; dial/outbound/call → dial; else other.
 * Example: guessKindForLabel('Voicemail Drop') === 'voice_drop'; guessKindForLabel('Outbound call') === 'dial'.
 */
export function guessKindForLabel(label: string): ActivityKind {
  const text = label.trim().toLowerCase();
  for (const [pattern, kind] of KEYWORD_RULES) if (pattern.test(text)) return kind;
  return 'other';
}

const OTHER = ACTIVITY_KINDS.indexOf('other');

/**
 * Kind code of a record without an activity label, by DIRECTION code: inbound calls arrive on an
 * ACD route, outbound ones are dials, unknown is 'other'.
 */
export const KIND_CODE_BY_DIRECTION: Readonly<Record<number, number>> = {
  [DIRECTION.unknown]: OTHER,
  [DIRECTION.inbound]: ACTIVITY_KINDS.indexOf('inbound_acd'),
  [DIRECTION.outbound]: ACTIVITY_KINDS.indexOf('dial'),
};

/** Kind code of one normalised label under a label→kind table; unlisted or invalid entries are 'other'. */
export function kindCodeForLabel(label: string, typeLabels: Readonly<Record<string, ActivityKind>>): number {
  if (!Object.prototype.hasOwnProperty.call(typeLabels, label)) return OTHER;
  const code = ACTIVITY_KINDS.indexOf(typeLabels[label]);
  return code < 0 ? OTHER : code;
}
