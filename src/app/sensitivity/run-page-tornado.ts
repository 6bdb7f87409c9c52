/**
 * Starts a page's tornado from the page's current inputs: the base input as the page's manager
 * would run it, its variants moved by ±pct %, or the page's own words on why it cannot run.
 */
import { portsManager } from '../state/ports-manager.svelte.ts';
import { rechargeManager, type RechargeManager } from '../state/recharge-manager.svelte.ts';
import { storageManager } from '../state/storage-manager.svelte.ts';
import { portsBaseInput, type PortsPage } from './ports-base-input.ts';
import { portsPlan } from './ports-sensitivity.ts';
import { rechargeBaseInput } from './recharge-base-input.ts';
import { rechargePlan } from './recharge-sensitivity.ts';
import type { SensitivityPage } from './sensitivity-plan.ts';
import type { SensitivityRun } from './sensitivity-run.svelte.ts';
import { storageBaseInput, type StoragePage } from './storage-base-input.ts';
import { storagePlan } from './storage-sensitivity.ts';

export interface SensitivityManagers {
  recharge: RechargeManager;
  ports: PortsPage;
  storage: StoragePage;
}

const appManagers: SensitivityManagers = { recharge: rechargeManager, ports: portsManager, storage: storageManager };

const isError = (x: object): x is { error: string } => 'error' in x;

/** The plan `make` builds from a base input, or the base input's problem in the page's words. */
function planOr<T extends object, P>(base: T | { error: string }, make: (base: T) => P): P | { problem: string } {
  return isError(base) ? { problem: base.error } : make(base);
}

/** Runs `page`'s tornado on `run`, each input moved by ±`pct` %, `replications` a run; resolves however it ends. */
export function runPageTornado(run: SensitivityRun, page: SensitivityPage, pct: number, replications: number, managers: SensitivityManagers = appManagers): Promise<void> {
  switch (page) {
    case 'recharge':
      return run.run(page, async () => planOr(await rechargeBaseInput(managers.recharge), (b) => rechargePlan(b, pct)), replications);
    case 'ports':
      return run.run(page, async () => planOr(await portsBaseInput(managers.ports), (b) => portsPlan(b, pct)), replications);
    case 'storage':
      return run.run(page, async () => planOr(await storageBaseInput(managers.storage), (b) => storagePlan(b, pct)), replications);
  }
}
