/**
 * The Licenses page's state: the roster (read in the data worker, remembered with the form), its
 * join to the active usage data set (the per-user findings and the pools' observed picture, also
 * in the data worker), and the pool sizing run in the worker pool, from which the pool findings follow.
 */
import type { ActivityKind, CallTable } from '../../core/ingest/types.ts';
import type { DiagnoseOptions } from '../../core/licenses/diagnose-licenses.ts';
import { poolFindings } from '../../core/licenses/pool-findings.ts';
import { summarizePools } from '../../core/licenses/summarize-pools.ts';
import type {
  Finding, LicenseType, PoolChunkResult, PoolObserved, PoolSimInput, PoolSizing, PoolSizingOptions,
  RosterEntry, RosterField, RosterImport, RosterSpec,
} from '../../core/licenses/types.ts';
import sampleRosterUrl from '../../../scenarios/roster-outbound-team.csv?url';
import { assignedCounts, avoidableCents, poolNeeds } from '../components/licenses/licenses-view.ts';
import type { DataSet } from '../persistence/types.ts';
import { SimPool, type TaskJob } from '../workers/sim-pool.ts';
import type { Outcome } from '../workers/data-worker-client.ts';
import { dataManager, dataWorker } from './data-manager.svelte.ts';
import { defaultLicensesInputs, licensesProblems, restoreLicensesInputs, ROSTER_MAX_CHARS, type LicensesInputs } from './licenses-inputs.ts';
import { PageInputs, type PageStore } from './page-inputs.svelte.ts';
import { messageOf } from './ports-run-helpers.ts';
import { SimRun, type TaskPoolLike } from './sim-run.svelte.ts';

/** The bundled roster that goes with the default outbound-team scenario (deliberate problems included). */
export const SAMPLE_ROSTER = { name: 'roster-outbound-team.csv', url: sampleRosterUrl };

/** A pool this much above its need (share of the need) is shelfware: the core's default, as the CLI uses it. */
const SHELFWARE_SLACK = 0.25;

export interface Diagnosis {
  findings: Finding[];
  input: PoolSimInput;
  observed: PoolObserved[];
}

export interface PoolRunResult {
  sizing: PoolSizing[];
  /** The diagnosis the run sized: a later roster or setting makes the answer stale. */
  diagnosisKey: string;
  targetShortShare: number;
}

export interface LicensesDataSource {
  readonly active: DataSet | null;
  readonly portKinds: readonly ActivityKind[];
}

export interface LicensesManagerDeps {
  data: LicensesDataSource;
  createPool: () => TaskPoolLike;
  importRoster: (text: string, spec: RosterSpec) => Promise<Outcome<RosterImport>>;
  diagnose: (roster: RosterEntry[], table: CallTable, diagnose: DiagnoseOptions, pools: PoolSizingOptions) => Promise<Diagnosis>;
  fetchText: (url: string) => Promise<string>;
  openStore?: () => Promise<PageStore>;
}

export type Status = 'none' | 'loading' | 'ready' | 'failed';

/** The page's key numbers, as a scenario keeps them (money in integer cents a month). */
export interface LicensesKeyResult {
  /** Every license the roster assigns, hidden users' included (they are still billed), at the assumed prices. */
  monthlyCostCents: number;
  /** The avoidable part: hidden users' licenses and pools above their need (the Findings card's number). */
  avoidableCents: number;
  findings: number;
}

/** What the roster's licenses cost a month at `pricesCents`. */
export function rosterMonthlyCents(roster: readonly RosterEntry[], pricesCents: Record<LicenseType, number>): number {
  let total = 0;
  for (const e of roster) for (const t of e.licenses) total += pricesCents[t];
  return total;
}

export class LicensesManager {
  readonly form: PageInputs<'licensesInputs', LicensesInputs>;
  readonly sim: SimRun<PoolRunResult>;
  roster = $state.raw<RosterImport | null>(null);
  rosterStatus = $state<Status>('none');
  rosterError = $state<string | null>(null);
  diagnosis = $state.raw<Diagnosis | null>(null);
  diagnosisStatus = $state<Status>('none');
  diagnosisError = $state<string | null>(null);

  readonly #deps: LicensesManagerDeps;
  #rosterRun = 0;
  /** Bumped with each roster import, so the diagnosis key follows the roster without hashing it. */
  #rosterVersion = $state(0);
  #diagnosisKey = '';

  constructor(deps: LicensesManagerDeps) {
    this.#deps = deps;
    this.form = new PageInputs('licensesInputs', defaultLicensesInputs, restoreLicensesInputs, deps.openStore);
    this.sim = new SimRun<PoolRunResult>(deps.createPool);
  }

  get inputs(): LicensesInputs {
    return this.form.inputs;
  }

  get data(): LicensesDataSource {
    return this.#deps.data;
  }

  get problems(): Partial<Record<keyof LicensesInputs, string>> {
    return licensesProblems(this.inputs);
  }

  /** What the diagnosis depends on: the data set, the roster, the prices and the session gap. */
  get diagnosisKey(): string {
    const i = this.inputs;
    return JSON.stringify([this.data.active?.id ?? null, this.#rosterVersion, i.pricesCents, i.gapMin, [...this.data.portKinds].sort()]);
  }

  /** Why the pool sizing cannot run, in words; null when it can. */
  get blocked(): string | null {
    if (!this.data.active) return 'Load a usage data set on the Data page first.';
    if (!this.roster) return 'Choose a roster first.';
    const p = this.problems;
    const first = p.replications ?? p.seed ?? p.targetPct ?? p.gapMin ?? p.pricesCents;
    if (first) return first;
    if (this.diagnosisStatus !== 'ready') return 'Joining the roster to the usage…';
    return null;
  }

  /** The latest sizing, when it was run on the diagnosis now shown. */
  get sizing(): PoolSizing[] | null {
    const r = this.sim.result;
    return r && r.diagnosisKey === this.#diagnosisKey && this.diagnosis ? r.sizing : null;
  }

  /** A finished sizing that no longer matches the roster, data set or settings. */
  get sizingStale(): boolean {
    return this.sim.result !== null && this.sizing === null;
  }

  /** Pool findings (short, shelfware) from the sizing, against the roster's holders. */
  get poolFindings(): Finding[] {
    const sizing = this.sizing;
    if (!sizing || !this.diagnosis || !this.roster) return [];
    return poolFindings(poolNeeds(this.diagnosis.observed, sizing), assignedCounts(this.roster.roster), this.inputs.pricesCents, SHELFWARE_SLACK);
  }

  /**
   * The key numbers once the roster check and the pool sizing are both of the current roster, data
   * set and settings (the pool findings need the sizing); null before.
   */
  get keyResult(): LicensesKeyResult | null {
    const d = this.diagnosis;
    if (!this.roster || !d || this.diagnosisStatus !== 'ready' || this.#diagnosisKey !== this.diagnosisKey || !this.sizing) return null;
    const findings = [...d.findings, ...this.poolFindings];
    return {
      monthlyCostCents: rosterMonthlyCents(this.roster.roster, this.inputs.pricesCents),
      avoidableCents: avoidableCents(findings),
      findings: findings.length,
    };
  }

  async init(): Promise<void> {
    await this.form.init();
    if (this.inputs.roster && !this.roster) await this.reimport();
  }

  update(patch: Partial<LicensesInputs>): Promise<void> {
    return this.form.update(patch);
  }

  /** A roster chosen or dropped by the user: read whole (rosters are small), its own mapping proposed. */
  async loadRosterFile(file: Blob, name: string): Promise<void> {
    if (file.size > ROSTER_MAX_CHARS) {
      this.#failRoster(`${name} is ${(file.size / 1_048_576).toFixed(1)} MB; a roster is a list of users and should be far smaller. Is this the usage export?`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      this.#failRoster(`${name} could not be read: ${messageOf(err)}`);
      return;
    }
    await this.loadRosterText(text, name);
  }

  async useSampleRoster(): Promise<void> {
    this.rosterStatus = 'loading';
    try {
      await this.loadRosterText(await this.#deps.fetchText(SAMPLE_ROSTER.url), SAMPLE_ROSTER.name);
    } catch (err) {
      this.#failRoster(`The sample roster could not be loaded: ${messageOf(err)}`);
    }
  }

  async loadRosterText(text: string, name: string): Promise<void> {
    await this.update({ roster: { text, name }, rosterColumns: {} });
    await this.reimport();
  }

  /** Maps `field` to the column called `column` ('' for none) and reads the roster again. */
  async setColumn(field: RosterField, column: string): Promise<void> {
    await this.update({ rosterColumns: { ...this.inputs.rosterColumns, [field]: column } });
    await this.reimport();
  }

  /** Back to the mapping proposed from the header. */
  async resetMapping(): Promise<void> {
    await this.update({ rosterColumns: {} });
    await this.reimport();
  }

  async clearRoster(): Promise<void> {
    this.#rosterRun++;
    await this.update({ roster: null, rosterColumns: {} });
    this.roster = null;
    this.rosterStatus = 'none';
    this.rosterError = null;
    this.#rosterVersion++;
  }

  /** Reads the stored roster text with the stored mapping; a newer read overtakes an older one. */
  async reimport(): Promise<void> {
    const source = this.inputs.roster;
    if (!source) return;
    const run = ++this.#rosterRun;
    this.rosterStatus = 'loading';
    this.rosterError = null;
    try {
      const outcome = await this.#deps.importRoster(source.text, { columns: { ...this.inputs.rosterColumns } });
      if (run !== this.#rosterRun) return;
      if (outcome.ok) {
        this.roster = outcome.value;
        this.rosterStatus = 'ready';
      } else {
        this.#failRoster(outcome.message);
      }
    } catch (err) {
      if (run !== this.#rosterRun) return;
      this.#failRoster(`The roster could not be read: ${messageOf(err)}`);
    }
    this.#rosterVersion++;
  }

  /** Joins the roster to the active data set, once per diagnosis key. */
  async diagnose(): Promise<void> {
    const active = this.data.active;
    const roster = this.roster;
    const key = this.diagnosisKey;
    if (!active || !roster || Object.keys(this.problems).some((k) => k === 'pricesCents' || k === 'gapMin')) {
      this.diagnosis = null;
      this.diagnosisStatus = 'none';
      this.#diagnosisKey = '';
      return;
    }
    if (key === this.#diagnosisKey && this.diagnosisStatus !== 'failed') return;
    this.#diagnosisKey = key;
    this.diagnosisStatus = 'loading';
    this.diagnosisError = null;
    const i = this.inputs;
    const portKinds = [...this.data.portKinds];
    try {
      const result = await this.#deps.diagnose(
        roster.roster,
        active.table,
        { pricesCents: { ...i.pricesCents }, portKinds, rejectedUsers: roster.rejectedUsers },
        { timeZone: active.mapping.timeZone, gapSec: i.gapMin * 60, portKinds },
      );
      if (key !== this.#diagnosisKey) return;
      this.diagnosis = result;
      this.diagnosisStatus = 'ready';
    } catch (err) {
      if (key !== this.#diagnosisKey) return;
      this.diagnosis = null;
      this.diagnosisStatus = 'failed';
      this.diagnosisError = `The roster could not be joined to the usage: ${messageOf(err)}`;
    }
  }

  /** The pool sizing over resampled days, in the worker pool. */
  runPools(): Promise<void> {
    return this.sim.run<PoolChunkResult>(() => {
      const d = this.diagnosis;
      if (!d || this.blocked) throw new Error(this.blocked ?? 'Nothing to size yet.');
      const i = this.inputs;
      const input: PoolSimInput = { ...d.input, replications: i.replications, seed: i.seed, targetShortShare: i.targetPct / 100 };
      const diagnosisKey = this.#diagnosisKey;
      const job: TaskJob<PoolChunkResult, PoolRunResult> = {
        task: { kind: 'pools', input },
        replications: input.replications,
        summarize: (rs) => ({ sizing: summarizePools(input, rs), diagnosisKey, targetShortShare: input.targetShortShare }),
        workOf: () => input.horizonDays,
        // A summary needs every replication (summarizePools checks 0..R), so there is no estimate so far.
        partialEveryMs: Infinity,
      };
      return job;
    });
  }

  #failRoster(message: string): void {
    this.roster = null;
    this.rosterStatus = 'failed';
    this.rosterError = message;
  }
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The app's Licenses page state; its worker pool starts on the first run. */
export const licensesManager = new LicensesManager({
  data: dataManager,
  createPool: () => new SimPool(),
  // Comlink types a function returning a union as a union of promises.
  importRoster: (text, spec) => dataWorker.guard(dataWorker.api.importRoster(text, spec) as Promise<Outcome<RosterImport>>),
  diagnose: (roster, table, diagnose, pools) => dataWorker.guard(dataWorker.api.diagnose(roster, table, diagnose, pools)),
  fetchText,
});
