/** Where two plain-data values differ, as dotted paths: what a variant changed against its base. */
export function changedPaths(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = Array.from(a as Float64Array);
    const y = Array.from(b as Float64Array);
    return x.length === y.length && x.every((v, i) => Object.is(v, y[i])) ? [] : [path];
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [path];
}
