const DAY_MS = 86_400_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The simulated calendar: local days, their weekdays and where each month starts. Zone-free: days are local dates. */
export interface RechargeCalendar {
  /** 'YYYY-MM-DD' of day 0. */
  firstDate: string;
  days: number;
  /** Per day: weekday, Monday = 0. */
  weekday: Uint8Array;
  /** Length months + 1: the first day index of each month, then `days`. */
  monthStartDay: Int32Array;
  /** 'YYYY-MM' of each month. */
  monthLabels: string[];
}

/**
 * The local calendar days of `months` whole months from `startMonth` ('YYYY-MM'), leap years included.
 * Throws a RangeError naming the function for a malformed month or a count outside 1–120.
 * Example: rechargeCalendar('2028-02', 2) → { firstDate: '2028-02-01', days: 60, monthStartDay: [0, 29, 60],
 *   monthLabels: ['2028-02', '2028-03'], weekday[0] = 1 (a Tuesday) }
 */
export function rechargeCalendar(startMonth: string, months: number): RechargeCalendar {
  const m = MONTH.exec(startMonth);
  if (!m) throw new RangeError(`rechargeCalendar: startMonth must be 'YYYY-MM', got '${startMonth}'`);
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new RangeError(`rechargeCalendar: months must be a whole number from 1 to 120, got ${months}`);
  const year = Number(m[1]);
  const month0 = Number(m[2]) - 1;
  const day0 = Date.UTC(year, month0, 1) / DAY_MS;
  const monthStartDay = new Int32Array(months + 1);
  const monthLabels: string[] = [];
  for (let k = 0; k <= months; k++) {
    const start = new Date(Date.UTC(year, month0 + k, 1));
    monthStartDay[k] = start.getTime() / DAY_MS - day0;
    if (k < months) monthLabels.push(start.toISOString().slice(0, 7));
  }
  const days = monthStartDay[months];
  const weekday = new Uint8Array(days);
  for (let d = 0; d < days; d++) weekday[d] = (day0 + d + 3) % 7;
  return { firstDate: `${startMonth}-01`, days, weekday, monthStartDay, monthLabels };
}
