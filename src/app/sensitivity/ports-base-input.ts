/**
 * The Ports page's simulation input for the tornado: what the page's own run simulates
 * (PortsManager.runInput: the same model, fitted once and cached, month, range and what-ifs) plus
 * the form's target. The tornado runs the core job directly with the page's seed, so its runs
 * share random numbers and leave the page's own result alone.
 */
import type { PortsManager } from '../state/ports-manager.svelte.ts';
import { messageOf } from '../state/ports-run-helpers.ts';
import type { PortsSensitivityInput } from './ports-sensitivity.ts';

/** What of the Ports manager the input is built from (all public). */
export type PortsPage = Pick<PortsManager, 'init' | 'inputs' | 'data' | 'problems' | 'canRun' | 'runInput'>;

/** The page's current input, or why there is none (data still opening, a form problem, a failed fit). */
export async function portsBaseInput(page: PortsPage): Promise<PortsSensitivityInput | { error: string }> {
  await page.init();
  const inputs = page.inputs;
  if (inputs.source === 'data' && !page.data.active && page.data.phase === 'starting') return { error: 'The data set is still opening: try again in a moment.' };
  if (!page.canRun) return { error: Object.values(page.problems)[0] ?? 'The Ports page’s inputs cannot run.' };
  let run;
  try {
    run = await page.runInput();
  } catch (err) {
    return { error: `The traffic model could not be built: ${messageOf(err)}` };
  }
  return {
    model: run.model,
    opts: run.opts,
    target: {
      busyHourBlocking: inputs.targetBusyHourPct === null ? undefined : inputs.targetBusyHourPct / 100,
      maxBlockedPerMonth: inputs.targetErrorsPerMonth === null ? undefined : inputs.targetErrorsPerMonth,
    },
    rangeIsDefault: run.rangeIsDefault,
    ...(run.observedPeak !== undefined ? { observedPeak: run.observedPeak } : {}),
  };
}
