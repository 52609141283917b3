// Which name a unit bore on a given day: its past names (UnitName, closed periods) or, after the
// last rename, its current name. One rule for every page and document (docs/reorganisation.md).
// Pure: no clock, no database.
import { toDateInputValue } from "@/lib/format/vi";

export type UnitNaming = { name: string; shortName: string };
export type PastName = UnitNaming & { validFrom: Date | null; validUntil: Date };

/** The calendar day (yyyy-MM-dd, Vietnam time) of an instant or a stored date, for comparing days. */
const dayOf = (d: Date) => toDateInputValue(d);

/** The name valid on `date`: the past name whose period holds that day, else the current one. */
export function nameAt(current: UnitNaming, past: readonly PastName[], date: Date): UnitNaming {
  const day = dayOf(date);
  const hit = past.find((p) => (p.validFrom === null || dayOf(p.validFrom) <= day) && day < dayOf(p.validUntil));
  return hit ? { name: hit.name, shortName: hit.shortName } : { name: current.name, shortName: current.shortName };
}

/** Where a new past name starts: the day the previous rename took effect, or null (from the start). */
export function nextPastNameStart(past: readonly PastName[]): Date | null {
  return past.reduce<Date | null>((last, p) => (last === null || p.validUntil > last ? p.validUntil : last), null);
}
