/**
 * The Contract page's state: the form (remembered), the options' edits, and the Monte Carlo of
 * every option on the same drawn headcount in the worker pool. The input of the run on show is
 * kept, so an invoice is always of the contract that was simulated, not of the form as edited since.
 */
import { summarizeContract } from '../../core/contract/summarize-contract.ts';
import type { ContractInput, ContractReplication, ContractSummary } from '../../core/contract/types.ts';
import type { TaskJob } from '../workers/sim-pool.ts';
import { SimPool } from '../workers/sim-pool.ts';
import {
  contractInputOf, contractProblems, copyName, defaultContractInputs, MAX_OPTIONS, MIN_OPTIONS, restoreContractInputs,
  type ContractInputs, type NeedInputs, type OptionInputs, type OptionTermsInputs,
} from './contract-inputs.ts';
import { PageInputs, type PageStore } from './page-inputs.svelte.ts';
import { SimRun, type TaskPoolLike } from './sim-run.svelte.ts';

export interface ContractManagerDeps {
  createPool: () => TaskPoolLike;
  openStore?: () => Promise<PageStore>;
}

export class ContractManager {
  readonly form: PageInputs<'contractInputs', ContractInputs>;
  readonly sim: SimRun<ContractSummary>;
  /** The input of the latest run started: what the results and the invoices are of. */
  ran = $state.raw<ContractInput | null>(null);

  constructor(deps: ContractManagerDeps) {
    this.form = new PageInputs('contractInputs', defaultContractInputs, restoreContractInputs, deps.openStore);
    this.sim = new SimRun<ContractSummary>(deps.createPool);
  }

  get inputs(): ContractInputs {
    return this.form.inputs;
  }

  get problems(): Record<string, string> {
    return contractProblems(this.inputs);
  }

  /** Why the run button is off, in words; null when it is on. */
  get blocked(): string | null {
    return Object.values(this.problems)[0] ?? null;
  }

  init(): Promise<void> {
    return this.form.init();
  }

  update(patch: Partial<ContractInputs>): Promise<void> {
    return this.form.update(patch);
  }

  setNeed(t: number, patch: Partial<NeedInputs>): Promise<void> {
    return this.update({ plan: this.inputs.plan.map((n, i) => (i === t ? { ...n, ...patch } : n)) });
  }

  setOption(k: number, patch: Partial<OptionInputs>): Promise<void> {
    return this.update({ options: this.inputs.options.map((o, i) => (i === k ? { ...o, ...patch } : o)) });
  }

  setTerms(k: number, t: number, patch: Partial<OptionTermsInputs>): Promise<void> {
    const o = this.inputs.options[k];
    if (!o) return Promise.resolve();
    return this.setOption(k, { licenses: o.licenses.map((l, i) => (i === t ? { ...l, ...patch } : l)) });
  }

  get canAdd(): boolean {
    return this.inputs.options.length < MAX_OPTIONS;
  }

  get canRemove(): boolean {
    return this.inputs.options.length > MIN_OPTIONS;
  }

  /** A copy of option `k` placed after it. */
  duplicateOption(k: number): Promise<void> {
    const o = this.inputs.options[k];
    if (!o || !this.canAdd) return Promise.resolve();
    const copy: OptionInputs = { ...o, name: copyName(o.name, this.inputs.options.map((x) => x.name.trim())), licenses: o.licenses.map((l) => ({ ...l })) };
    return this.update({ options: [...this.inputs.options.slice(0, k + 1), copy, ...this.inputs.options.slice(k + 1)] });
  }

  removeOption(k: number): Promise<void> {
    if (!this.canRemove) return Promise.resolve();
    return this.update({ options: this.inputs.options.filter((_, i) => i !== k) });
  }

  /** Every option on the same headcount, in the worker pool; never starts with bad inputs. */
  run(): Promise<void> {
    if (this.blocked !== null) return Promise.resolve();
    const input = contractInputOf(this.inputs);
    const months = Math.max(...input.options.map((o) => o.termMonths));
    return this.sim.run<ContractReplication>(() => {
      this.ran = input;
      const job: TaskJob<ContractReplication, ContractSummary> = {
        task: { kind: 'contract', input },
        replications: this.inputs.replications,
        summarize: (rs, ms) => summarizeContract(input, rs, ms),
        workOf: () => months * input.options.length,
      };
      return job;
    });
  }
}

/** The app's Contract page state; its worker pool starts on the first run. */
export const contractManager = new ContractManager({ createPool: () => new SimPool() });
