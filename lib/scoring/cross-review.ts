// Fair cross-review, pure: what is wrong with an assignment of reviewing units (a pair reviewing
// each other; a unit reviewing its own parent or child body), and a balanced one to propose:
// everyone reviews one, nobody itself, no pair reviews each other, parent and child kept apart
// where the members allow. A unit's parent is `Unit.parentBody`, a name (lib/units).

export type ReviewUnit = { id: string; name: string; parentBody: string | null };
export type ReviewFlag = "reciprocal" | "related";

const same = (a: string | null, b: string | null) => !!a && !!b && a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();

/** Whether one unit is the other's parent body (either way). */
export function related(a: ReviewUnit, b: ReviewUnit) {
  return same(a.parentBody, b.name) || same(b.parentBody, a.name);
}

/** Per reviewed unit, what is wrong with its reviewer (none: not in the map). `reviewerOf`: unit id → reviewing unit id. */
export function reviewFlags(units: readonly ReviewUnit[], reviewerOf: ReadonlyMap<string, string | null>): Map<string, ReviewFlag[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const flags = new Map<string, ReviewFlag[]>();
  for (const [unitId, reviewerId] of reviewerOf) {
    const unit = byId.get(unitId);
    const reviewer = reviewerId ? byId.get(reviewerId) : undefined;
    if (!unit || !reviewer) continue;
    const found: ReviewFlag[] = [];
    if (reviewerOf.get(reviewer.id) === unit.id) found.push("reciprocal");
    if (related(unit, reviewer)) found.push("related");
    if (found.length > 0) flags.set(unitId, found);
  }
  return flags;
}

/**
 * A balanced assignment of the members in the order given: unit i reviewed by unit i + k, for the
 * first step k that pairs no parent with its child (else the one pairing fewest). A step of half
 * the members would make pairs review each other, so it is never taken; fewer than three members
 * cannot be balanced (null).
 */
export function balancedAssignment(units: readonly ReviewUnit[]): Map<string, string> | null {
  const n = units.length;
  if (n < 3) return null;
  let best: { map: Map<string, string>; related: number } | null = null;
  for (let k = 1; k < n; k++) {
    if (2 * k === n) continue;
    const map = new Map(units.map((u, i) => [u.id, units[(i + k) % n].id]));
    const count = units.filter((u, i) => related(u, units[(i + k) % n])).length;
    if (!best || count < best.related) best = { map, related: count };
    if (count === 0) break;
  }
  return best!.map;
}
