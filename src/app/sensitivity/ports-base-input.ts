/**
 * The Ports page's simulation input, built from the page's form the way its manager builds a run
 * (the manager keeps those steps private): the data set's traffic model fitted with the page's
 * choices, the model that came with an opened scenario, or the parametric scenario's; the simulated
 * month; the port range; the what-if knobs and the target. The tornado runs the core job directly
 * with the page's seed, so its runs share random numbers and leave the page's own result alone.
 */
import type { CallTable } from '../../core/ingest/types.ts';
import { defaultPortRange } from '../../core/ports/default-port-range.ts';
import { parametricModel } from '../../core/ports/parametric-model.ts';
import type { TrafficModel } from '../../core/ports/types.ts';
import { expandTrafficModel } from '../../core/workbench/shared-traffic-model.ts';
import { dataWorker } from '../state/data-manager.svelte.ts';
import { whatIfOf } from '../state/ports-inputs.ts';
import type { FitOptions, PortsManager } from '../state/ports-manager.svelte.ts';
import { lastEndMs, messageOf, simulatedMonth } from '../state/ports-run-helpers.ts';
import type { PortsSensitivityInput } from './ports-sensitivity.ts';

/** What of the Ports manager the input is built from (all public, read only). */
export type PortsPage = Pick<PortsManager, 'init' | 'inputs' | 'data' | 'problems' | 'canRun' | 'portKinds' | 'shared'>;

export interface PortsBaseDeps {
  /** Fits a data set's traffic model, as the page does (off the main thread). */
  fitModel: (table: CallTable, opts: FitOptions) => Promise<TrafficModel>;
  now?: () => number;
}

const appDeps: PortsBaseDeps = { fitModel: (table, opts) => dataWorker.guard(dataWorker.api.fitModel(table, opts)) };

/** The page's current input, or why there is none (data still opening, a form problem, a failed fit). */
export async function portsBaseInput(page: PortsPage, deps: PortsBaseDeps = appDeps): Promise<PortsSensitivityInput | { error: string }> {
  await page.init();
  const inputs = page.inputs;
  const data = page.data;
  if (inputs.source === 'data' && !data.active && data.phase === 'starting') return { error: 'The data set is still opening: try again in a moment.' };
  if (!page.canRun) return { error: Object.values(page.problems)[0] ?? 'The Ports page’s inputs cannot run.' };
  const active = inputs.source === 'data' ? data.active : null;
  const shared = inputs.source === 'shared' ? page.shared : null;
  const timeZone = active ? active.mapping.timeZone : shared ? shared.timeZone : data.timeZone;
  let model: TrafficModel;
  try {
    model = active
      ? await deps.fitModel(active.table, { timeZone, portKinds: [...page.portKinds], holding: inputs.holding, arrivals: inputs.arrivals, source: active.name })
      : shared
        ? expandTrafficModel(shared)
        : parametricModel({ timeZone, ...inputs.parametric, cv: inputs.parametric.distribution === 'lognormal' ? inputs.parametric.cv : undefined });
  } catch (err) {
    return { error: `The traffic model could not be built: ${messageOf(err)}` };
  }
  // The month after the data (the sender's, for a shared model), or after today, unless the page picks one.
  const summary = data.summary;
  const afterMs = active
    ? (summary && summary.timeZone === timeZone ? summary.lastMs : lastEndMs(active.table))
    : shared ? shared.dataEndMs : (deps.now ?? Date.now)();
  const horizon = simulatedMonth(timeZone, inputs.horizonMonth, afterMs);
  // The observed peak only counts when the Data page measured it for the same kinds.
  const sameKinds = summary !== null && summary.portKinds.length === page.portKinds.length && summary.portKinds.every((k) => page.portKinds.includes(k));
  const observedPeak = active && sameKinds ? summary.portPeak.concurrent : undefined;
  const whatIf = whatIfOf(inputs);
  const rangeIsDefault = inputs.portsLo === null || inputs.portsHi === null;
  const range = rangeIsDefault ? defaultPortRange(model, whatIf, observedPeak) : { lo: inputs.portsLo!, hi: inputs.portsHi! };
  return {
    model,
    opts: { startMs: horizon.startMs, endMs: horizon.endMs, portsLo: range.lo, portsHi: range.hi, whatIf, seed: inputs.seed },
    target: {
      busyHourBlocking: inputs.targetBusyHourPct === null ? undefined : inputs.targetBusyHourPct / 100,
      maxBlockedPerMonth: inputs.targetErrorsPerMonth === null ? undefined : inputs.targetErrorsPerMonth,
    },
    rangeIsDefault,
    ...(observedPeak !== undefined ? { observedPeak } : {}),
  };
}
