import { ACTIVITY_KINDS, type ActivityKind } from '../ingest/types.ts';
import type { UsageOptions } from './types.ts';

/** An assumption, not the platform's price: exports without a cost column do not say what a minute costs. */
export const DEFAULT_RATE_CENTS_PER_MIN = 2;
/** Per-minute billing: a 61-second call is two minutes. */
export const DEFAULT_INCREMENT_SEC = 60;
/** Activities that use dialer minutes (domain.md section 3); recording and other do not. */
export const DEFAULT_MINUTE_KINDS: readonly ActivityKind[] = ['dial', 'voice_drop', 'inbound_acd', 'press1'];
/** The platform's multipliers: two weeks' usage recharged when five days' usage is left. */
export const PLATFORM_RECHARGE_DAYS = 14;
export const PLATFORM_THRESHOLD_DAYS = 5;

/**
 * Usage options with the defaults, overridden by `patch`; `kinds` lists the minute kinds by name.
 * Example: usageOptions({ rateCentsPerMin: 1.5 }).minuteKinds → [true, true, true, false, true, false]
 */
export function usageOptions(patch: Partial<UsageOptions> & { kinds?: readonly ActivityKind[] } = {}): UsageOptions {
  const kinds = patch.kinds ?? DEFAULT_MINUTE_KINDS;
  return {
    rateCentsPerMin: patch.rateCentsPerMin ?? DEFAULT_RATE_CENTS_PER_MIN,
    incrementSec: patch.incrementSec ?? DEFAULT_INCREMENT_SEC,
    minuteKinds: patch.minuteKinds ?? ACTIVITY_KINDS.map((k) => kinds.includes(k)),
  };
}
