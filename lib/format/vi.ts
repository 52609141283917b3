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

/**
 * Parses a strict "dd/MM/yyyy" (two-digit day and month, four-digit year) as the start
 * of that day in Vietnam. Impossible days such as 31/02/2024 give null.
 */
export function parseVietnamDate(s: string): Date | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
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
