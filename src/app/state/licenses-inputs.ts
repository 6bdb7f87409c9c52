/**
 * The Licenses page's form: the roster (its text is kept, rosters are small), the columns the user
 * chose for it, the assumed prices and the pool-sizing settings; defaults, the checks a run needs,
 * and the repair of a stored copy (a value written by another version must never break the page).
 */
import {
  DEFAULT_LICENSE_PRICES_CENTS, LICENSE_TYPES, ROSTER_FIELDS,
  type LicenseType, type RosterField,
} from '../../core/licenses/types.ts';

/** Larger rosters are refused: a real one is a few hundred users, and the text is stored with the form. */
export const ROSTER_MAX_CHARS = 2_000_000;

export interface RosterSource {
  text: string;
  /** File name shown, e.g. "roster-march.csv". */
  name: string;
}

export interface LicensesInputs {
  roster: RosterSource | null;
  /** Columns chosen by name on top of the proposed mapping; '' takes a field off. */
  rosterColumns: Partial<Record<RosterField, string>>;
  /** Monthly price per license in cents: assumptions the user can change. */
  pricesCents: Record<LicenseType, number>;
  /** A pause longer than this ends a session (issue 6: default 15 minutes). */
  gapMin: number;
  /** Share of busy-hour time with more users than licenses to stay at or under, percent. */
  targetPct: number;
  replications: number;
  seed: string;
}

export function defaultLicensesInputs(): LicensesInputs {
  return {
    roster: null,
    rosterColumns: {},
    pricesCents: { ...DEFAULT_LICENSE_PRICES_CENTS },
    gapMin: 15,
    targetPct: 1,
    replications: 200,
    seed: '1',
  };
}

const finiteIn = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;
const wholeIn = (x: unknown, lo: number, hi: number): x is number => Number.isInteger(x) && finiteIn(x, lo, hi);

/** Problems that stop the diagnosis or the run, by field: one plain sentence each. */
export function licensesProblems(i: LicensesInputs): Partial<Record<keyof LicensesInputs, string>> {
  const p: Partial<Record<keyof LicensesInputs, string>> = {};
  if (LICENSE_TYPES.some((t) => !wholeIn(i.pricesCents[t], 0, 1e9))) p.pricesCents = 'Each price must be 0 or more a month.';
  if (!finiteIn(i.gapMin, 0, 1440)) p.gapMin = 'The session gap must be 0 to 1,440 minutes.';
  if (!finiteIn(i.targetPct, 0, 99.99)) p.targetPct = 'The target must be 0 or more and below 100 %.';
  if (!wholeIn(i.replications, 1, 100_000)) p.replications = 'Run 1 to 100,000 simulated months.';
  if (i.seed.trim() === '') p.seed = 'The seed cannot be empty.';
  return p;
}

/** A stored form, field by field: whatever is missing or wrong takes its default. */
export function restoreLicensesInputs(stored: unknown): LicensesInputs {
  const d = defaultLicensesInputs();
  if (stored === null || typeof stored !== 'object') return d;
  const s = stored as Partial<Record<keyof LicensesInputs, unknown>>;
  const r = (s.roster ?? null) as Partial<Record<keyof RosterSource, unknown>> | null;
  const roster = r && typeof r === 'object' && typeof r.text === 'string' && r.text.length <= ROSTER_MAX_CHARS
    ? { text: r.text, name: typeof r.name === 'string' && r.name.trim() !== '' ? r.name : 'roster.csv' }
    : null;
  const cols = (roster && s.rosterColumns && typeof s.rosterColumns === 'object' ? s.rosterColumns : {}) as Record<string, unknown>;
  const rosterColumns: Partial<Record<RosterField, string>> = {};
  for (const f of ROSTER_FIELDS) if (typeof cols[f] === 'string') rosterColumns[f] = cols[f] as string;
  const prices = (s.pricesCents && typeof s.pricesCents === 'object' ? s.pricesCents : {}) as Record<string, unknown>;
  const pricesCents = { ...d.pricesCents };
  for (const t of LICENSE_TYPES) if (wholeIn(prices[t], 0, 1e9)) pricesCents[t] = prices[t] as number;
  return {
    roster,
    rosterColumns,
    pricesCents,
    gapMin: finiteIn(s.gapMin, 0, 1440) ? s.gapMin : d.gapMin,
    targetPct: finiteIn(s.targetPct, 0, 99.99) ? s.targetPct : d.targetPct,
    replications: wholeIn(s.replications, 1, 100_000) ? s.replications : d.replications,
    seed: typeof s.seed === 'string' && s.seed.trim() !== '' ? s.seed : d.seed,
  };
}
