import type { RosterStatus } from './types.ts';

const ACTIVE = new Set(['active', 'enabled', 'visible', 'yes', 'y', '1', 'true']);
// The platform "deletes" by hiding (domain.md section 1); exports call it several things.
const HIDDEN = new Set(['hidden', 'deleted', 'inactive', 'disabled', 'removed', 'archived', 'no', 'n', '0', 'false']);

/**
 * A roster status cell as 'active' or 'hidden', or null when it is neither (an empty cell included).
 * Example: parseRosterStatus(' Deleted ') === 'hidden'; parseRosterStatus('') === null.
 */
export function parseRosterStatus(cell: string): RosterStatus | null {
  const v = cell.trim().toLowerCase();
  if (ACTIVE.has(v)) return 'active';
  if (HIDDEN.has(v)) return 'hidden';
  return null;
}
