/**
 * The automatic-recharge simulation on the default scenario (scenarios/outbound-team.json, October
 * 2026): a 12-month run of 1,000 replications, plain and with card declines and a credit delay
 * (which force more days to be stepped hour by hour), then the 280-cell tuner at 200 replications.
 * Prints wall time and simulated hours per second. A benchmark, not a test: it asserts nothing.
 * Run: npx tsx scripts/bench-recharge.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readExport } from '../src/cli/read-export.ts';
import {
  rechargeInput, ruleFromUsage, runRechargeChunk, runTunerChunk, summarizeRecharge, summarizeTuner, tunerInput, usageByDay, usageModel,
  usageOptions, type RechargeInput,
} from '../src/core/recharge/index.ts';
import { parseScenarioFile } from '../src/core/scenario/scenario-schema.ts';

const path = 'scenarios/outbound-team.json';
const scenario = parseScenarioFile(readFileSync(path, 'utf8'), path);
const timeZone = scenario.timeZone ?? 'UTC';
const { result } = await readExport(resolve(dirname(path), scenario.data!), { spec: scenario.mapping ?? {}, timeZone });
const daily = usageByDay(result.table, usageOptions(), timeZone);
const rule = ruleFromUsage(daily);
const fmt = (x: number, digits = 0) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x);
console.log(`recharge: ${path}, rule from ${rule.month}: $${fmt(rule.usageCents / 100, 2)} used → $${fmt(rule.amountCents / 100, 2)} at $${fmt(rule.thresholdCents / 100, 2)}`);

function simulate(name: string, input: RechargeInput, replications: number): void {
  runRechargeChunk(input, 0, 20); // warm-up: the first calls compile the kernel
  const t0 = performance.now();
  const reps = runRechargeChunk(input, 0, replications);
  const res = summarizeRecharge(input, reps, performance.now() - t0);
  const total = performance.now() - t0;
  const hours = replications * res.days * 24;
  console.log(
    `  ${name}: ${fmt(replications)} × ${res.months} months in ${fmt(total)} ms (simulation ${fmt(res.elapsedMs)} ms, summary ${fmt(total - res.elapsedMs)} ms), ` +
      `${fmt(hours / (res.elapsedMs / 1000) / 1e6, 1)} M hours/s; pZero ${(res.pZero.mean * 100).toFixed(1)} %`,
  );
}

const base = rechargeInput(rule, usageModel(daily), { months: 12, seed: 'bench' });
simulate('12 months, days resampled', base, 1000);
simulate('12 months, 20 % declines, 24 h credit delay, +10 %/month', { ...base, declineProbability: 0.2, creditDelayHours: 24, growthPct: 10 }, 1000);

for (const [name, sim] of [['tuner, plain', base], ['tuner, 20 % declines, 24 h delay', { ...base, declineProbability: 0.2, creditDelayHours: 24 }]] as const) {
  const tuner = tunerInput(sim);
  runTunerChunk(tuner, 0, 2);
  const t0 = performance.now();
  const res = summarizeTuner(tuner, runTunerChunk(tuner, 0, 200), 0);
  const ms = performance.now() - t0;
  const cells = res.cells.length;
  const hours = 200 * cells * 365 * 24;
  const best = res.cheapest === null ? 'none' : `${res.cells[res.cheapest].rechargeDays}/${res.cells[res.cheapest].thresholdDays}`;
  console.log(`  ${name}: ${cells} cells × 200 × 12 months in ${fmt(ms)} ms, ${fmt(hours / (ms / 1000) / 1e6, 0)} M cell-hours/s; cheapest under 1 %: ${best}`);
}
