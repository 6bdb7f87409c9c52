/**
 * The key numbers of each simulation page and a way to run the pages one after another with
 * their current inputs. Shared by the scenario comparison and the sensitivity chart, so both read
 * the same numbers the pages show.
 */
import { cheapestOption } from '../components/contract/contract-view.ts';
import { contractManager } from './contract-manager.svelte.ts';
import { portsManager } from './ports-manager.svelte.ts';
import { rechargeManager } from './recharge-manager.svelte.ts';
import { storageManager } from './storage-manager.svelte.ts';

export interface KeyResults {
  ports?: { recommendedPorts: number | null; busyHourBlocking: number | null; monthlyCostCents: number | null };
  recharge?: { pZero: number; rechargesPerMonth: number; idleBalanceCents: number };
  storage?: { fee12Cents: number; firstFeeMonth: string | null };
  contract?: { cheapest: string; totalP50Cents: number };
}

export type RunnablePage = 'ports' | 'recharge' | 'storage' | 'contract';

/**
 * The latest finished run's key numbers of each page. A page whose latest run did not finish
 * (never run, failed, cancelled, running) is left out, so an older run's numbers are never passed
 * off as the current inputs'.
 */
export function keyResults(): KeyResults {
  const out: KeyResults = {};
  // `stale`: the result is of other inputs than the form's (a form that could not run keeps the old one).
  if (portsManager.status === 'done' && portsManager.result && !portsManager.stale) {
    const r = portsManager.recommendation;
    out.ports = {
      recommendedPorts: r ? r.ports : null,
      busyHourBlocking: r ? r.busyHourBlocking.mean : null,
      monthlyCostCents: r?.monthlyCostCents ?? null,
    };
  }
  const recharge = rechargeManager.sim.status === 'done' ? rechargeManager.sim.result : null;
  if (recharge) {
    out.recharge = { pZero: recharge.pZero.mean, rechargesPerMonth: recharge.rechargesPerMonth.mean, idleBalanceCents: recharge.idleBalanceCents.mean };
  }
  const storage = storageManager.sim.status === 'done' ? storageManager.sim.result : null;
  if (storage) out.storage = { fee12Cents: storage.fee12MeanCents, firstFeeMonth: storage.firstFeeMonth };
  // A blocked form does not run, so the result on show would be of earlier inputs.
  const contract = contractManager.sim.status === 'done' && contractManager.blocked === null ? contractManager.sim.result : null;
  if (contract && contract.options.length > 0) {
    const best = contract.options[cheapestOption(contract)]!;
    out.contract = { cheapest: best.name, totalP50Cents: best.totalCents.p50 };
  }
  return out;
}

const runners: Record<RunnablePage, { run: () => Promise<void>; cancel: () => void }> = {
  ports: { run: () => portsManager.run(), cancel: () => portsManager.cancel() },
  recharge: { run: () => rechargeManager.run(), cancel: () => rechargeManager.sim.cancel() },
  storage: { run: () => storageManager.run(), cancel: () => storageManager.sim.cancel() },
  contract: { run: () => contractManager.run(), cancel: () => contractManager.sim.cancel() },
};

/**
 * Runs each page's simulation with its current inputs, one after another, awaiting each. A page
 * that cannot run (its form has a problem) is skipped by its manager; keyResults() then leaves it
 * out. Aborting cancels the run under way and rejects with the signal's reason.
 */
export async function runPages(pages: RunnablePage[], signal?: AbortSignal): Promise<void> {
  for (const page of pages) {
    signal?.throwIfAborted();
    const runner = runners[page];
    const onAbort = () => runner.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await runner.run();
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }
  signal?.throwIfAborted();
}
