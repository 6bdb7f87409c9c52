import { jsonSyntaxError } from './json-syntax-error.ts';

/**
 * The value of a JSON file's text (a leading byte-order mark skipped). A syntax error goes to
 * `fail` as "line L, column C" and "not valid JSON: …", so every file format reports it alike.
 * Example: readJsonText('{"a": }', fail) → fail('line 1, column 7', "not valid JSON: expected a value, found '}'")
 */
export function readJsonText(json: string, fail: (where: string, problem: string) => never): unknown {
  const body = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  try {
    return JSON.parse(body);
  } catch {
    const at = jsonSyntaxError(body);
    // The engine refused what the checker could not place: still the reader's message, at the root.
    return at ? fail(`line ${at.line}, column ${at.column}`, `not valid JSON: ${at.problem}`) : fail('$', 'not valid JSON');
  }
}

/**
 * A JSON path from its keys, as messages name places in a file.
 * Example: jsonPath(['ports', 'retry', 'share']) → '$.ports.retry.share';
 *   jsonPath(['traffic', 'callsPerHour', 3]) → '$.traffic.callsPerHour[3]'; jsonPath(['typeLabels', 'voice drop']) → '$.typeLabels["voice drop"]'
 */
export function jsonPath(keys: readonly unknown[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
