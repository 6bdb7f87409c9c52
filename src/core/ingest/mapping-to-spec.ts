import type { FieldKey, Mapping, MappingSpec } from './types.ts';

/**
 * A mapping written the way people read it: columns by header name instead of index.
 * The inverse of resolveMappingSpec for the same header.
 * Example: mappingToSpec(['when', 'secs'], { columns: { start: 0, duration: 1 }, … }).columns
 *   → { start: 'when', duration: 'secs' }.
 */
export function mappingToSpec(header: readonly string[], mapping: Mapping): Required<MappingSpec> {
  const columns: Partial<Record<FieldKey, string>> = {};
  for (const [field, index] of Object.entries(mapping.columns) as [FieldKey, number | undefined][]) {
    if (index !== undefined && index >= 0 && index < header.length) columns[field] = header[index]!;
  }
  return {
    columns,
    durationUnit: mapping.durationUnit,
    timeZone: mapping.timeZone,
    dateOrder: mapping.dateOrder,
    typeLabels: { ...mapping.typeLabels },
    costUnit: mapping.costUnit,
  };
}
