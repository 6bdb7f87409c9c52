/**
 * The name of a downloaded file says what and when: `headroom-recharge-fan-2026-11-27.png`.
 * `what` is cut down to lower-case letters, digits and dashes; the date is the local calendar date.
 * Example: exportFileName('Recharge fan', 'png', new Date(2026, 10, 27)) // 'headroom-recharge-fan-2026-11-27.png'
 */
export function exportFileName(what: string, ext: string, when: Date = new Date()): string {
  const name = what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `headroom-${name}-${date}.${ext}`;
}
