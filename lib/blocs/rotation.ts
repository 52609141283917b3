// Rotation planner (luân phiên): proposes next year's leader and deputy of a bloc.
// Board staff confirm or override the proposal, so this module only proposes and
// explains; it never decides. Pure: ids in, ids and note codes out.

export type RotationNoteCode =
  /** No members next year: nobody to lead. */
  | "empty_bloc"
  /** Only one member next year: it leads, no deputy. */
  | "single_member"
  /** Neither leader nor deputy this year (first year): first two in order. */
  | "no_current_leadership"
  /** Leader but no deputy this year: the unit after the leader leads. */
  | "no_current_deputy"
  /** This year's deputy is not a member next year: the unit after it leads. */
  | "deputy_left"
  /** A unit we had to start from is in neither the order nor next year's members. */
  | "position_unknown"
  /** Units passed over because they are not members next year, in walk order. */
  | "left_units_skipped"
  /** This year's leader was passed over as next leader (it leads only once in a row). */
  | "current_leader_skipped"
  /** No other member could lead: this year's leader leads again. */
  | "leader_unchanged"
  /** Members next year missing from the order: placed after the ordered ones. */
  | "members_not_in_order"
  /** Units listed more than once in the order: only the first place counts. */
  | "duplicates_in_order"
  /** Units merged away by next year: their successor takes their place (lib/blocs/succession.ts). */
  | "merged_units_replaced";

export interface RotationNote {
  code: RotationNoteCode;
  unitIds: string[];
}

export interface RotationInput {
  /** Unit ids in the bloc's rotation order; may still hold units that left. */
  rotationOrder: readonly string[];
  currentLeaderId: string | null;
  currentDeputyId: string | null;
  nextYearMemberIds: readonly string[];
  /**
   * Units merged away or dissolved by next year, each to its successor (null: dissolved). A merged
   * unit's successor stands where it stood; a dissolved one is passed over like a unit that left.
   */
  replaced?: ReadonlyMap<string, string | null>;
}

export interface LeadershipProposal {
  leaderId: string | null;
  deputyId: string | null;
  notes: RotationNote[];
}

export type LeadershipError = "leader_not_member" | "deputy_not_member" | "same_unit";

function dedupe(ids: readonly string[]): { unique: string[]; duplicates: string[] } {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  const unique: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) dupes.add(id);
    else {
      seen.add(id);
      unique.push(id);
    }
  }
  return { unique, duplicates: [...dupes] };
}

/**
 * The order restricted to next year's members: duplicates and non-members dropped,
 * members missing from the order appended in the order they were given.
 */
export function normalizeRotationOrder(order: readonly string[], memberIds: readonly string[]): string[] {
  const members = new Set(memberIds);
  const ordered = dedupe(order).unique.filter((id) => members.has(id));
  const placed = new Set(ordered);
  return [...ordered, ...dedupe(memberIds).unique.filter((id) => !placed.has(id))];
}

/** Null leader or deputy is not an error here: whether one is required is the caller's rule. */
export function validateLeadership(input: { leaderId: string | null; deputyId: string | null; memberIds: readonly string[] }): LeadershipError[] {
  const members = new Set(input.memberIds);
  const errors: LeadershipError[] = [];
  if (input.leaderId !== null && !members.has(input.leaderId)) errors.push("leader_not_member");
  if (input.deputyId !== null && !members.has(input.deputyId)) errors.push("deputy_not_member");
  if (input.leaderId !== null && input.leaderId === input.deputyId) errors.push("same_unit");
  return errors;
}

export function proposeNextLeadership(input: RotationInput): LeadershipProposal {
  const replaced = input.replaced;
  if (!replaced || replaced.size === 0) return propose(input);
  const live = (id: string) => replaced.get(id) ?? id;
  const merged = dedupe(input.rotationOrder.filter((id) => replaced.get(id))).unique;
  const proposal = propose({
    rotationOrder: input.rotationOrder.map(live),
    currentLeaderId: input.currentLeaderId && live(input.currentLeaderId),
    currentDeputyId: input.currentDeputyId && live(input.currentDeputyId),
    nextYearMemberIds: input.nextYearMemberIds.filter((id) => !replaced.has(id)),
  });
  if (merged.length > 0) proposal.notes.push({ code: "merged_units_replaced", unitIds: merged });
  return proposal;
}

function propose(input: RotationInput): LeadershipProposal {
  const members = new Set(input.nextYearMemberIds);
  const notes: RotationNote[] = [];
  const note = (code: RotationNoteCode, unitIds: string[] = []) => notes.push({ code, unitIds });

  const { unique: ordered, duplicates } = dedupe(input.rotationOrder);
  if (duplicates.length > 0) note("duplicates_in_order", duplicates);
  const inOrder = new Set(ordered);
  const missing = dedupe(input.nextYearMemberIds).unique.filter((id) => !inOrder.has(id));
  if (missing.length > 0) note("members_not_in_order", missing);

  // The ring keeps departed units so we still know where they sat when walking past them.
  const ring = [...ordered, ...missing];
  const memberRing = ring.filter((id) => members.has(id));
  if (memberRing.length === 0) {
    note("empty_bloc");
    return { leaderId: null, deputyId: null, notes };
  }

  const skippedLeft: string[] = [];
  let leaderSkipped = false;
  // First member strictly after `from` in the ring, wrapping; `avoid` is passed over if another exists.
  const nextAfter = (from: string, avoid: string | null): string | null => {
    const start = ring.indexOf(from);
    const passed: string[] = [];
    let avoided: string | null = null;
    const found = (id: string | null) => {
      for (const p of passed) if (!skippedLeft.includes(p)) skippedLeft.push(p);
      return id;
    };
    for (let step = 1; step <= ring.length; step++) {
      const id = ring[(start + step) % ring.length];
      if (!members.has(id)) passed.push(id);
      else if (id === avoid) avoided = id;
      else {
        if (avoided !== null) leaderSkipped = true;
        return found(id);
      }
    }
    return found(avoided);
  };

  const leader = input.currentLeaderId;
  // A deputy equal to the leader is bad data; treat it as no deputy rather than guess.
  const deputy = input.currentDeputyId !== leader ? input.currentDeputyId : null;

  let next: string | null = null;
  if (deputy !== null && members.has(deputy)) {
    next = deputy;
  } else {
    if (deputy !== null) note("deputy_left", [deputy]);
    else if (leader !== null) note("no_current_deputy", [leader]);
    const anchors = [deputy, leader].filter((id): id is string => id !== null);
    for (const anchor of anchors) {
      if (ring.includes(anchor)) {
        next = nextAfter(anchor, leader);
        break;
      }
      note("position_unknown", [anchor]);
    }
    if (next === null) {
      if (anchors.length === 0) note("no_current_leadership");
      // Start of the order, still avoiding a repeat of this year's leader when possible.
      next = memberRing.find((id) => id !== leader) ?? memberRing[0];
    }
  }
  if (leaderSkipped && leader !== null) note("current_leader_skipped", [leader]);
  if (next === leader) note("leader_unchanged", [next]);

  const deputyNext = memberRing.length > 1 ? nextAfter(next, null) : null;
  if (deputyNext === null) note("single_member");
  if (skippedLeft.length > 0) note("left_units_skipped", skippedLeft);

  return { leaderId: next, deputyId: deputyNext, notes };
}
