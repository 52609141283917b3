// The rules of a bloc year's membership change, without I/O: setMembers (lib/blocs/service.ts)
// applies them to one bloc year, the Excel onboarding (lib/onboarding/members.ts) to many at once.

export type MembershipProblem = "blocs.errors.unitArchived" | "blocs.errors.leaderMustStay";

export type MembershipChange = { added: string[]; removed: string[]; problem: MembershipProblem | null; archivedAdded: string[] };

/**
 * From `before` to `wanted`: a unit archived since may stay but not join, and the standing
 * leader and deputy must stay (pass null when the same change names a new leadership).
 */
export function membershipChange(
  before: readonly string[],
  wanted: readonly string[],
  archivedIds: ReadonlySet<string>,
  leadership: { leaderUnitId: string | null; deputyUnitId: string | null } | null,
): MembershipChange {
  const added = wanted.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !wanted.includes(id));
  const archivedAdded = added.filter((id) => archivedIds.has(id));
  let problem: MembershipProblem | null = null;
  if (archivedAdded.length > 0) problem = "blocs.errors.unitArchived";
  else if (leadership && removesLeadership(leadership, removed)) problem = "blocs.errors.leaderMustStay";
  return { added, removed, problem, archivedAdded };
}

/** Whether `removed` takes the standing leader or deputy out of the bloc year: refused until the leadership is changed first. */
export function removesLeadership(leadership: { leaderUnitId: string | null; deputyUnitId: string | null }, removed: readonly string[]): boolean {
  return [leadership.leaderUnitId, leadership.deputyUnitId].some((id) => id && removed.includes(id));
}

/** New members join the end of the bloc's standing rotation order: the slots to add for `added`. */
export function rotationSlotsFor(slots: readonly { unitId: string; position: number }[], added: readonly string[]): { unitId: string; position: number }[] {
  const missing = added.filter((id) => !slots.some((s) => s.unitId === id));
  const start = slots.length ? Math.max(...slots.map((s) => s.position)) + 1 : 0;
  return missing.map((unitId, i) => ({ unitId, position: start + i }));
}

/** The message for validateLeadership's (lib/blocs/rotation.ts) errors. */
export function leadershipErrorKey(errors: readonly string[]) {
  return errors.includes("same_unit") ? "blocs.errors.sameUnit" : "blocs.errors.leaderNotMember";
}
