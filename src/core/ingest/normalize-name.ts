/**
 * A header name reduced for matching: lower case, every run of characters other than letters and
 * digits turned into one space, trimmed.
 * Example: normalizeName(' Duration (sec) ') === 'duration sec'; normalizeName('ser_start') === 'ser start'.
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
