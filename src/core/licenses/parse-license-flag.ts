const YES = new Set(['yes', 'y', '1', 'x', 'true', 't', 'assigned', '✓', '✔']);
// An empty cell is "not assigned": rosters exported from spreadsheets leave the box blank.
const NO = new Set(['no', 'n', '0', 'false', 'f', '', '-']);

/**
 * A one-license-per-column roster cell as assigned (true), not assigned (false), or unreadable (null).
 * Reads yes/no, y/n, 1/0, x, true/false (any case); an empty cell is false.
 * Example: parseLicenseFlag(' X ') === true; parseLicenseFlag('') === false; parseLicenseFlag('maybe') === null.
 */
export function parseLicenseFlag(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}
