export { parseDateDays } from './parse-date.ts';
export { parseTimeOfDaySec } from './parse-time-of-day.ts';
export { makeTimestampParser, makeDateTimeParser } from './parse-timestamp.ts';
export { parseDurationSec } from './parse-duration.ts';
export {
  looksLikeTimestamp,
  looksLikeDate,
  looksLikeTimeOfDay,
  looksLikeHms,
  looksLikeNumber,
  guessDateOrder,
} from './looks-like.ts';
export { zoneOffsetMs, wallTimeToUtcMs, isValidTimeZone } from './zone-offset.ts';
