/**
 * Shared shapes of the license diagnostics (domain.md section 1): the roster, its mapping and
 * problems, findings, and the pooled-sizing simulation's plain, structured-cloneable input and results.
 */
import type { ActivityKind } from '../ingest/types.ts';

/** The platform's license types (domain.md section 1), in the order they are listed there. */
export const LICENSE_TYPES = ['crm', 'dialer_tab', 'dialer', 'flex_port'] as const;
export type LicenseType = (typeof LICENSE_TYPES)[number];

export const LICENSE_LABELS: Record<LicenseType, string> = {
  crm: 'CRM',
  dialer_tab: 'Dialer Tab',
  dialer: 'Dialer',
  flex_port: 'Flex Port',
};

/** Licenses shared between users (domain.md section 1: CRM is one per active employee). */
export const POOLED_LICENSES = ['dialer_tab', 'dialer', 'flex_port'] as const;
export type PooledLicense = (typeof POOLED_LICENSES)[number];

/**
 * Monthly list prices in integer cents, used when the caller gives none. Assumptions, not the
 * platform's price list: Dialer 90.00 is domain.md's proration example, Flex Port 25.00 matches
 * the Ports page's example (12 ports = 300.00); CRM and Dialer Tab are round guesses.
 */
export const DEFAULT_LICENSE_PRICES_CENTS: Record<LicenseType, number> = {
  crm: 6500,
  dialer_tab: 2500,
  dialer: 9000,
  flex_port: 2500,
};

/**
 * Activity kinds that are dialing from the dialer (power dialing and what it triggers): they need
 * a Dialer license, and so a Dialer Tab license (domain.md section 1, "needs" column).
 */
export const DEFAULT_DIAL_KINDS: ActivityKind[] = ['dial', 'voice_drop', 'press1'];

/** Roster fields a column can be mapped to: one column per license, or one `licenses` list column, or both. */
export const ROSTER_FIELDS = ['user', 'status', 'licenses', 'crm', 'dialer_tab', 'dialer', 'flex_port'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export type RosterStatus = 'active' | 'hidden';

/** One user of the roster as imported. */
export interface RosterEntry {
  /** The name as written (trimmed). */
  user: string;
  /** `userKey(user)`: how rows and usage are joined. */
  key: string;
  status: RosterStatus;
  /** Assigned licenses, in LICENSE_TYPES order, no repeats. */
  licenses: LicenseType[];
  /** Physical 1-based line of the row. */
  line: number;
}

/** Columns by 0-based index into the header. */
export interface RosterMapping {
  columns: Partial<Record<RosterField, number>>;
}

/** A mapping as people write it (CLI flags, saved settings): columns by header name. Unset fields are proposed. */
export interface RosterSpec {
  columns?: Partial<Record<RosterField, string>>;
}

export type RosterProblemCode =
  | 'missing-user'
  | 'bad-status'
  | 'bad-flag'
  | 'unknown-license'
  | 'duplicate-user'
  | 'short-row';

/** A rejected roster row, the same shape as the usage importer's problems (style.md habit 4). */
export interface RosterProblem {
  line: number;
  column: string | null;
  value: string;
  code: RosterProblemCode;
  message: string;
}

export interface RosterImport {
  roster: RosterEntry[];
  problems: RosterProblem[];
  mapping: RosterMapping;
  header: string[];
  delimiter: string;
  bom: boolean;
  hasHeader: boolean;
  /** Data rows read (blank lines not counted): roster.length + problems.length === rows. */
  rows: number;
  /** Names on rejected rows (trimmed, first per key), so a missing user can be traced to its row. */
  rejectedUsers: string[];
  warnings: string[];
}

export type FindingCode =
  | 'dial-without-license'
  | 'port-without-flex-port'
  | 'dialer-without-dialer-tab'
  | 'hidden-with-licenses'
  | 'active-without-crm'
  | 'usage-user-not-in-roster'
  | 'pool-short'
  | 'pool-shelfware';

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  title: string;
  /** Names as in the roster (or the usage when the user is not in the roster), sorted. */
  users: string[];
  /** Money a month at stake: paid for nothing (hidden users, shelfware) or needed (a short pool). Integer cents. */
  monthlyCostCents?: number;
  /** Plain words for the customer: what it means and what to do. */
  detail: string;
  /** For pool findings: which pool. */
  license?: PooledLicense;
}

/**
 * Observed local days of one pool's sessions, compressed: day d's sessions are
 * [dayStart[d], dayStart[d + 1]) in `startSec`/`endSec`, seconds after that day's local midnight
 * (endSec may pass 86,400 when a session runs past midnight).
 */
export interface PoolDays {
  /** Weekday of each observed day, Monday = 0. */
  weekday: Uint8Array;
  dayStart: Uint32Array;
  startSec: Float64Array;
  endSec: Float64Array;
}

export interface PoolSimPool {
  license: PooledLicense;
  /**
   * Users who need the pool (an activity of it in the usage, whether or not the roster gives them the
   * license): the most that can want one at once (levels are capped here).
   */
  cap: number;
  days: PoolDays;
  /** Hour of week (weekday * 24 + hour) with the highest observed mean: the lock-out target's busy hour. */
  busyCell: number;
}

/** Everything a worker needs for the pooled-sizing simulation: plain data, structured-cloneable. */
export interface PoolSimInput {
  pools: PoolSimPool[];
  /** Simulated days per replication, starting on a Monday (default 28). */
  horizonDays: number;
  replications: number;
  seed: string;
  /** Share of busy-hour time with more users wanting a license than the pool holds, to stay at or under (e.g. 0.01). */
  targetShortShare: number;
}

/** Replications [from, to) of every pool: seconds at each level 0..cap, in the busy hour and overall. */
export interface PoolChunkResult {
  from: number;
  to: number;
  pools: {
    /** (to − from) × (cap + 1): replication r's seconds at level L at [(r − from) * (cap + 1) + L]. */
    busyLevelSec: Float64Array;
    allLevelSec: Float64Array;
    /** Highest level per replication. */
    peak: Int32Array;
  }[];
}

/** Observed concurrency of one pool by hour of week (index weekday * 24 + hour, Monday = 0, local time). */
export interface PoolObserved {
  license: PooledLicense;
  /** Users who need the pool: every user with an activity of it, whether or not the roster gives them the license. */
  users: number;
  peakConcurrent: number;
  byHourOfWeek: {
    /** Time-weighted mean of concurrent users (NaN where unobserved). */
    mean: Float64Array;
    peak: Int32Array;
    /** Time-weighted percentiles of concurrent users (NaN where unobserved). */
    p50: Float64Array;
    p90: Float64Array;
    p95: Float64Array;
  };
  busyCell: number;
}

/** One row of the simulated table: a pool of `licenses` and what it would mean. */
export interface PoolLevelRow {
  licenses: number;
  /** Mean over replications of the busy-hour share of time with more users than licenses. */
  busyShortShare: number;
  /** The same over all simulated time. */
  shortShare: number;
}

export interface PoolSizing {
  license: PooledLicense;
  /** Smallest pool whose busy-hour short share meets the target (≤ cap). */
  recommended: number;
  /** Whether `recommended` meets the target (false only if even `cap` does not, which cannot happen with capped levels). */
  met: boolean;
  table: PoolLevelRow[];
  simulatedPeak: { mean: number; max: number };
}

/** What a pool needs, from the sizing (counted over every user needing it, licensed or not): the input of the pool findings. */
export interface PoolNeed {
  license: PooledLicense;
  peakConcurrent: number;
  recommended: number;
}

/** How activities map to pools and how sessions are cut. */
export interface PoolSizingOptions {
  /** IANA zone of the hour-of-week cells and of the days resampled. */
  timeZone: string;
  /** A pause longer than this (seconds) between one activity's end and the next's start ends a session (default 900). */
  gapSec?: number;
  /** Kinds that need Dialer and Dialer Tab (default DEFAULT_DIAL_KINDS). */
  dialKinds?: readonly ActivityKind[];
  /** Kinds that hold a Flex Port (default the traffic module's DEFAULT_PORT_KINDS; recorded calls always do). */
  portKinds?: readonly ActivityKind[];
  horizonDays?: number;
  replications?: number;
  seed?: string;
  targetShortShare?: number;
}
