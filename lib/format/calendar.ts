import { compareDays, daysInMonth, type CalendarDay } from "@/lib/format/vi";

// Calendar arithmetic for the date picker. Pure and zone-free: days are counted in UTC, where
// every day has 24 hours, so no browser's own zone can shift one.

const toUtc = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): CalendarDay => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export function addDays(d: CalendarDay, n: number): CalendarDay {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** The same day n months on; 31/01 + 1 month is the last day of February. */
export function addMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 for Monday … 6 for Sunday: Vietnamese calendars start the week on Monday. */
export function mondayIndex(d: CalendarDay): number {
  return (new Date(toUtc(d)).getUTCDay() + 6) % 7;
}

/** The month's weeks, Monday first; days of the neighbouring months are null. */
export function monthWeeks(year: number, month: number): (CalendarDay | null)[][] {
  const cells: (CalendarDay | null)[] = Array.from({ length: mondayIndex({ year, month, day: 1 }) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push({ year, month, day });
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function sameDay(a: CalendarDay | null | undefined, b: CalendarDay | null | undefined): boolean {
  return !!a && !!b && compareDays(a, b) === 0;
}

/** Whether the day lies within the optional bounds, both included. */
export function withinBounds(d: CalendarDay, min?: CalendarDay | null, max?: CalendarDay | null): boolean {
  return (!min || compareDays(d, min) >= 0) && (!max || compareDays(d, max) <= 0);
}

export function clampDay(d: CalendarDay, min?: CalendarDay | null, max?: CalendarDay | null): CalendarDay {
  if (min && compareDays(d, min) < 0) return min;
  if (max && compareDays(d, max) > 0) return max;
  return d;
}
