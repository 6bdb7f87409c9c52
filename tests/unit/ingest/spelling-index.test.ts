import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../../../src/core/ingest/spelling-index.ts';

describe('SpellingIndex', () => {
  it('returns the stored code for an equal string and -1 for an unknown one', () => {
    const index = new SpellingIndex();
    index.set('Inbound', 1);
    index.set('Outbound', 2);
    expect(index.get('Inbound')).toBe(1);
    expect(index.get('Out' + 'bound')).toBe(2);
    expect(index.get('inbound')).toBe(-1);
    expect(index.get('')).toBe(-1);
    expect(index.size).toBe(2);
  });

  it('tells apart spellings that share length and sampled characters', () => {
    // Same length, first, middle and last two characters: only a full comparison separates them.
    const names = Array.from({ length: 40 }, (_, i) => `Agent ${String.fromCharCode(65 + (i % 26))}${i < 26 ? 'x' : 'y'}-01`);
    const index = new SpellingIndex();
    names.forEach((name, i) => index.set(name, i));
    names.forEach((name, i) => expect(index.get(name)).toBe(i));
  });

  it('keeps answering past its own table, for columns with many distinct values', () => {
    const index = new SpellingIndex();
    for (let i = 0; i < 5000; i++) index.set(`user-${i}`, i);
    expect(index.size).toBe(5000);
    for (const i of [0, 511, 512, 4999]) expect(index.get(`user-${i}`)).toBe(i);
    expect(index.get('user-5000')).toBe(-1);
  });
});
