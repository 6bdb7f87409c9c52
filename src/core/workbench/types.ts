/**
 * A workbench scenario: a named, saved set of inputs across every page, with a reference to the
 * data set they read (never the call records themselves), optionally the traffic model fitted from
 * it (so the Ports page runs where the data set is not), and the key numbers last computed.
 * Version 2 of the scenario format; version 1 is the CLI's scenario file (scenarios/*.json),
 * which migrate-scenario-file.ts turns into this.
 */
import type { SharedTrafficModel } from './shared-traffic-model.ts';

/** The newest workbench-scenario version this code reads and writes. */
export const WORKBENCH_VERSION = 2;

/** The pages whose forms a scenario keeps. */
export const SCENARIO_PAGES = ['ports', 'recharge', 'storage', 'licenses', 'contract'] as const;
export type ScenarioPage = (typeof SCENARIO_PAGES)[number];

/**
 * A stored data set the scenario reads, by id (this browser's) and by file name (so another
 * browser, or a migrated CLI file, can find its own copy). `id` is null when only the name is known.
 */
export interface DataSetRef {
  id: string | null;
  name: string;
}

/**
 * The key numbers of the last run of each page (the app's KeyResults), with when they were
 * computed. Rates are shares (0..1), money is integer cents.
 */
export interface ScenarioResults {
  /** ISO 8601 time of the computation. */
  computedAt: string;
  ports?: { recommendedPorts: number | null; busyHourBlocking: number | null; monthlyCostCents: number | null };
  recharge?: { pZero: number; rechargesPerMonth: number; idleBalanceCents: number };
  storage?: { fee12Cents: number; firstFeeMonth: string | null };
  contract?: { cheapest: string; totalP50Cents: number };
  /**
   * The roster against the usage: licenses paid a month at the assumed prices, the part of it
   * avoidable (hidden users' licenses, pools above their need), and how many findings there are.
   */
  licenses?: { monthlyCostCents: number; avoidableCents: number; findings: number };
}

/**
 * Each page's form as the page stores it. The core does not know the forms' fields: the app
 * repairs each one with the page's own restore function before use, so a form written by another
 * version of the app (or by hand) never breaks a page.
 */
export type ScenarioPages = Record<ScenarioPage, Record<string, unknown>>;

export interface WorkbenchScenario {
  version: 2;
  id: string;
  name: string;
  notes: string;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  /** The seed every page shares, when they share one (informative: each form keeps its own seed). */
  seed?: string;
  dataSet: DataSetRef | null;
  /**
   * The Ports page's traffic fitted from the data set, without the call records: present when the
   * scenario was saved while the page read a data set (or a model shared before).
   */
  trafficModel?: SharedTrafficModel;
  pages: ScenarioPages;
  results?: ScenarioResults;
}
