import { headerSignature } from './header-signature.ts';
import { bytesScaleFromName, durationUnitFromName } from './name-hints.ts';
import { applyNamedColumns, listColumns } from './named-columns.ts';
import { isValidTimeZone } from './time/index.ts';
import {
  ACTIVITY_KINDS, FIELD_KEYS, ImportFileError,
  type ActivityKind, type Mapping, type MappingSpec,
} from './types.ts';

/**
 * A mapping written by people (column names, as in scenario files and CLI flags) made concrete for
 * one header, on top of `base` (usually `proposeMapping`'s): named columns replace the base's, an
 * empty name removes the field; naming only one of end/duration drops the other from the base, so
 * `--end` means "use the end". Names match ignoring case and spaces. Throws ImportFileError
 * 'bad-mapping' for a name not in the header (the message lists the columns), an unknown zone or
 * kind, and 'no-time-column' when the result has no start, or neither end nor duration.
 * Example:
 *   resolveMappingSpec(['Date', 'ser_start', 'ser_exit'], { columns: { start: 'SER_START', end: 'ser_exit' } }, base).columns
 *   // { ...base.columns, start: 1, end: 2 }
 */
export function resolveMappingSpec(header: readonly string[], spec: MappingSpec, base: Mapping): Mapping {
  const named = spec.columns ?? {};
  const columns = applyNamedColumns(header, FIELD_KEYS, named, base.columns, 'column', false);
  if (named.end !== undefined && named.duration === undefined) delete columns.duration;
  if (named.duration !== undefined && named.end === undefined) delete columns.end;

  if (columns.start === undefined) {
    throw new ImportFileError('no-time-column', `No column is mapped to the call start; the columns are: ${listColumns(header)}.`);
  }
  if (columns.end === undefined && columns.duration === undefined) {
    throw new ImportFileError('no-time-column', `Neither an end nor a duration column is mapped; the columns are: ${listColumns(header)}.`);
  }

  const timeZone = spec.timeZone ?? base.timeZone;
  if (!isValidTimeZone(timeZone)) {
    throw new ImportFileError('bad-mapping', `Unknown time zone '${timeZone}' (expected an IANA name such as 'America/New_York').`);
  }
  const typeLabels: Record<string, ActivityKind> = { ...base.typeLabels };
  for (const [label, kind] of Object.entries(spec.typeLabels ?? {})) {
    if (!ACTIVITY_KINDS.includes(kind)) {
      throw new ImportFileError('bad-mapping', `Unknown activity kind '${kind}' for '${label}'; the kinds are: ${ACTIVITY_KINDS.join(', ')}.`);
    }
    Object.defineProperty(typeLabels, label.trim().toLowerCase(), { value: kind, enumerable: true, writable: true, configurable: true });
  }

  // A duration or size column chosen by name brings the unit its name states.
  const durationMoved = columns.duration !== undefined && columns.duration !== base.columns.duration;
  const durationUnit = spec.durationUnit
    ?? (durationMoved ? durationUnitFromName(header[columns.duration!]) ?? base.durationUnit : base.durationUnit);
  const mapping: Mapping = {
    columns,
    durationUnit,
    timeZone,
    dateOrder: spec.dateOrder ?? base.dateOrder,
    typeLabels,
    costUnit: spec.costUnit ?? base.costUnit,
    headerSignature: headerSignature(header),
  };
  if (columns.recordingBytes !== undefined) {
    const scale = columns.recordingBytes === base.columns.recordingBytes
      ? base.recordingBytesScale ?? 1
      : bytesScaleFromName(header[columns.recordingBytes]);
    if (scale !== 1) mapping.recordingBytesScale = scale;
  }
  return mapping;
}
