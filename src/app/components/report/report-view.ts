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
 * How the report shows one field of a page's form: in the form's own words, with its unit, and
 * its value the way the form reads it (dollars, not cents).
 */
export interface InputField<T> {
  /** A function for fields inside lists: given the list positions (from 0) and the whole form. */
  label: string | ((at: number[], inputs: T) => string);
  /** Without one, numbers get thousands separators and lists are joined with ", ". */
  value?: (value: never) => string;
  /** Left out: its words already head the fields around it (a plan row's license type). */
  omit?: boolean;
}

/** Fields by path, list positions written as '*': 'growthPct', 'plan.*.startNeed'. */
export type InputFields<T> = Record<string, InputField<T>>;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A value of a known field without its own format: grouped digits, lists joined. */
function plain(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(plain).join(', ');
  return typeof v === 'number' && Number.isFinite(v) ? grouped.format(v) : text(v);
}

/**
 * A page's inputs flattened to label–value rows for a compact table: fields found in `fields` in
 * the form's words and formats, any other field by its path made readable (so a field added to a
 * form still shows, under its own name); lists of plain values joined with ", ", nested objects
 * and lists of objects spelled out by path; at most `limit` rows (a report is read, not audited:
 * the scenario's JSON holds everything).
 * Example: labelledInputRows({ growthPct: 5, seed: 'a' }, { growthPct: { label: 'Growth a month, %' } })
 * // [['Growth a month, %', '5'], ['seed', 'a']]
 */
export function labelledInputRows<T extends object>(inputs: T, fields: InputFields<T>, limit = 120): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (rows.length >= limit) return;
    const field = path.length > 0 ? fields[path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.')] : undefined;
    if (field) {
      if (field.omit) return;
      const at = path.filter((p) => /^\d+$/.test(p)).map(Number);
      const label = typeof field.label === 'string' ? field.label : field.label(at, inputs);
      rows.push([label, field.value ? (field.value as (v: unknown) => string)(value) : plain(value)]);
    } else if (Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')) {
      rows.push([inputLabel(path.join('.')), value.length === 0 ? '(none)' : value.map(text).join(', ')]);
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    } else {
      rows.push([inputLabel(path.join('.')), text(value)]);
    }
  };
  walk(inputs, []);
  return rows;
}

/**
 * A page's inputs flattened by path alone, every field under its own name made readable.
 * Example: inputRows({ growthPct: 5, kinds: ['dial', 'voice'] }) // [['growth pct', '5'], ['kinds', 'dial, voice']]
 */
export function inputRows(inputs: object, limit = 120): [string, string][] {
  return labelledInputRows(inputs, {}, limit);
}

/** The local date as the report prints it: "27 November 2026". */
export function reportDate(when: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(when);
}
