// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contractBuffers } from '../../../src/core/contract/contract-buffers.ts';
import { contractInvoice } from '../../../src/core/contract/contract-invoice.ts';
import { drawNeedPath } from '../../../src/core/contract/draw-need-path.ts';
import { runContractChunk } from '../../../src/core/contract/run-contract-chunk.ts';
import { summarizeContract } from '../../../src/core/contract/summarize-contract.ts';
import type { ContractInput, ContractReplication } from '../../../src/core/contract/types.ts';
import { createStream } from '../../../src/core/random/create-stream.ts';
import { need, option, salesInput, terms } from './contract-fixtures.ts';

const R = 60;
const arrays = (r: ContractReplication) => Object.entries(r).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]);

describe('runContractChunk(input, from, to)', () => {
  it('reproduces with the same seed: one chunk gives the same replications as several', () => {
    const input = salesInput();
    const whole = runContractChunk(input, 0, 12);
    const parts = [...runContractChunk(input, 0, 5), ...runContractChunk(input, 5, 7), ...runContractChunk(input, 7, 12)];
    expect(parts.map(arrays)).toEqual(whole.map(arrays));
    expect(summarizeContract(input, [...parts].reverse(), 1)).toEqual(summarizeContract(input, whole, 1));
    expect(runContractChunk(salesInput('8'), 0, 12).map(arrays)).not.toEqual(whole.map(arrays));
  });

  it('takes plain, structured-cloneable input and returns replications in index order', () => {
    const input = salesInput();
    expect(structuredClone(input)).toEqual(input);
    const results = runContractChunk(structuredClone(input), 8, 12);
    expect(results.map((r) => r.index)).toEqual([8, 9, 10, 11]);
    expect(results.map(arrays)).toEqual(runContractChunk(input, 8, 12).map(arrays));
  });

  it('paired comparison: two identical options differ by exactly zero in every replication', () => {
    const base = salesInput();
    const input: ContractInput = { ...base, options: [base.options[1]!, { ...base.options[1]!, name: 'same again' }] };
    const results = runContractChunk(input, 0, R);
    for (const r of results) {
      expect(r.totalCents[1]! - r.totalCents[0]!).toBe(0);
      expect(r.monthlyBillCents.subarray(24, 48)).toEqual(r.monthlyBillCents.subarray(0, 24));
    }
    expect(summarizeContract(input, results, 1).options[1]!.differenceVsFirst).toEqual({ meanCents: 0, loCents: 0, hiCents: 0 });
  });

  it('plays every option on the same headcount: a shorter term bills its months exactly as the longer one does', () => {
    const base = salesInput();
    const long = { ...base.options[0]!, name: 'long', termMonths: 36 };
    const input: ContractInput = { ...base, options: [long, { ...long, name: 'short', termMonths: 12 }] };
    for (const r of runContractChunk(input, 0, 20)) {
      expect(Array.from(r.monthlyBillCents.subarray(36, 48))).toEqual(Array.from(r.monthlyBillCents.subarray(0, 12)));
      expect(Array.from(r.monthlyBillCents.subarray(48, 72)).every((x) => x === 0)).toBe(true);
    }
  });

  it('a higher floor at the same prices never costs less, replication by replication', () => {
    const base = salesInput();
    const low = option('floor 40', 24, [terms('CRM', 6500, 40, 48), terms('Dialer', 9000, 22, 26)]);
    const high = option('floor 50', 24, [terms('CRM', 6500, 50, 50), terms('Dialer', 9000, 28, 28)]);
    const results = runContractChunk({ ...base, options: [low, high] }, 0, R);
    for (const r of results) {
      for (let m = 0; m < 24; m++) expect(r.monthlyBillCents[24 + m]).toBeGreaterThanOrEqual(r.monthlyBillCents[m]!);
      expect(r.shelfwareCents[1]).toBeGreaterThanOrEqual(r.shelfwareCents[0]!);
    }
  });

  it("each replication's monthly bills add up to its total", () => {
    for (const r of runContractChunk(salesInput(), 0, 10)) {
      for (let o = 0; o < 2; o++) expect(r.monthlyBillCents.subarray(o * 24, o * 24 + 24).reduce((a, b) => a + b, 0)).toBe(r.totalCents[o]);
    }
  });
});

describe('shelfware, floors and lock-outs', () => {
  const steady = (plan: Partial<ContractInput['plan']>, ...options: ContractInput['options']): ContractInput => ({
    seed: '3',
    startDate: '2027-01-01',
    plan: { addLagDays: 0, licenses: [need('Dialer', 40)], ...plan },
    options,
  });

  it('shelfware is zero when the floor is zero and need never falls', () => {
    const input = steady({ licenses: [need('Dialer', 40, { growthPctPerMonth: 2 })] }, option('no floor', 24, [terms('Dialer', 9000, 0, 40)]));
    for (let i = 0; i < 20; i++) {
      const path = drawNeedPath(input.plan, input.startDate, 24, createStream(`3/${i}`));
      const days = path.needByDay[0]!;
      for (let d = 1; d < days.length; d++) expect(days[d]).toBeGreaterThanOrEqual(days[d - 1]!);
    }
    const results = runContractChunk(input, 0, 20);
    expect(results.every((r) => r.shelfwareCents[0] === 0 && r.shelfwareLicenseMonths[0] === 0 && r.monthsAtFloor[0] === 0)).toBe(true);
    expect(results.some((r) => r.totalCents[0]! > 40 * 9000 * 24)).toBe(true);
  });

  it('a floor above a steady need is paid in full: (floor − need) licenses of shelfware every month', () => {
    const input = steady({}, option('floor 50', 12, [terms('Dialer', 9000, 50, 50)]));
    const s = summarizeContract(input, runContractChunk(input, 0, 10), 1).options[0]!;
    expect(s.totalCents).toEqual({ p5: 50 * 9000 * 12, p50: 50 * 9000 * 12, p95: 50 * 9000 * 12, mean: 50 * 9000 * 12 });
    expect(s.shelfware).toEqual({ meanLicenses: 10, meanCents: 10 * 9000 * 12, p95Cents: 10 * 9000 * 12 });
    expect(s.monthsAtFloor).toEqual({ mean: 12, p95: 12 });
    expect(s.lockOut).toEqual({ risk: 0, meanUserDays: 0, meanMonths: 0 });
  });

  it('buys same-day adds without lock-outs, and locks users out when adds lag or a cap stops them', () => {
    const growing = [need('Dialer', 40, { growthPctPerMonth: 3, churnPctPerMonth: 2 })];
    const free = option('free', 12, [terms('Dialer', 9000, 0, 40)]);
    const capped = option('capped', 12, [terms('Dialer', 9000, 0, 40, { cap: 45 })]);
    const prompt = summarizeContract(steady({ licenses: growing }, free, capped), runContractChunk(steady({ licenses: growing }, free, capped), 0, 30), 1);
    expect(prompt.options[0]!.lockOut).toEqual({ risk: 0, meanUserDays: 0, meanMonths: 0 });
    expect(prompt.options[1]!.lockOut.risk).toBe(1);
    expect(prompt.options[1]!.totalCents.mean).toBeLessThan(prompt.options[0]!.totalCents.mean);
    const late = steady({ licenses: growing, addLagDays: 5 }, free);
    const lagged = summarizeContract(late, runContractChunk(late, 0, 30), 1).options[0]!;
    expect(lagged.lockOut.risk).toBeGreaterThan(0.9);
    expect(lagged.lockOut.meanUserDays).toBeGreaterThan(0);
  });
});

describe('summarizeContract(input, results, elapsedMs)', () => {
  const input = salesInput();
  const results = runContractChunk(input, 0, R);
  const summary = summarizeContract(input, results, 123);

  it('reports totals, the monthly fan, shelfware, months at the floor, lock-outs and the paired difference per option', () => {
    expect(summary).toMatchObject({ seed: '7', replications: R, elapsedMs: 123, startDate: '2027-01-01' });
    for (const o of summary.options) {
      expect(o.totalCents.p5).toBeLessThanOrEqual(o.totalCents.p50);
      expect(o.totalCents.p50).toBeLessThanOrEqual(o.totalCents.p95);
      expect(o.fan.map((f) => f.month)).toEqual(Array.from({ length: 24 }, (_, m) => `${2027 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`));
      for (const f of o.fan) expect([f.p5 <= f.p25, f.p25 <= f.p50, f.p50 <= f.p75, f.p75 <= f.p95]).toEqual([true, true, true, true]);
      expect(o.monthlyMeanCents).toBeCloseTo(o.totalCents.mean / 24, 6);
    }
    expect(summary.options[0]!.differenceVsFirst).toBeNull();
    const diff = summary.options[1]!.differenceVsFirst!;
    const mean = results.reduce((a, r) => a + r.totalCents[1]! - r.totalCents[0]!, 0) / R;
    expect(diff.meanCents).toBeCloseTo(mean, 6);
    expect(diff.loCents).toBeLessThan(diff.meanCents);
    expect(diff.hiCents).toBeGreaterThan(diff.meanCents);
    expect(summary.options[0]!.shelfware.meanLicenses).toBeGreaterThan(summary.options[1]!.shelfware.meanLicenses);
  });

  it('refuses a replication given twice', () => {
    expect(() => summarizeContract(input, [results[0]!, results[0]!], 1)).toThrow(/summarizeContract: replication 0 appears twice/);
  });
});

describe('contractBuffers and contractInvoice', () => {
  const input = salesInput();

  it('contractBuffers lists the distinct buffers of the typed arrays, and they transfer', () => {
    const results = runContractChunk(input, 0, 3);
    const buffers = contractBuffers(results);
    expect(buffers).toHaveLength(3 * 7);
    const moved = structuredClone(results, { transfer: buffers });
    expect(moved.map(arrays)).toEqual(runContractChunk(input, 0, 3).map(arrays));
    expect(results[0]!.totalCents.length).toBe(0);
  });

  it("contractInvoice shows a month of a replication exactly as the Monte Carlo billed it, its items adding up", () => {
    const results = runContractChunk(input, 0, 5);
    for (const [o, i, m] of [[0, 0, 0], [1, 2, 6], [0, 4, 23], [1, 3, 12]] as const) {
      const invoice = contractInvoice(input, o, i, m);
      expect(invoice.totalCents).toBe(results[i]!.monthlyBillCents[o * 24 + m]);
      const items = invoice.lines.reduce((a, l) => a + l.amountCents, 0) + invoice.prorations.reduce((a, p) => a + p.amountCents, 0);
      expect(items).toBe(invoice.totalCents);
      expect(invoice.refusals).toEqual([]);
    }
    expect(() => contractInvoice(input, 0, 0, 24)).toThrow(/contractInvoice: monthIndex must be from 0 to 23/);
  });

  it('runContractChunk throws a RangeError naming itself for an option that misses a plan license type', () => {
    const bad = { ...input, options: [option('CRM only', 12, [terms('CRM', 6500, 0, 48)])] };
    expect(() => runContractChunk(bad, 0, 1)).toThrow(/runContractChunk: option 'CRM only' has no terms for license type 'Dialer'/);
  });
});
