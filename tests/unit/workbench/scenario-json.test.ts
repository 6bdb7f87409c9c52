// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scenarioJson } from '../../../src/core/workbench/scenario-json.ts';

describe('scenarioJson(value)', () => {
  it('indents like JSON.stringify(value, null, 2) but keeps lists of numbers on one line', () => {
    expect(scenarioJson({ a: [1, 2.5], b: { c: 'x', d: [] }, e: [{ f: null }], g: {} })).toBe(
      '{\n  "a": [1,2.5],\n  "b": {\n    "c": "x",\n    "d": []\n  },\n  "e": [\n    {\n      "f": null\n    }\n  ],\n  "g": {}\n}\n',
    );
  });

  it('reads back as the same value, leaving out what JSON leaves out', () => {
    const value = { name: 'Plan "B" [1, 2]', rates: [0, 0.25, 1e-7], nested: [[1, 2], ['x']], gone: undefined, when: new Date(0) };
    expect(JSON.parse(scenarioJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
