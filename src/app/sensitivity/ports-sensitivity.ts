/**
 * The Flex Port simulation's tornado: which inputs move, by how much, and the outputs one can
 * watch. Every variant keeps the base input's seed (common random numbers) and, once the plan is
 * made, the same port counts, so blocking and errors are read at one fixed N in every run: the
 * base run's recommendation. A bar then shows how blocking at the ports one would buy moves.
 */
import { recommendPorts, type PortsTarget } from '../../core/ports/recommend-ports.ts';
import { summarizeReplications } from '../../core/ports/summarize-replications.ts';
import type { PortsResult, PortsRow, ReplicationResult, SimulationOptions, TrafficModel } from '../../core/ports/types.ts';
import { formatInt, formatOneDecimal, formatPercent } from '../format.ts';
import { perturb } from './perturb.ts';
import { checkMovePct, signed, type OutputSpec, type SensitivityPlan, type SensitivityVariant } from './sensitivity-plan.ts';
import { sharedPortRange } from './shared-port-range.ts';

/** One run of the Ports tornado: the page's model and options, and its target for the recommendation. */
export interface PortsSensitivityInput {
  model: TrafficModel;
  opts: SimulationOptions;
  target: PortsTarget;
  /** The page simulates its default range: the plan may widen it so every variant's answer fits. */
  rangeIsDefault: boolean;
  /** The peak of port-holding calls observed in the data, which the default range reaches. */
  observedPeak?: number;
}

/** What the tornado keeps of a Ports run: the table, and the port count the target asks for. */
export interface PortsReading {
  table: PortsRow[];
  recommendedPorts: number;
}

export type PortsOutput = 'busyHourBlocking' | 'errorsPerMonth' | 'recommendedPorts';

/** The row of `ports`, or undefined when the run did not simulate that count. */
const rowAt = (r: PortsReading, ports: number): PortsRow | undefined => r.table[ports - (r.table[0]?.ports ?? 0)];

export const PORTS_OUTPUTS: Record<PortsOutput, OutputSpec<PortsReading>> = {
  busyHourBlocking: {
    label: 'Busiest-hour blocking at the recommended ports',
    of: (r, base) => rowAt(r, base.recommendedPorts)?.busyHourBlocking.mean ?? NaN,
    format: (v) => formatPercent(v, 2),
  },
  errorsPerMonth: {
    label: '“Insufficient ports” errors a month at the recommended ports',
    of: (r, base) => rowAt(r, base.recommendedPorts)?.blockedPerMonth.mean ?? NaN,
    format: formatOneDecimal,
  },
  recommendedPorts: { label: 'Recommended number of ports', of: (r) => r.recommendedPorts, format: formatInt },
};

export type PortsVariant = SensitivityVariant<PortsSensitivityInput>;

/** The model with every holding time × factor: means, observed samples and resampled days' durations. */
export function scaleHolding(model: TrafficModel, factor: number): TrafficModel {
  const streams = model.streams.map((s) => ({
    ...s,
    holding: s.holding.kind === 'empirical'
      ? { ...s.holding, meanSec: s.holding.meanSec * factor, samplesSec: s.holding.samplesSec.map((x) => x * factor) }
      : { ...s.holding, meanSec: s.holding.meanSec * factor },
  }));
  const days = model.days && { ...model.days, durationSec: model.days.durationSec.map((x) => x * factor) };
  return { ...model, streams, ...(days ? { days } : {}) };
}

/** Mean holding time over all port-holding calls (streams weighted by their calls), seconds. */
export function meanHoldingSec(model: TrafficModel): number {
  let calls = 0;
  let sec = 0;
  for (const s of model.streams) {
    const n = s.ratePerHour.reduce((a, b) => a + b, 0);
    calls += n;
    sec += n * s.holding.meanSec;
  }
  return calls > 0 ? sec / calls : NaN;
}

const withWhatIf = (base: PortsSensitivityInput, patch: Partial<SimulationOptions['whatIf']>): PortsSensitivityInput => ({
  ...base,
  opts: { ...base.opts, whatIf: { ...base.opts.whatIf, ...patch } },
});

/**
 * Each main input moved down and up by `pct` percent of its value (with a least step where the
 * value may be 0): volume growth (points, least pct/4), mean holding time and arrival volume
 * (× 1 ∓ pct/100; volume as every stream's multiplier, so resampled days thin or copy calls as
 * the page's multipliers do), and the retried share of blocked attempts (least pct/4 points).
 * Example: portsVariants(input, 20)[0] // { label: 'Volume growth, %', lowText: '−5.0 %', highText: '+5.0 %', … } for 0 %
 */
export function portsVariants(base: PortsSensitivityInput, pct: number): PortsVariant[] {
  checkMovePct(pct, 'portsVariants');
  const f = pct / 100;
  const { whatIf } = base.opts;
  const out: PortsVariant[] = [];
  const g = perturb(whatIf.growthPct, { pct, minStep: pct / 4, min: -90, max: 1000 });
  out.push({ label: 'Volume growth, %', lowText: `${signed(g.low, 1)} %`, highText: `${signed(g.high, 1)} %`, low: withWhatIf(base, { growthPct: g.low }), high: withWhatIf(base, { growthPct: g.high }) });
  const mean = meanHoldingSec(base.model);
  const seconds = (factor: number) => (Number.isFinite(mean) ? `${Math.round(mean * factor)} s` : `×${factor.toFixed(2)}`);
  out.push({
    label: 'Mean holding time',
    lowText: seconds(1 - f),
    highText: seconds(1 + f),
    low: { ...base, model: scaleHolding(base.model, 1 - f) },
    high: { ...base, model: scaleHolding(base.model, 1 + f) },
  });
  const volume = (factor: number) => Object.fromEntries(base.model.streams.map((s) => [s.kind, (whatIf.multipliers[s.kind] ?? 1) * factor]));
  out.push({
    label: 'Arrival volume',
    lowText: `×${(1 - f).toFixed(2)}`,
    highText: `×${(1 + f).toFixed(2)}`,
    low: withWhatIf(base, { multipliers: volume(1 - f) }),
    high: withWhatIf(base, { multipliers: volume(1 + f) }),
  });
  const r = perturb(whatIf.retry.share * 100, { pct, minStep: pct / 4, min: 0, max: 100 });
  out.push({
    label: 'Retried share of blocked attempts, %',
    lowText: `${r.low.toFixed(1)} %`,
    highText: `${r.high.toFixed(1)} %`,
    low: withWhatIf(base, { retry: { ...whatIf.retry, share: r.low / 100 } }),
    high: withWhatIf(base, { retry: { ...whatIf.retry, share: r.high / 100 } }),
  });
  return out;
}

/** A run's table and the port count its target asks for (the page's rule: recommendPorts). */
export function portsReading(result: PortsResult, target: PortsTarget): PortsReading {
  return { table: result.table, recommendedPorts: recommendPorts(result, target).ports };
}

/**
 * The Ports tornado: the variants, all on the same port counts (the page's range, or one default
 * range wide enough for every variant), and the Flex Port simulation as a pool job.
 */
export function portsPlan(base: PortsSensitivityInput, pct: number): SensitivityPlan<PortsSensitivityInput, ReplicationResult, PortsReading> {
  const moved = portsVariants(base, pct);
  const range = base.rangeIsDefault
    ? sharedPortRange([base, ...moved.flatMap((v) => [v.low, v.high])].map((i) => ({ model: i.model, whatIf: i.opts.whatIf })), base.observedPeak)
    : { lo: base.opts.portsLo, hi: base.opts.portsHi };
  const fit = (i: PortsSensitivityInput): PortsSensitivityInput => ({ ...i, opts: { ...i.opts, portsLo: range.lo, portsHi: range.hi } });
  return {
    pct,
    seed: base.opts.seed,
    base: fit(base),
    variants: moved.map((v) => ({ ...v, low: fit(v.low), high: fit(v.high) })),
    job: (input, replications) => ({
      task: { kind: 'ports', model: input.model, opts: input.opts },
      replications,
      summarize: (rs, ms) => portsReading(summarizeReplications(input.model, input.opts, rs, ms), input.target),
      workOf: (r) => r.offered,
    }),
    outputs: PORTS_OUTPUTS,
  };
}
