// Every write holds the conference's year and then its row, and is refused once the year is
// closed (lib/conferences/lock.ts). A write to a guest or a decision finds its conference first,
// then reads the row again under the hold: it may have gone meanwhile.
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { detachOwnerFiles, removeStoredFiles } from "@/lib/attachments/service";
import { holdConference, holdConferenceYear } from "@/lib/conferences/lock";
import { nextLeadershipError, quorumOf, voteError } from "@/lib/conferences/quorum";
import type { AttendanceRowInput, ConferenceInput, DecisionInput, GuestInput, VoteInput } from "@/lib/conferences/schemas";

async function memberIdsOf(tx: Tx, blocYearId: string) {
  const rows = await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } });
  return rows.map((r) => r.unitId);
}

// Pledge signatures recorded at a conference belong to the pledge (locked once open): deleting the
// conference would change them silently. Its kind may change: a pledge is signed at any kind.
async function assertNoSignatures(tx: Tx, conferenceId: string) {
  const count = await tx.pledgeSignature.count({ where: { conferenceId } });
  if (count > 0) throw new DomainError("conferences.errors.hasSignatures", { count });
}

/** The conference of a guest or a decision; not found when the row is not. */
async function conferenceOf(row: Promise<{ conferenceId: string } | null>) {
  const found = await row;
  if (!found) throw new NotFoundError();
  return found.conferenceId;
}

function assertHostIsMember(hostUnitId: string | null, memberIds: string[]) {
  if (hostUnitId && !memberIds.includes(hostUnitId)) throw new DomainError("conferences.errors.hostNotMember");
}

/** A meeting ends after it begins (the minutes print both). */
function assertEndsAfterStart(input: Pick<ConferenceInput, "date" | "endedAt">) {
  if (input.endedAt && input.endedAt <= input.date) throw new DomainError("conferences.errors.endBeforeStart");
}

/** A vote is on an award form of the catalogue, when it names one. */
async function assertAwardForm(tx: Tx, awardFormId: string | null) {
  if (awardFormId && !(await tx.awardForm.findUnique({ where: { id: awardFormId }, select: { id: true } })))
    throw new DomainError("conferences.errors.awardFormUnknown");
}

export async function createConference(actor: AppSession, blocYearId: string, input: ConferenceInput) {
  return db.$transaction(async (tx) => {
    await holdConferenceYear(tx, blocYearId);
    const by = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { leaderUnitId: true } });
    if (!by) throw new NotFoundError();
    // The leader hosts unless another unit is named.
    const data = { ...input, hostUnitId: input.hostUnitId ?? by.leaderUnitId };
    assertEndsAfterStart(input);
    assertHostIsMember(data.hostUnitId, await memberIdsOf(tx, blocYearId));
    const conference = await tx.conference.create({ data: { ...data, blocYearId } });
    await writeAudit(tx, actor, { action: "conference.create", entityType: "Conference", entityId: conference.id, after: conference });
    return { id: conference.id };
  });
}

export async function updateConference(actor: AppSession, conferenceId: string, input: ConferenceInput) {
  return db.$transaction(async (tx) => {
    const before = await holdConference(tx, conferenceId);
    assertEndsAfterStart(input);
    assertHostIsMember(input.hostUnitId, await memberIdsOf(tx, before.blocYearId));
    // Only a year-end conference agrees next year's leadership; another kind drops it.
    const keepNext = input.kind === "YEAR_END";
    const after = await tx.conference.update({
      where: { id: conferenceId },
      // Registrations are announced only at a signing conference: another kind drops the record too.
      data: {
        ...input,
        ...(keepNext ? {} : { nextLeaderUnitId: null, nextDeputyUnitId: null }),
        ...(input.kind === "SIGNING" ? {} : { registrationsAnnouncedAt: null }),
      },
    });
    await writeAudit(tx, actor, { action: "conference.update", entityType: "Conference", entityId: conferenceId, before, after });
    return { id: conferenceId };
  });
}

export async function setMinutes(actor: AppSession, conferenceId: string, minutes: string | null) {
  return db.$transaction(async (tx) => {
    const before = await holdConference(tx, conferenceId);
    await tx.conference.update({ where: { id: conferenceId }, data: { minutes } });
    await writeAudit(tx, actor, {
      action: "conference.minutes",
      entityType: "Conference",
      entityId: conferenceId,
      before: { minutes: before.minutes },
      after: { minutes },
    });
    return { id: conferenceId };
  });
}

/** Deletes the conference with its guests, attendance, decisions and files. */
export async function deleteConference(actor: AppSession, conferenceId: string) {
  const { stored, result } = await db.$transaction(async (tx) => {
    await holdConference(tx, conferenceId);
    const before = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, include: { guests: true, attendance: true, decisions: true } });
    await assertNoSignatures(tx, conferenceId);
    const stored = await detachOwnerFiles(tx, "conference", conferenceId);
    await tx.conference.delete({ where: { id: conferenceId } });
    await writeAudit(tx, actor, { action: "conference.delete", entityType: "Conference", entityId: conferenceId, before: { ...before, attachments: stored } });
    return { stored, result: { id: conferenceId, blocYearId: before.blocYearId } };
  });
  // Files go only once the rows are gone: a failed transaction keeps both.
  await removeStoredFiles(stored.map((s) => s.storedName));
  return result;
}

export async function addGuest(actor: AppSession, conferenceId: string, input: GuestInput) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, conferenceId);
    const last = await tx.conferenceGuest.findFirst({ where: { conferenceId }, orderBy: { position: "desc" }, select: { position: true } });
    const guest = await tx.conferenceGuest.create({ data: { ...input, conferenceId, position: (last?.position ?? -1) + 1 } });
    await writeAudit(tx, actor, { action: "conference.guestAdd", entityType: "Conference", entityId: conferenceId, after: guest });
    return { id: guest.id };
  });
}

export async function removeGuest(actor: AppSession, guestId: string) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, await conferenceOf(tx.conferenceGuest.findUnique({ where: { id: guestId } })));
    const guest = await tx.conferenceGuest.findUnique({ where: { id: guestId } });
    if (!guest) throw new NotFoundError();
    await tx.conferenceGuest.delete({ where: { id: guestId } });
    await writeAudit(tx, actor, { action: "conference.guestRemove", entityType: "Conference", entityId: guest.conferenceId, before: guest });
    return { id: guestId };
  });
}

/**
 * Replaces the attendance of a conference with the rows given: one per member unit at most,
 * members only. A row with no status leaves that unit unrecorded.
 */
export async function saveAttendance(actor: AppSession, conferenceId: string, rows: AttendanceRowInput[]) {
  const ids = rows.map((r) => r.unitId);
  if (new Set(ids).size !== ids.length) throw new DomainError("conferences.errors.duplicateUnit");
  return db.$transaction(async (tx) => {
    const conference = await holdConference(tx, conferenceId);
    const memberIds = await memberIdsOf(tx, conference.blocYearId);
    const outsider = ids.find((unitId) => !memberIds.includes(unitId));
    if (outsider) {
      const unit = await tx.unit.findUnique({ where: { id: outsider }, select: { name: true } });
      throw new DomainError("conferences.errors.notMember", { unit: unit?.name ?? outsider });
    }
    const before = await tx.conferenceAttendance.findMany({ where: { conferenceId }, orderBy: { unitId: "asc" } });
    const data = rows
      .filter((r) => r.status !== "")
      .map((r) => ({
        conferenceId,
        unitId: r.unitId,
        status: r.status as "PRESENT" | "ABSENT",
        absenceReason: r.status === "ABSENT" ? r.absenceReason : null,
        representativeName: r.status === "PRESENT" ? r.representativeName : null,
      }));
    await tx.conferenceAttendance.deleteMany({ where: { conferenceId } });
    await tx.conferenceAttendance.createMany({ data });
    const quorum = quorumOf(data, memberIds);
    await writeAudit(tx, actor, { action: "conference.attendance", entityType: "Conference", entityId: conferenceId, before, after: { rows: data, quorum } });
    return { id: conferenceId, present: quorum.present, members: quorum.members };
  });
}

export async function addDecision(actor: AppSession, conferenceId: string, input: DecisionInput) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, conferenceId);
    await assertAwardForm(tx, input.awardFormId ?? null);
    const last = await tx.conferenceDecision.findFirst({ where: { conferenceId }, orderBy: { position: "desc" }, select: { position: true } });
    const decision = await tx.conferenceDecision.create({ data: { ...input, conferenceId, position: (last?.position ?? -1) + 1 } });
    await writeAudit(tx, actor, { action: "conference.decisionAdd", entityType: "ConferenceDecision", entityId: decision.id, after: decision });
    return { id: decision.id };
  });
}

export async function updateDecision(actor: AppSession, decisionId: string, input: DecisionInput) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, await conferenceOf(tx.conferenceDecision.findUnique({ where: { id: decisionId } })));
    const before = await tx.conferenceDecision.findUnique({ where: { id: decisionId } });
    if (!before) throw new NotFoundError();
    await assertAwardForm(tx, input.awardFormId ?? null);
    // A decision that no longer needs a vote keeps no vote.
    const clearVote = input.needsVote ? {} : { votesFor: null, votesAgainst: null, votesAbstain: null, presentCount: null, memberCount: null };
    const after = await tx.conferenceDecision.update({ where: { id: decisionId }, data: { ...input, ...clearVote } });
    await writeAudit(tx, actor, { action: "conference.decisionUpdate", entityType: "ConferenceDecision", entityId: decisionId, before, after });
    return { id: decisionId };
  });
}

export async function removeDecision(actor: AppSession, decisionId: string) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, await conferenceOf(tx.conferenceDecision.findUnique({ where: { id: decisionId } })));
    const before = await tx.conferenceDecision.findUnique({ where: { id: decisionId } });
    if (!before) throw new NotFoundError();
    await tx.conferenceDecision.delete({ where: { id: decisionId } });
    await writeAudit(tx, actor, { action: "conference.decisionRemove", entityType: "ConferenceDecision", entityId: decisionId, before });
    return { id: decisionId };
  });
}

/**
 * Records the vote on a decision. Refused unless at least two thirds of the bloc's members
 * are recorded present; the attendance behind it is kept with the vote.
 */
export async function recordVote(actor: AppSession, decisionId: string, votes: VoteInput) {
  return db.$transaction(async (tx) => {
    await holdConference(tx, await conferenceOf(tx.conferenceDecision.findUnique({ where: { id: decisionId } })));
    const before = await tx.conferenceDecision.findUnique({ where: { id: decisionId } });
    if (!before) throw new NotFoundError();
    if (!before.needsVote) throw new DomainError("conferences.errors.voteNotNeeded");
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: before.conferenceId } });
    const attendance = await tx.conferenceAttendance.findMany({ where: { conferenceId: conference.id } });
    const quorum = quorumOf(attendance, await memberIdsOf(tx, conference.blocYearId));
    const error = voteError(votes, quorum);
    if (error === "no_quorum")
      throw new DomainError("conferences.errors.noQuorum", { present: quorum.present, members: quorum.members, needed: quorum.needed });
    if (error) throw new DomainError("conferences.errors.tooManyVotes", { present: quorum.present });
    const after = await tx.conferenceDecision.update({
      where: { id: decisionId },
      data: { ...votes, presentCount: quorum.present, memberCount: quorum.members },
    });
    await writeAudit(tx, actor, { action: "conference.vote", entityType: "ConferenceDecision", entityId: decisionId, before, after });
    return { id: decisionId };
  });
}

/** The year-end agreement on next year's leader and deputy; the board confirms it in the rotation planner. */
export async function setNextLeadership(actor: AppSession, conferenceId: string, leaderId: string | null, deputyId: string | null) {
  return db.$transaction(async (tx) => {
    const before = await holdConference(tx, conferenceId);
    const error = nextLeadershipError(before.kind, leaderId, deputyId, await memberIdsOf(tx, before.blocYearId));
    if (error === "not_year_end") throw new DomainError("conferences.errors.notYearEnd");
    if (error === "same_unit") throw new DomainError("conferences.errors.sameUnit");
    if (error) throw new DomainError("conferences.errors.leaderNotMember");
    await tx.conference.update({ where: { id: conferenceId }, data: { nextLeaderUnitId: leaderId, nextDeputyUnitId: deputyId } });
    await writeAudit(tx, actor, {
      action: "conference.nextLeadership",
      entityType: "Conference",
      entityId: conferenceId,
      before: { nextLeaderUnitId: before.nextLeaderUnitId, nextDeputyUnitId: before.nextDeputyUnitId },
      after: { nextLeaderUnitId: leaderId, nextDeputyUnitId: deputyId },
    });
    return { id: conferenceId };
  });
}
