import { describe, expect, it } from 'vitest';
import { busyHourLabel, errorsInWords, formatCents, monthLabel, recommendationText, sharePct, type RecommendationLike } from '../../../../src/app/components/ports/recommendation-text.ts';
import { interval } from './factories.ts';

const quoted = (ports: number, errors: number, blocking = 0.01) => ({ ports, busyHourBlocking: interval(blocking), blockedPerMonth: { mean: errors } });

function rec(overrides: Partial<RecommendationLike> = {}): RecommendationLike {
  return {
    ports: 14,
    met: true,
    busyHourBlocking: { mean: 0.007, lo: 0.006, hi: 0.008 },
    blockedPerMonth: { mean: 23.2 },
    oneFewer: quoted(13, 61.4),
    oneMore: quoted(15, 7.6),
    monthlyCostCents: 35_000,
    ...overrides,
  };
}

const ctx = { busyHourLabel: 'Tuesdays 10:00–11:00', pricePerPortCents: 2500, portsLo: 8, portsHi: 19 };

describe('recommendationText(rec, ctx)', () => {
  it('says how many ports to buy, the busiest hour, the neighbours and the cost', () => {
    const text = recommendationText(rec(), ctx);
    expect(text.headline).toBe('Buy 14 Flex Ports.');
    expect(text.details).toEqual([
      'In the busiest hour (Tuesdays 10:00–11:00) about 0.7 % of port attempts would fail (95 % CI 0.6–0.8 %), about 23 “insufficient ports” errors a month.',
      '13 ports: ~61 errors a month; 15 ports: ~8.',
      'Cost at $25.00/port: $350.00/month.',
    ]);
  });

  it('with retries counts failed attempts per call, since a call can fail more than once', () => {
    expect(recommendationText(rec(), { ...ctx, retries: true }).details[0]).toBe(
      'In the busiest hour (Tuesdays 10:00–11:00) failed attempts, retries included, would come to about 0.7 % of calls (95 % CI 0.6–0.8 %), about 23 “insufficient ports” errors a month.',
    );
  });

  it('leaves out the cost without a price, and a neighbour outside the range', () => {
    const text = recommendationText(rec({ oneFewer: undefined, monthlyCostCents: undefined }), { ...ctx, pricePerPortCents: null });
    expect(text.details).toEqual([
      'In the busiest hour (Tuesdays 10:00–11:00) about 0.7 % of port attempts would fail (95 % CI 0.6–0.8 %), about 23 “insufficient ports” errors a month.',
      '15 ports: ~8 errors a month.',
    ]);
  });

  it('prices the ports itself when the recommendation carries no cost', () => {
    expect(recommendationText(rec({ monthlyCostCents: undefined }), ctx).details.at(-1)).toBe('Cost at $25.00/port: $350.00/month.');
  });

  it('says when no port count in the range meets the target, quoting the largest', () => {
    const text = recommendationText(rec({ met: false, ports: 19, busyHourBlocking: interval(0.031, 0.002), blockedPerMonth: { mean: 140 }, oneMore: undefined }), ctx);
    expect(text.headline).toBe('No port count from 8 to 19 meets the target.');
    expect(text.details[0]).toBe('Even with 19 ports, in the busiest hour (Tuesdays 10:00–11:00) about 3.1 % of port attempts would fail (95 % CI 2.9–3.3 %), about 140 “insufficient ports” errors a month.');
    expect(text.details[1]).toBe('Cost at $25.00/port: $350.00/month.');
    expect(text.details[2]).toMatch(/Raise the most ports/);
  });

  it('suggests one more port when the upper end of the interval misses the target', () => {
    expect(recommendationText(rec({ upperBoundMet: false }), ctx).details.at(-1)).toBe('Allowing for the margin of error, 15 ports would meet the target with more certainty.');
    expect(recommendationText(rec({ upperBoundMet: true }), ctx).details.at(-1)).toMatch(/^Cost/);
  });

  it('says fewer ports may do when the answer is the fewest simulated', () => {
    expect(recommendationText(rec({ oneFewer: undefined }), { ...ctx, portsLo: 14 }).details.at(-1)).toMatch(/^14 is the fewest ports simulated, so fewer may do/);
  });

  it('says so when nothing was blocked at all', () => {
    const text = recommendationText(rec({ ports: 1, busyHourBlocking: interval(0), blockedPerMonth: { mean: 0 }, oneFewer: undefined, oneMore: undefined }), ctx);
    expect(text.headline).toBe('Buy 1 Flex Port.');
    expect(text.details[0]).toBe('In the busiest hour (Tuesdays 10:00–11:00) no port attempt failed in any simulated month, no “insufficient ports” errors a month.');
  });
});

describe('the sentence pieces', () => {
  it('busyHourLabel names the weekday and the hour, Monday 00:00 being 0', () => {
    expect(busyHourLabel(0)).toBe('Mondays 00:00–01:00');
    expect(busyHourLabel(34)).toBe('Tuesdays 10:00–11:00');
    expect(busyHourLabel(167)).toBe('Sundays 23:00–00:00');
  });

  it('sharePct keeps one decimal, or one significant digit below 0.1 %', () => {
    expect(sharePct(0.0071)).toBe('0.7 %');
    expect(sharePct(0.00042)).toBe('0.04 %');
    expect(sharePct(0.153)).toBe('15 %');
    expect(sharePct(0)).toBe('0 %');
    expect(sharePct(0.05, false)).toBe('5.0');
  });

  it('errorsInWords rounds and never says zero for a few', () => {
    expect(errorsInWords(23.4)).toBe('about 23');
    expect(errorsInWords(0.3)).toBe('fewer than one');
    expect(errorsInWords(0)).toBe('no');
    expect(errorsInWords(12_345)).toBe('about 12,345');
  });

  it('formatCents writes dollars and cents', () => {
    expect(formatCents(35_000)).toBe('$350.00');
    expect(formatCents(2_599)).toBe('$25.99');
  });
});

describe('monthLabel(yearMonth)', () => {
  it('names the month', () => {
    expect(monthLabel('2026-11')).toBe('November 2026');
    expect(monthLabel('soon')).toBe('soon');
  });
});
