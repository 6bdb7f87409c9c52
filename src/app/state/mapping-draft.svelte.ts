/**
 * The mapping being reviewed before an import: every choice editable, the result a plain Mapping.
 */
import { isValidTimeZone } from '../../core/ingest/index.ts';
import type { ActivityKind, CsvPreview, DateOrder, DurationUnit, FieldKey, Mapping } from '../../core/ingest/types.ts';

/**
 * Activity labels to offer for mapping: the preview's counts when the type column is the proposed
 * one, else counted from the preview rows; labels are trimmed and lower-cased like the importer's.
 */
export function labelsForTypeColumn(preview: CsvPreview, typeColumn: number | undefined): Record<string, number> {
  if (typeColumn === undefined) return {};
  if (typeColumn === preview.proposed.columns.type) return { ...preview.typeLabelsSeen };
  const counts: Record<string, number> = {};
  for (const row of preview.rows) {
    const label = (row[typeColumn] ?? '').trim().toLowerCase();
    if (label) counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

export class MappingDraft {
  columns = $state<Partial<Record<FieldKey, number>>>({});
  durationUnit = $state<DurationUnit>('s');
  dateOrder = $state<DateOrder>('mdy');
  timeZone = $state('UTC');
  costUnit = $state<Mapping['costUnit']>('currency');
  typeLabels = $state<Record<string, ActivityKind>>({});

  timeZoneValid = $derived(this.timeZone.trim() !== '' && isValidTimeZone(this.timeZone.trim()));
  /** Why Import is not possible yet; empty when it is. */
  blockers = $derived.by(() => {
    const reasons: string[] = [];
    if (this.columns.start === undefined) reasons.push('Choose the column that holds each call’s start.');
    if (!this.timeZoneValid) reasons.push('Enter a valid time zone.');
    return reasons;
  });

  /** Carries the fields the form does not edit (header signature, recording-size scale). */
  readonly #initial: Mapping;

  constructor(initial: Mapping) {
    this.#initial = initial;
    this.columns = { ...initial.columns };
    this.durationUnit = initial.durationUnit;
    this.dateOrder = initial.dateOrder;
    this.timeZone = initial.timeZone;
    this.costUnit = initial.costUnit;
    this.typeLabels = { ...initial.typeLabels };
  }

  /** Maps `field` to a column index, or to none. */
  setColumn(field: FieldKey, index: number | undefined): void {
    const next = { ...this.columns };
    if (index === undefined) delete next[field];
    else next[field] = index;
    this.columns = next;
  }

  setLabel(label: string, kind: ActivityKind): void {
    this.typeLabels = { ...this.typeLabels, [label]: kind };
  }

  /** A plain Mapping (no reactive proxies), ready for the worker and IndexedDB. */
  toMapping(): Mapping {
    const { recordingBytesScale, ...initial } = $state.snapshot(this.#initial);
    // The size column's scale was read from its name; another column starts from bytes.
    const sameSizeColumn = this.columns.recordingBytes === initial.columns.recordingBytes;
    return {
      ...initial,
      ...(sameSizeColumn && recordingBytesScale !== undefined ? { recordingBytesScale } : {}),
      columns: $state.snapshot(this.columns),
      durationUnit: this.durationUnit,
      dateOrder: this.dateOrder,
      timeZone: this.timeZone.trim(),
      costUnit: this.costUnit,
      typeLabels: $state.snapshot(this.typeLabels),
    };
  }
}
