/** Calendar days and time-of-day shapes for the sample generators. */

export interface Day {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export const SATURDAY = 5;
export const SUNDAY = 6;
export const FRIDAY = 4;

/** Every day of a calendar month (month 1..12). */
export function monthDays(year: number, month: number): Day[] {
  const days: Day[] = [];
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let day = 1; day <= count; day++) {
    const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
    days.push({ year, month, day, weekday });
  }
  return days;
}

/** The wall-clock time `hours` after local midnight of `day`, as seconds of that wall time read as UTC. */
export function wallSec(day: Day, hours: number): number {
  return Date.UTC(day.year, day.month - 1, day.day) / 1000 + Math.round(hours * 3600);
}

/** A shape over the hours of a day: [hour, level] points, linear between them, 0 outside. */
export type HourShape = readonly (readonly [number, number])[];

export function shapeAt(shape: HourShape, hour: number): number {
  if (shape.length === 0 || hour < shape[0]![0] || hour > shape[shape.length - 1]![0]) return 0;
  for (let i = 1; i < shape.length; i++) {
    const [h1, v1] = shape[i]!;
    if (hour <= h1) {
      const [h0, v0] = shape[i - 1]!;
      return h1 === h0 ? v1 : v0 + ((v1 - v0) * (hour - h0)) / (h1 - h0);
    }
  }
  return 0;
}
