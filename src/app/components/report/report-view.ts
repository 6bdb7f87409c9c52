/**
 * The printable report's words and tables: pure functions over the pages' inputs and results,
 * tested without a DOM.
 */

/** "growthPct" → "growth pct", "options.0.name" → "options 1 name": keys people can read in print. */
export function inputLabel(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' ');
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '(default)';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(8))) : '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

/**
 * A page's inputs flattened to label–value rows for a compact table: lists of plain values joined
 * with ", ", nested objects and lists of objects spelled out by path; at most `limit` rows (a
 * report is read, not audited: the scenario's JSON holds everything).
 * Example: inputRows({ growthPct: 5, kinds: ['dial', 'voice'] }) // [['growth pct', '5'], ['kinds', 'dial, voice']]
 */
export function inputRows(inputs: object, limit = 120): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (rows.length >= limit) return;
    if (Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')) {
      rows.push([inputLabel(path), value.length === 0 ? '(none)' : value.map(text).join(', ')]);
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else {
      rows.push([inputLabel(path), text(value)]);
    }
  };
  walk(inputs, '');
  return rows;
}

/** The local date as the report prints it: "27 November 2026". */
export function reportDate(when: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(when);
}
