/** Small pieces of a Ports run that need no state: cancelling a wait, the month simulated. */
import { wallTimeToUtcMs } from '../../core/ingest/index.ts';
import type { CallTable } from '../../core/ingest/types.ts';
import { defaultHorizon } from '../../core/ports/default-horizon.ts';

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Whether a run ended because it was cancelled (its signal, or the pool's own cancel). */
export function isCancel(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'SimCancelledError');
}

/** Resolves like `promise`, or rejects as soon as `signal` aborts (the promise itself runs on). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('Cancelled', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Cancelled', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The instant the last call of a data set ends (UTC ms); −Infinity for an empty table. */
export function lastEndMs(table: CallTable): number {
  let last = -Infinity;
  for (let i = 0; i < table.count; i++) {
    const end = table.startMs[i]! + table.durationSec[i]! * 1000;
    if (end > last) last = end;
  }
  return last;
}

/**
 * The calendar month simulated, in `timeZone`: `yearMonth` ('YYYY-MM') when chosen, else the first
 * month starting at or after `afterMs` (the end of the data, or now).
 * Example: simulatedMonth('UTC', '2027-02', 0) → { startMs: Date.UTC(2027, 1, 1), endMs: Date.UTC(2027, 2, 1), label: '2027-02' }
 */
export function simulatedMonth(timeZone: string, yearMonth: string | null, afterMs: number): { startMs: number; endMs: number; label: string } {
  const m = yearMonth ? /^(\d{4})-(\d{2})$/.exec(yearMonth) : null;
  // defaultHorizon takes the first month starting at or after an instant: that month's first midnight.
  if (m) return defaultHorizon(timeZone, wallTimeToUtcMs(timeZone, Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  return defaultHorizon(timeZone, afterMs);
}
