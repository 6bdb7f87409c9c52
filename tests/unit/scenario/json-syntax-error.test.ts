import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../src/core/scenario/json-syntax-error.ts';

describe('jsonSyntaxError(text)', () => {
  it.each([
    '{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', 'true', ' null ', '{"a": [1, {"b": false}], "c": "d"}',
    '\ufeff{"version": 1}',
  ])('is null for valid JSON %j', (text) => {
    expect(jsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a property value"],
    ['[1, 2', 1, 6, "expected ',' or ']' after an array element, found the end of the file"],
    ['{"a": x}', 1, 7, "expected a value (an object, array, string, number, true, false or null), found 'x'"],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['[1] 2', 1, 5, 'expected the end of the file after the top-level value'],
    ['{"a": "b\nc"}', 1, 9, 'a line break or control character inside a string'],
    ['"\\x"', 1, 2, 'expected an escape'],
    ['', 1, 1, 'found the end of the file'],
    ['[01]', 1, 3, "expected ',' or ']'"],
  ])('finds the error in %j at line %i, column %i', (text, line, column, problem) => {
    const found = jsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found!.problem).toContain(problem);
    expect(() => JSON.parse(text)).toThrow();
  });
});
