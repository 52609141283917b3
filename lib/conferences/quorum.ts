// Quorum and conference rules. Pure: counts and ids in, answers out; unit-tested.

export type Quorum = {
  present: number;
  members: number;
  /** The fewest members present for a quorum (0 when there are no members). */
  needed: number;
  reached: boolean;
};

/**
 * A vote needs at least two thirds of the bloc's members present. Integer arithmetic
 * (present·3 ≥ members·2) so 6 of 9 is exactly enough, with no rounding involved.
 * A bloc without members never has a quorum.
 */
export function hasQuorum(present: number, members: number): boolean {
  return members > 0 && present >= 0 && present * 3 >= members * 2;
}

/** ⌈2·members/3⌉ without floating point. */
export function quorumNeeded(members: number): number {
  return members > 0 ? Math.floor((members * 2 + 2) / 3) : 0;
}

export type AttendanceMark = { unitId: string; status: "PRESENT" | "ABSENT" };

/** Only current members count: a unit that left the bloc is neither present nor a member. */
export function quorumOf(attendance: readonly AttendanceMark[], memberIds: readonly string[]): Quorum {
  const members = new Set(memberIds);
  const present = new Set(attendance.filter((a) => a.status === "PRESENT" && members.has(a.unitId)).map((a) => a.unitId)).size;
  return { present, members: members.size, needed: quorumNeeded(members.size), reached: hasQuorum(present, members.size) };
}

export type Votes = { votesFor: number; votesAgainst: number; votesAbstain: number };

export type VoteError = "no_quorum" | "too_many_votes" | "negative";

/** Why a vote cannot be recorded with this attendance; null when it can. One vote per member present. */
export function voteError(votes: Votes, quorum: Quorum): VoteError | null {
  if (!quorum.reached) return "no_quorum";
  const all = [votes.votesFor, votes.votesAgainst, votes.votesAbstain];
  if (all.some((v) => !Number.isInteger(v) || v < 0)) return "negative";
  if (all.reduce((a, b) => a + b, 0) > quorum.present) return "too_many_votes";
  return null;
}

export type ConferenceKind = "SIGNING" | "MID_YEAR" | "YEAR_END" | "OTHER";

/** A signing conference carries the pledge signing. */
export const carriesPledgeSigning = (kind: ConferenceKind) => kind === "SIGNING";

/** A year-end conference agrees next year's leader and deputy (confirmed by the board in the rotation planner). */
export const agreesNextLeadership = (kind: ConferenceKind) => kind === "YEAR_END";

export type NextLeadershipError = "not_year_end" | "not_member" | "same_unit";

export function nextLeadershipError(
  kind: ConferenceKind,
  leaderId: string | null,
  deputyId: string | null,
  memberIds: readonly string[],
): NextLeadershipError | null {
  if (!agreesNextLeadership(kind)) return "not_year_end";
  const members = new Set(memberIds);
  if ((leaderId && !members.has(leaderId)) || (deputyId && !members.has(deputyId))) return "not_member";
  if (leaderId && leaderId === deputyId) return "same_unit";
  return null;
}
