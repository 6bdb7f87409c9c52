import { describe, expect, it } from 'vitest';
import { formatDuration, formatLocalDate, formatPercent } from '../../../src/app/format.ts';
import { pathFromHash } from '../../../src/app/router/hash-router.svelte.ts';
import { buildCatalog } from '../../../src/app/scenarios/catalog.ts';

describe('buildCatalog(jsonByPath, csvUrlByPath)', () => {
  const scenario = (id: string, name: string) => ({
    version: 1,
    id,
    name,
    description: `${name} description`,
    data: `${id}.csv`,
    timeZone: 'America/Chicago',
    mapping: { columns: { start: 'Start Time' } },
    seed: 1,
  });

  it('orders scenarios as index.json lists them and keeps its default', () => {
    const catalog = buildCatalog(
      {
        '/scenarios/index.json': { default: 'b', scenarios: ['b', 'a'] },
        '/scenarios/a.json': scenario('a', 'Alpha'),
        '/scenarios/b.json': scenario('b', 'Beta'),
      },
      { '/scenarios/a.csv': '/assets/a-123.csv', '/scenarios/b.csv': '/assets/b-456.csv' },
    );
    expect(catalog.defaultId).toBe('b');
    expect(catalog.list.map((s) => s.id)).toEqual(['b', 'a']);
    expect(catalog.list[1]).toEqual({
      id: 'a',
      name: 'Alpha',
      description: 'Alpha description',
      fileName: 'a.csv',
      dataUrl: '/assets/a-123.csv',
      timeZone: 'America/Chicago',
      mapping: { columns: { start: 'Start Time' } },
    });
  });

  it('leaves out a scenario without its CSV and falls back to the first one as default', () => {
    const catalog = buildCatalog(
      { '/scenarios/index.json': { default: 'gone', scenarios: ['gone', 'a'] }, '/scenarios/gone.json': scenario('gone', 'Gone'), '/scenarios/a.json': scenario('a', 'Alpha') },
      { '/scenarios/a.csv': '/a.csv' },
    );
    expect(catalog.list.map((s) => s.id)).toEqual(['a']);
    expect(catalog.defaultId).toBe('a');
  });

  it('gives an empty catalog when nothing is bundled', () => {
    expect(buildCatalog({}, {})).toEqual({ defaultId: null, list: [] });
  });
});

describe('pathFromHash(hash, paths, fallback)', () => {
  const paths = ['/data', '/ports'];
  it('returns the route a hash names, else the fallback', () => {
    expect(pathFromHash('#/ports', paths, '/data')).toBe('/ports');
    expect(pathFromHash('#/ports?x=1', paths, '/data')).toBe('/ports');
    expect(pathFromHash('', paths, '/data')).toBe('/data');
    expect(pathFromHash('#/nowhere', paths, '/data')).toBe('/data');
  });
});

describe('formatDuration(sec)', () => {
  it('reads as hours and minutes from an hour up, minutes and seconds below', () => {
    expect(formatDuration(11_520)).toBe('3 h 12 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(7199)).toBe('2 h');
    expect(formatDuration(754)).toBe('12 min 34 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(NaN)).toBe('—');
  });
});

describe('formatPercent(share, digits)', () => {
  it('never shows a small non-zero share as zero', () => {
    const pct = (x: number, d?: number) => formatPercent(x, d).replace(/\s/g, '');
    expect(pct(9 / 33_204)).toBe('<0.1%');
    expect(pct(1 / 100_000, 2)).toBe('<0.01%');
    expect(pct(0)).toBe('0.0%');
    expect(pct(0.1234)).toBe('12.3%');
    expect(pct(0.0006)).toBe('0.1%');
  });
});

describe('formatLocalDate(isoDate)', () => {
  it('keeps the calendar date whatever the runtime zone', () => {
    expect(formatLocalDate('2026-03-01')).toMatch(/1/);
    expect(formatLocalDate('2026-03-01')).toMatch(/2026/);
    expect(formatLocalDate('2026-03-01')).not.toMatch(/28|Feb/);
    expect(formatLocalDate('not a date')).toBe('not a date');
  });
});
