import type { DurationUnit } from './types.ts';
import { normalizeName } from './normalize-name.ts';

/*
 * Units written in header names: "Duration (sec)", "Talk time min", "Recording KB", "Cost (cents)".
 */

function words(name: string): string[] {
  return normalizeName(name).split(' ');
}

/**
 * The duration unit a header name states, or null when it states none.
 * Example: durationUnitFromName('Duration (min)') === 'min'; durationUnitFromName('Duration') === null.
 */
export function durationUnitFromName(name: string): DurationUnit | null {
  const w = words(name);
  if (w.includes('hms') || /h+\s*:\s*mm/i.test(name)) return 'hms';
  if (w.some((x) => x === 'min' || x === 'mins' || x === 'minutes' || x === 'm')) return 'min';
  if (w.some((x) => x === 'sec' || x === 'secs' || x === 'seconds' || x === 's')) return 's';
  return null;
}

/**
 * Bytes per unit of a recording-size column from its name: 1024 for KB/KiB, 1024² for MB/MiB, else 1.
 * Example: bytesScaleFromName('Recording KB') === 1024.
 */
export function bytesScaleFromName(name: string): number {
  const w = words(name);
  if (w.includes('kb') || w.includes('kib') || w.includes('kilobytes')) return 1024;
  if (w.includes('mb') || w.includes('mib') || w.includes('megabytes')) return 1024 * 1024;
  return 1;
}

/** Whether a money column's name says its amounts are in cents. Example: namesCents('Cost (cents)') === true. */
export function namesCents(name: string): boolean {
  return words(name).includes('cents');
}
