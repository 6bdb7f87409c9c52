/**
 * A scenario as the text of an exported file: indented JSON, except that a list of numbers stays
 * on one line. A traffic model holds 168 rates per stream and a hundred quantiles; one number per
 * line would make the file thousands of lines long and the forms above it hard to find.
 */

function write(value: unknown, indent: string): string | undefined {
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'number')) return JSON.stringify(value);
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((x) => inner + (write(x, inner) ?? 'null')).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const inner = indent + '  ';
    const entries = Object.entries(value as Record<string, unknown>).flatMap(([k, x]) => {
      const text = write(x, inner);
      // As JSON.stringify does: a property whose value has no JSON form is left out.
      return text === undefined ? [] : [`${inner}${JSON.stringify(k)}: ${text}`];
    });
    return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
  }
  return JSON.stringify(value);
}

/**
 * Example: scenarioJson({ a: [1, 2], b: { c: 'x' } })
 *   // '{\n  "a": [1,2],\n  "b": {\n    "c": "x"\n  }\n}\n'
 */
export function scenarioJson(value: unknown): string {
  return (write(value, '') ?? 'null') + '\n';
}
