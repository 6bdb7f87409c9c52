/** ISO 8601 UTC for an epoch-ms instant, or null when there is none (empty data). */
export function isoUtc(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
