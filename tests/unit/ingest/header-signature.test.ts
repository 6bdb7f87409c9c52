import { describe, expect, it } from 'vitest';
import { headerSignature } from '../../../src/core/ingest/header-signature.ts';

describe('headerSignature', () => {
  it('is the same for headers differing only in case, spacing and punctuation', () => {
    expect(headerSignature(['Start Time', 'Duration (s)', 'vru+line'])).toBe(headerSignature(['start_time', ' DURATION S', 'VRU LINE']));
  });

  it('differs when columns are added, removed or reordered', () => {
    const base = headerSignature(['start', 'end']);
    expect(headerSignature(['end', 'start'])).not.toBe(base);
    expect(headerSignature(['start'])).not.toBe(base);
    expect(headerSignature(['start', 'end', 'user'])).not.toBe(base);
  });
});
