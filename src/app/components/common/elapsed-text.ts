import { formatDuration } from '../../format.ts';

/**
 * A run's elapsed time: seconds with a decimal while short, so a run of 0.4 s does not read as "0 s".
 * Example: elapsedText(420) → '0.4 s'; elapsedText(95_000) → formatDuration(95)
 */
export function elapsedText(ms: number): string {
  return ms < 10_000 ? `${(Math.max(0, ms) / 1000).toFixed(1)} s` : formatDuration(ms / 1000);
}
