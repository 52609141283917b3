// Which units are gone in a year because a merge or dissolution took effect, and who carries on
// for each. Pure: the rows in, a map out (docs/reorganisation.md, "Gone for a year").

export type EndedUnit = { unitId: string; effectiveDate: Date; successorId: string | null };

/** A unit ended on `effectiveDate` is gone for that whole year and every later one. */
export function goneInYear(effectiveDate: Date, year: number): boolean {
  return effectiveDate.getUTCFullYear() <= year;
}

/**
 * Units gone in `year`, each mapped to the unit that carries on for it then (following merges
 * of merges), or null when dissolved or when its line ends in a dissolution.
 */
export function replacementsInYear(ended: readonly EndedUnit[], year: number): Map<string, string | null> {
  const gone = new Map(ended.filter((e) => goneInYear(e.effectiveDate, year)).map((e) => [e.unitId, e.successorId]));
  const result = new Map<string, string | null>();
  for (const unitId of gone.keys()) {
    let next = gone.get(unitId) ?? null;
    const seen = new Set([unitId]);
    while (next !== null && gone.has(next) && !seen.has(next)) {
      seen.add(next);
      next = gone.get(next) ?? null;
    }
    result.set(unitId, next !== null && seen.has(next) ? null : next);
  }
  return result;
}

/**
 * A member list carried into a year: gone units replaced by their successor, once each, dissolved
 * ones dropped. A successor already in another bloc that year (`taken`) stays there: moving it is
 * a re-division's work, not a side effect of copying members.
 */
export function carryMembers(unitIds: readonly string[], replacements: ReadonlyMap<string, string | null>, taken: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const id of unitIds) {
    const live = replacements.has(id) ? replacements.get(id)! : id;
    if (live === null || out.includes(live) || (live !== id && taken.has(live))) continue;
    out.push(live);
  }
  return out;
}
