import type { DailyTotals } from '../../core/traffic/types.ts';
import { formatInt, formatLocalDate } from '../format.ts';
import type { ChartTableData } from './common/chart-table.ts';

export interface DailyChartData {
  days: string[];
  calls: number[];
  /** Minutes per day, to one decimal. */
  minutes: number[];
  /** Saturday or Sunday, drawn lighter. */
  weekend: boolean[];
  totalCalls: number;
  totalMinutes: number;
}

/** Weekday of a 'YYYY-MM-DD' calendar date, 0 = Sunday, independent of any zone. */
function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

/**
 * The daily chart's bars (calls) and line (minutes).
 * Example: days ['2026-03-06', '2026-03-07'], minutes [12.345, 0] → minutes [12.3, 0], weekend [false, true].
 */
export function dailyChartData(daily: DailyTotals): DailyChartData {
  const minutes = daily.minutes.map((m) => Math.round(m * 10) / 10);
  return {
    days: [...daily.days],
    calls: [...daily.calls],
    minutes,
    weekend: daily.days.map((day) => {
      const w = weekdayOf(day);
      return w === 0 || w === 6;
    }),
    totalCalls: daily.calls.reduce((a, b) => a + b, 0),
    totalMinutes: daily.minutes.reduce((a, b) => a + b, 0),
  };
}

/**
 * The daily chart as a table: a row per day with the calls and minutes the tooltip shows.
 * Example: day '2026-03-06' with 12 calls and 34.5 minutes → ["Fri, Mar 6, 2026", "12", "35"].
 */
export function dailyTable(data: DailyChartData, timeZone: string): ChartTableData {
  return {
    caption: `Calls started and their minutes, one row per day (${timeZone}).`,
    headers: ['Day', 'Calls', 'Minutes'],
    rows: data.days.map((day, i) => [formatLocalDate(day), formatInt(data.calls[i]!), formatInt(data.minutes[i]!)]),
  };
}
