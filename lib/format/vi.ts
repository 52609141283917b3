// Vietnamese display helpers. Everything a person reads shows Vietnam time and
// Vietnamese conventions regardless of the server's or browser's own locale and zone.

export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

export type DateLike = Date | string | null | undefined;

// Built once: Intl constructors are costly and these run in every table cell.
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
// en-US with h23 gives stable numeric parts; the locale only matters for the parts' order, which we ignore.
const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: VN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});
const numberFormatters = new Map<number, Intl.NumberFormat>();

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function toValidDate(d: DateLike): Date | null {
  if (d === null || d === undefined || d === "") return null;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? null : date;
}

function vnWallTime(date: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(date)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** dd/MM/yyyy in Vietnam time; "" for missing or invalid input. */
export function formatDate(d: DateLike): string {
  const date = toValidDate(d);
  if (!date) return "";
  const w = vnWallTime(date);
  return `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)}`;
}

/** dd/MM/yyyy HH:mm (24-hour) in Vietnam time; "" for missing or invalid input. */
export function formatDateTime(d: DateLike): string {
  const date = toValidDate(d);
  if (!date) return "";
  const w = vnWallTime(date);
  return `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** yyyy-MM-dd (the value of an <input type="date">) for the Vietnam calendar day. */
export function toDateInputValue(d: DateLike): string {
  const date = toValidDate(d);
  if (!date) return "";
  const w = vnWallTime(date);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** A date set by hand is a calendar day no later than today (yyyy-MM-dd compared in Vietnam time). */
export function isFutureDay(date: Date, now: Date): boolean {
  return toDateInputValue(date) > toDateInputValue(now);
}

/** 1234.5 → "1.234,5"; "" for missing or non-finite input. */
export function formatNumber(n: number | null | undefined, maxFractionDigits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  let f = numberFormatters.get(maxFractionDigits);
  if (!f) {
    // signDisplay "negative" avoids "-0" when a small negative rounds to zero.
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxFractionDigits, signDisplay: "negative" });
    numberFormatters.set(maxFractionDigits, f);
  }
  return f.format(n);
}

/** Vietnamese collation: Đ after D, Ă and Â after A, tones ignored, "2" before "10". */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy; the input is left untouched. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((x, y) => collator.compare(x.k, y.k))
    .map((x) => x.item);
}

// ---- Calendar days as people type them ----
// One parser for every date a person types: the date fields (components/ui/date-field.tsx) read
// d/M/yyyy leniently, searches read dd/MM/yyyy strictly; both go through readVietnamDay.

/** A day on the calendar, with no time or zone: month 1–12. */
export type CalendarDay = { year: number; month: number; day: number };
export type TimeOfDay = { hour: number; minute: number };

/** Why a typed day was refused: not shaped like a date, no such month, or no such day in that month. */
export type DayProblem = { reason: "format" } | { reason: "month" } | { reason: "day"; daysInMonth: number; month: number; year: number };
export type DayReading = { ok: true; day: CalendarDay } | ({ ok: false } & DayProblem);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const STRICT_DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
// Day first whatever the separator (03.04.2026 and 03-04-2026 are written too); a leading
// four-digit year is ISO order, as pasted from a spreadsheet.
const LENIENT_DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a typed day: strict is exactly dd/MM/yyyy; otherwise d/M/yyyy (or with . or -) and
 * yyyy-MM-dd. Says why it refuses, so a form can tell the person what to fix.
 */
export function readVietnamDay(s: string, { strict = false } = {}): DayReading {
  const text = s.trim();
  let parts: number[] | null = null;
  const m = strict ? STRICT_DAY.exec(text) : LENIENT_DAY.exec(text);
  if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if (!strict) {
    const iso = ISO_DAY.exec(text);
    if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  }
  if (!parts || parts[0] < 1000) return { ok: false, reason: "format" };
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return { ok: false, reason: "month" };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { ok: false, reason: "day", daysInMonth: max, month, year };
  return { ok: true, day: { year, month, day } };
}

/** yyyy-MM-dd (what the forms submit and the schemas accept) → the day; null when malformed or impossible. */
export function parseIsoDay(s: string): CalendarDay | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.trim())) return null;
  const r = readVietnamDay(s);
  return r.ok ? r.day : null;
}

/** The Vietnam calendar day of an instant (or of a yyyy-MM-dd string, read as that day). */
export function dayOf(d: DateLike): CalendarDay | null {
  const iso = typeof d === "string" ? parseIsoDay(d) : null;
  if (iso) return iso;
  const date = toValidDate(d);
  if (!date) return null;
  const w = vnWallTime(date);
  return { year: w.year, month: w.month, day: w.day };
}

/** dd/MM/yyyy: how a day is shown and typed. */
export function formatDay(d: CalendarDay): string {
  return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
}

/** yyyy-MM-dd: how a day is submitted. */
export function isoDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Orders two days: negative, zero or positive. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A 24-hour time as typed: 8:30, 08:30, 8h30, 8.30 or 8h. */
export function readTime(s: string): TimeOfDay | null {
  const m = /^(\d{1,2})\s*(?:[:hH.]\s*(\d{2})|[hH])$/.exec(s.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** HH:mm on a 24-hour clock. */
export function formatTime(t: TimeOfDay): string {
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * yyyy-MM-ddTHH:mm (a wall time in Vietnam, what the date-time schemas accept) → its parts;
 * an instant gives its Vietnam wall time. Null when missing or malformed.
 */
export function dayTimeOf(d: DateLike): { day: CalendarDay; time: TimeOfDay } | null {
  if (typeof d === "string") {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(d.trim());
    if (m) {
      const day = parseIsoDay(m[1]);
      const time = readTime(m[2]);
      return day && time ? { day, time } : null;
    }
  }
  const date = toValidDate(d);
  if (!date) return null;
  const w = vnWallTime(date);
  return { day: { year: w.year, month: w.month, day: w.day }, time: { hour: w.hour, minute: w.minute } };
}

/** The start of a calendar day in Vietnam, as an instant. */
export function startOfVietnamDay({ year, month, day }: CalendarDay): Date {
  // Vietnam has been UTC+7 since 1975 but not before; ask the zone database instead of hard-coding.
  const wallAsUtc = Date.UTC(year, month - 1, day);
  let instant = wallAsUtc - 7 * 3_600_000;
  for (let i = 0; i < 2; i++) {
    const w = vnWallTime(new Date(instant));
    const seenAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    instant += wallAsUtc - seenAsUtc;
  }
  return new Date(instant);
}

/**
 * Parses a strict "dd/MM/yyyy" (two-digit day and month, four-digit year) as the start
 * of that day in Vietnam. Impossible days such as 31/02/2024 give null.
 */
export function parseVietnamDate(s: string): Date | null {
  const r = readVietnamDay(s, { strict: true });
  return r.ok ? startOfVietnamDay(r.day) : null;
}

/**
 * yyyy-MM-ddTHH:mm, a wall time in Vietnam (what DateTimeField submits) → the instant; null when
 * malformed or impossible (30/02, 24:00). The one reader of date-times typed by a person.
 */
export function parseVietnamDateTime(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  const day = m && parseIsoDay(m[1]);
  if (!m || !day) return null;
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (hour > 23 || minute > 59) return null;
  return new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
}
