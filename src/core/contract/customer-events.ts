import { billingMonth } from './billing-month.ts';
import type { NeedPath } from './draw-need-path.ts';
import type { ContractOption, HeadcountPlan, LicenseEvent } from './types.ts';

/** What the customer did under one option on one drawn need path. */
export interface CustomerBehaviour {
  /** Adds and lowers in date order, for billContract. */
  events: LicenseEvent[];
  /** Per type, the need at the start of each month of the option's term (for floor top-ups). */
  needAtMonthStart: Record<string, Int32Array>;
  /** Σ over days and types of users needing a license the customer had not (yet) bought. */
  lockOutUserDays: number;
  /** Months of the term with at least one user locked out. */
  lockOutMonths: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of every day of a month, built once per month label: the Monte Carlo dates many events. */
const DAY_NAMES = new Map<string, string[]>();
function dayNames(label: string, days: number): string[] {
  let names = DAY_NAMES.get(label);
  if (!names) {
    names = Array.from({ length: days }, (_, d) => `${label}-${pad(d + 1)}`);
    DAY_NAMES.set(label, names);
  }
  return names;
}

/**
 * The customer's license decisions under `option` as the need of `path` unfolds (issue 6):
 * - on each day it buys up to the need of `plan.addLagDays` days earlier (never above the type's
 *   cap), prorated that month by the billing rules;
 * - at each month's start it lowers the total to the need, never below the floor (dated the last
 *   day of the month before, so the new month is billed at the lower total);
 * - a user is locked out on a day when the need at the end of that day exceeds the licenses held
 *   (adds lagging behind hires, or a cap).
 * `path` must come from drawNeedPath over at least option.termMonths months from `startDate`, with
 * the plan's types in plan order; the option names every plan type.
 * Example: floor 50, need 44 at the start of March → a 'lower' on the last day of February to 50.
 */
export function customerEvents(option: ContractOption, startDate: string, plan: HeadcountPlan, path: NeedPath): CustomerBehaviour {
  if (path.monthStartDay.length - 1 < option.termMonths) {
    throw new RangeError(`customerEvents: the need path covers ${path.monthStartDay.length - 1} months, the option ${option.termMonths}`);
  }
  const lag = plan.addLagDays;
  const calendar = Array.from({ length: option.termMonths }, (_, m) => billingMonth(startDate, m));
  const events: LicenseEvent[] = [];
  const needAtMonthStart: Record<string, Int32Array> = {};
  const lockedMonth = new Uint8Array(option.termMonths);
  let lockOutUserDays = 0;

  for (const terms of option.licenses) {
    const t = plan.licenses.findIndex((p) => p.type === terms.type);
    if (t < 0) throw new RangeError(`customerEvents: option '${option.name}' has license type '${terms.type}', which the plan does not`);
    const need = path.needByDay[t]!;
    const starts = path.needAtMonthStart[t]!;
    needAtMonthStart[terms.type] = starts.slice(0, option.termMonths);
    const cap = terms.cap ?? Infinity;
    let held = terms.startCount;
    for (let m = 0; m < option.termMonths; m++) {
      const month = calendar[m]!;
      if (m > 0) {
        const keep = Math.max(terms.floor, Math.min(starts[m]!, cap));
        if (held > keep) {
          const before = calendar[m - 1]!;
          events.push({ kind: 'lower', date: dayNames(before.label, before.daysInMonth)[before.daysInMonth - 1]!, type: terms.type, count: held - keep });
          held = keep;
        }
      }
      const first = path.monthStartDay[m]!;
      const dates = dayNames(month.label, month.daysInMonth);
      for (let d = 0; d < month.daysInMonth; d++) {
        const k = first + d;
        const seen = k - lag >= 0 ? need[k - lag]! : starts[0]!;
        const want = Math.min(seen, cap);
        if (want > held) {
          events.push({ kind: 'add', date: dates[d]!, type: terms.type, count: want - held });
          held = want;
        }
        const short = need[k]! - held;
        if (short > 0) {
          lockOutUserDays += short;
          lockedMonth[m] = 1;
        }
      }
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let lockOutMonths = 0;
  for (const x of lockedMonth) lockOutMonths += x;
  return { events, needAtMonthStart, lockOutUserDays, lockOutMonths };
}
