import { KIND_CODE_BY_DIRECTION, kindCodeForLabel } from './activity-kind.ts';
import type { ActivityKind, CallTable } from './types.ts';

/**
 * The same table with every record's kind recomputed from its activity label under a new
 * label→kind table (labels are the table's own, trimmed and lower-cased; unlisted ones are
 * 'other'); records without a label keep the kind their direction gives, as on import. Only
 * `kind` is a new array; every other array is shared with `table`, so this is cheap enough to run
 * on each edit the user makes to the label list.
 * Example: remapKinds(table, { 'vm drop': 'voice_drop' }).kind — records labelled 'vm drop' now hold kind 1.
 */
export function remapKinds(table: CallTable, typeLabels: Readonly<Record<string, ActivityKind>>): CallTable {
  const codeOfLabel = Uint8Array.from(table.typeLabels, (label) => kindCodeForLabel(label, typeLabels));
  const kind = new Uint8Array(table.kind.length);
  const labels = table.typeLabel;
  const directions = table.direction;
  for (let i = 0; i < table.count; i++) {
    const label = labels[i];
    kind[i] = label !== 0 ? codeOfLabel[label] : KIND_CODE_BY_DIRECTION[directions[i]];
  }
  return { ...table, kind };
}
