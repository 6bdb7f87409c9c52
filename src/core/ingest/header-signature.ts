import { normalizeName } from './normalize-name.ts';

/**
 * A key for "the same kind of export": the header's normalised names joined, so a mapping the user
 * reviewed once can be offered again for the next file with the same header. Case, spacing and
 * punctuation differences do not matter; order and count of columns do.
 * Example: headerSignature(['Start Time', 'Duration (s)']) === headerSignature(['start_time', 'duration s']).
 */
export function headerSignature(header: readonly string[]): string {
  return header.map(normalizeName).join('|');
}
