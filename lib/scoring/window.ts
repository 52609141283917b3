// When a unit may score: the round's window (opens, closes) in Vietnam time, pushed back for
// one unit or for all by the board's extensions. Pure, so the sheet, the dashboard and the
// submit service agree on the same instant.

export type RoundWindow = {
  opensAt: Date;
  closesAt: Date;
  /** unitId null: an extension for every unit. */
  extensions: readonly { unitId: string | null; closesAt: Date }[];
};

export type WindowState = "none" | "notOpen" | "open" | "closed";

/** Vietnam is UTC+7 all year (no daylight saving). */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The closing instant that applies to a unit: the latest of the round's close and the extensions for that unit or for all. */
export function closesAtFor(round: RoundWindow, unitId: string): Date {
  let latest = round.closesAt.getTime();
  for (const e of round.extensions) {
    if (e.unitId !== null && e.unitId !== unitId) continue;
    latest = Math.max(latest, e.closesAt.getTime());
  }
  return new Date(latest);
}

/** Where a unit stands at `now`: the close itself is still open (a deadline of 17:00 takes 17:00). */
export function windowState(round: RoundWindow | null, unitId: string, now: Date): WindowState {
  if (!round) return "none";
  const t = now.getTime();
  if (t < round.opensAt.getTime()) return "notOpen";
  return t <= closesAtFor(round, unitId).getTime() ? "open" : "closed";
}

export function isOpenFor(round: RoundWindow | null, unitId: string, now: Date): boolean {
  return windowState(round, unitId, now) === "open";
}

/** "2026-11-30T17:00" typed in Vietnam time (what DateTimeField submits) → the instant; null when malformed. */
export function parseVietnamDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(utc - VN_OFFSET_MS);
}

/** The instant as a date-time field value in Vietnam time ("2026-11-30T17:00"). */
export function toVietnamDateTimeInput(date: Date): string {
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}
