// When a unit may score: the round's window (opens, closes) in Vietnam time, pushed back for
// one unit or for all by the board's extensions, and for a returned sheet until the deadline
// its return gave (otherwise a sheet returned after the close could never come back). Pure, so
// the sheet, the dashboard and the save and submit services agree on the same instant.
import { parseIsoDay, startOfVietnamDay } from "@/lib/format/vi";

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

/** What a unit's sheet adds to its window: a returned sheet carries its resubmission deadline. */
export type SheetWindow = { status: "DRAFT" | "SUBMITTED" | "RETURNED"; resubmitBy: Date | null } | null;

/** "resubmit": past the window, a returned sheet before its deadline; "resubmitOver": past that deadline too. */
export type SelfWindowState = WindowState | "resubmit" | "resubmitOver";

/** Where a unit's self-scoring stands: inside its window, or after it for a returned sheet until its resubmission deadline. */
export function selfWindowState(round: RoundWindow | null, unitId: string, sheet: SheetWindow, now: Date): SelfWindowState {
  const state = windowState(round, unitId, now);
  if (state !== "closed" || sheet?.status !== "RETURNED" || !sheet.resubmitBy) return state;
  return now.getTime() <= sheet.resubmitBy.getTime() ? "resubmit" : "resubmitOver";
}

/** Whether the unit may edit, save and submit its sheet in that state. */
export const selfEditable = (state: SelfWindowState) => state === "open" || state === "resubmit";

/** Until when the unit may work on its sheet: its close, or a returned sheet's later resubmission deadline. */
export function selfClosesAt(round: RoundWindow, unitId: string, sheet: SheetWindow): Date {
  const closes = closesAtFor(round, unitId);
  const by = sheet?.status === "RETURNED" ? sheet.resubmitBy : null;
  return by && by.getTime() > closes.getTime() ? by : closes;
}

/** Days a returned sheet gets by default to come back. */
export const RESUBMIT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 23:59 of the Vietnam day of `instant`: a deadline given as a day runs to its end. */
function endOfVietnamDay(instant: Date): Date {
  const dayStart = Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
  return new Date(dayStart + DAY_MS - 60_000);
}

/**
 * The resubmission deadline a return gives when whoever returns the sheet sets none: the end
 * of the day a week after the return, or the unit's own close if that is later (a sheet
 * returned early keeps the whole window).
 */
export function defaultResubmitBy(returnedAt: Date, closesAt: Date | null): Date {
  const week = endOfVietnamDay(new Date(returnedAt.getTime() + RESUBMIT_DAYS * DAY_MS));
  return closesAt && closesAt.getTime() > week.getTime() ? closesAt : week;
}

/** The date field's yyyy-MM-dd → the end of that day in Vietnam (a deadline runs to the day's end); null when malformed. */
export function parseDeadline(value: string): Date | null {
  const day = parseIsoDay(value);
  return day ? endOfVietnamDay(startOfVietnamDay(day)) : null;
}

export function isOpenFor(round: RoundWindow | null, unitId: string, now: Date): boolean {
  return windowState(round, unitId, now) === "open";
}

/** The instant as a date-time field value in Vietnam time ("2026-11-30T17:00"). */
export function toVietnamDateTimeInput(date: Date): string {
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}
