/**
 * Building blocks of the scenario-file schema (valibot), shared by its sections so every section
 * words its problems the same way: "expected a number from 0 to 1, got \"half\"".
 */
import * as v from 'valibot';

/** A value as it appears in a problem message, cut to 40 characters. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

/** The message of a value that is not `what`. */
export const got = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${show(issue.input)}`;

/** A finite number in [lo, hi] (or above lo), optionally whole. */
export function numberIn(lo: number, hi: number, opts: { whole?: boolean; above?: boolean } = {}) {
  const what = opts.above
    ? `a number above ${lo}`
    : `${opts.whole ? 'a whole number' : 'a number'} from ${lo} to ${hi}`;
  const message = got(what);
  return v.pipe(
    v.number(message),
    v.check((x) => Number.isFinite(x) && (opts.above ? x > lo : x >= lo) && x <= hi && (!opts.whole || Number.isInteger(x)), message),
  );
}

/** A string, named `what` in messages. */
export const text = (what = 'a string') => v.string(got(what));
/** One of the given strings. */
export const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, got(`one of ${options.map((o) => `"${o}"`).join(', ')}`));

/** A strict object: a misspelt property is named rather than silently ignored. */
export function object<const E extends v.ObjectEntries>(entries: E, what: string) {
  const keys = Object.keys(entries).join(', ');
  // valibot takes an array for an object; a scenario never means one.
  const notArray = v.check((x: unknown) => !Array.isArray(x), got(what));
  return v.pipe(
    v.unknown(),
    notArray,
    v.strictObject(entries, (issue) => {
      if (issue.expected === 'never') return `unknown property (expected one of: ${keys})`;
      if (issue.input === undefined && issue.path && issue.path.length > 0 && issue.expected !== 'Object') return 'required, missing';
      return `expected ${what}, got ${show(issue.input)}`;
    }),
  );
}
