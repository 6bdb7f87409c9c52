/**
 * How a user name is joined between roster and usage: lower case, runs of white space (including
 * non-breaking spaces) made one space, trimmed. Nothing else is folded: "J. Smith" and "J Smith" differ.
 * Example: userKey('  Ann\u00a0 LEE ') === 'ann lee'.
 */
export function userKey(name: string): string {
  return name.replace(/\s+/gu, ' ').trim().toLowerCase();
}
