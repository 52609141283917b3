import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError, SameNameError } from "@/lib/errors";
import { findSameName } from "@/lib/format/name-key";
import { deleteUnlessReferenced } from "@/lib/db/delete-unused";
import { leadershipErrorKey, membershipChange, rotationSlotsFor } from "@/lib/blocs/membership";
import { proposeNextLeadership, validateLeadership } from "@/lib/blocs/rotation";
import type { BlocInput, BlocYearUpdate, CarriedLeadership, ConfirmRotationInput } from "@/lib/blocs/schemas";
import { carriedMembers, replacementsFor } from "@/lib/blocs/ended-units";

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const other = await tx.bloc.findUnique({ where: { code }, select: { id: true } });
  if (other && other.id !== exceptId) throw new DomainError("blocs.errors.codeTaken", { code });
}

/** A new bloc; a name equal to an existing bloc's is refused with that bloc named unless `confirm` (as createUnit). */
export async function createBloc(actor: AppSession, { confirm = false, ...input }: BlocInput & { confirm?: boolean }) {
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code);
    if (!confirm) {
      const same = findSameName(await tx.bloc.findMany({ select: { id: true, name: true, code: true } }), input.name);
      if (same) throw new SameNameError("blocs.errors.sameName", same);
    }
    const bloc = await tx.bloc.create({ data: input });
    await writeAudit(tx, actor, { action: "bloc.create", entityType: "Bloc", entityId: bloc.id, after: bloc });
    return { id: bloc.id };
  });
}

export async function updateBloc(actor: AppSession, id: string, input: BlocInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.bloc.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await assertCodeFree(tx, input.code, id);
    const after = await tx.bloc.update({ where: { id }, data: input });
    await writeAudit(tx, actor, { action: "bloc.update", entityType: "Bloc", entityId: id, before, after });
    return { id };
  });
}

export async function setBlocArchived(actor: AppSession, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.bloc.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const after = await tx.bloc.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, actor, { action: archived ? "bloc.archive" : "bloc.restore", entityType: "Bloc", entityId: id, before, after });
    return { id };
  });
}

// A bloc created by mistake goes with its rotation order and board assignments; one with a year
// (or anything else the database's foreign keys know of) is archived instead.
export async function removeBloc(tx: Tx, id: string) {
  const before = await tx.bloc.findUnique({ where: { id } });
  if (!before) throw new NotFoundError();
  await deleteUnlessReferenced(() => tx.bloc.delete({ where: { id } }), "removal.errors.blocInUse");
  return before;
}

export async function deleteBloc(actor: AppSession, id: string) {
  return db.$transaction(async (tx) => {
    const before = await removeBloc(tx, id);
    await writeAudit(tx, actor, { action: "bloc.delete", entityType: "Bloc", entityId: id, before });
    return { id };
  });
}

export async function setRotationOrder(actor: AppSession, blocId: string, unitIds: string[]) {
  if (new Set(unitIds).size !== unitIds.length) throw new DomainError("blocs.errors.rotationDuplicate");
  return db.$transaction(async (tx) => {
    const before = await tx.blocRotationSlot.findMany({ where: { blocId }, orderBy: { position: "asc" } });
    const known = await tx.unit.count({ where: { id: { in: unitIds } } });
    if (known !== unitIds.length) throw new NotFoundError();
    await tx.blocRotationSlot.deleteMany({ where: { blocId } });
    await tx.blocRotationSlot.createMany({ data: unitIds.map((unitId, position) => ({ blocId, unitId, position })) });
    await writeAudit(tx, actor, { action: "bloc.rotation", entityType: "Bloc", entityId: blocId, before: before.map((s) => s.unitId), after: unitIds });
    return { id: blocId };
  });
}

/**
 * A new bloc year in one step: last year's members copied when asked and, with them, leader and
 * deputy carried over: the rotation planner's proposal ("proposal") or last year's pair unchanged
 * ("keep"). The formal decision (number, date) is still recorded on the rotation page.
 */
export async function createBlocYear(actor: AppSession, blocId: string, year: number, copyMembers: boolean, leadership: CarriedLeadership = "none") {
  return db.$transaction(async (tx) => {
    const bloc = await tx.bloc.findUnique({ where: { id: blocId }, select: { id: true, archivedAt: true } });
    if (!bloc) throw new NotFoundError();
    if (bloc.archivedAt) throw new DomainError("blocs.errors.archived");
    if (await tx.blocYear.findUnique({ where: { blocId_year: { blocId, year } } })) throw new DomainError("blocs.errors.yearExists", { year });
    let created = await tx.blocYear.create({ data: { blocId, year } });
    let memberIds: string[] = [];
    if (copyMembers) {
      const previous = await tx.blocYear.findFirst({ where: { blocId, year: { lt: year } }, orderBy: { year: "desc" }, include: { members: true } });
      // Units merged away by then are carried as their successor; dissolved ones drop out.
      memberIds = await carriedMembers(
        tx,
        (previous?.members ?? []).map((m) => m.unitId),
        year,
        created.id,
      );
      await assertFreeThatYear(tx, memberIds, year, created.id);
      await tx.blocMember.createMany({ data: memberIds.map((unitId) => ({ blocYearId: created.id, year, unitId })) });
      if (previous && leadership !== "none") {
        const pair = await carriedLeadership(tx, previous, { memberIds, year }, leadership);
        created = await tx.blocYear.update({ where: { id: created.id }, data: { leaderUnitId: pair.leaderId, deputyUnitId: pair.deputyId } });
      }
    }
    await writeAudit(tx, actor, { action: "blocYear.create", entityType: "BlocYear", entityId: created.id, after: { ...created, memberIds, leadership } });
    return { id: created.id, year };
  });
}

type PreviousYear = { blocId: string; leaderUnitId: string | null; deputyUnitId: string | null };

// What the new year's leader and deputy are; a unit that cannot hold the place (not a member, or
// both places the same unit in bad data) is left empty rather than refused.
async function carriedLeadership(
  tx: Tx,
  previous: PreviousYear,
  { memberIds, year }: { memberIds: string[]; year: number },
  how: Exclude<CarriedLeadership, "none">,
) {
  let pair = { leaderId: previous.leaderUnitId, deputyId: previous.deputyUnitId };
  if (how === "proposal") {
    const rotation = await tx.blocRotationSlot.findMany({ where: { blocId: previous.blocId }, orderBy: { position: "asc" } });
    pair = proposeNextLeadership({
      rotationOrder: rotation.map((r) => r.unitId),
      currentLeaderId: previous.leaderUnitId,
      currentDeputyId: previous.deputyUnitId,
      nextYearMemberIds: memberIds,
      // A leader or deputy merged away by then hands its turn to its successor, as on the rotation page.
      replaced: await replacementsFor(tx, year),
    });
  }
  const errors = validateLeadership({ leaderId: pair.leaderId, deputyId: pair.deputyId, memberIds });
  return {
    leaderId: errors.includes("leader_not_member") ? null : pair.leaderId,
    deputyId: errors.includes("deputy_not_member") || errors.includes("same_unit") ? null : pair.deputyId,
  };
}

export async function updateBlocYear(actor: AppSession, blocYearId: string, input: BlocYearUpdate) {
  return db.$transaction(async (tx) => {
    const before = await tx.blocYear.findUnique({ where: { id: blocYearId } });
    if (!before) throw new NotFoundError();
    const after = await tx.blocYear.update({ where: { id: blocYearId }, data: input });
    await writeAudit(tx, actor, { action: "blocYear.update", entityType: "BlocYear", entityId: blocYearId, before, after });
    return { id: blocYearId };
  });
}

// The database refuses a unit in two blocs of one year; checking first names the units.
async function assertFreeThatYear(tx: Tx, unitIds: string[], year: number, blocYearId: string) {
  const taken = await tx.blocMember.findMany({
    where: { year, unitId: { in: unitIds }, blocYearId: { not: blocYearId } },
    include: { unit: { select: { name: true } }, blocYear: { include: { bloc: { select: { name: true } } } } },
  });
  if (taken.length > 0) {
    const t = taken[0];
    throw new DomainError("blocs.errors.unitInOtherBloc", { unit: t.unit.name, bloc: t.blocYear.bloc.name, year });
  }
}

export async function setMembers(actor: AppSession, blocYearId: string, unitIds: string[]) {
  const wanted = [...new Set(unitIds)];
  return db.$transaction(async (tx) => {
    const by = await tx.blocYear.findUnique({ where: { id: blocYearId }, include: { members: true } });
    if (!by) throw new NotFoundError();
    const before = by.members.map((m) => m.unitId);
    const units = await tx.unit.findMany({ where: { id: { in: wanted } }, select: { id: true, archivedAt: true } });
    if (units.length !== wanted.length) throw new NotFoundError();
    const archived = new Set(units.filter((u) => u.archivedAt).map((u) => u.id));
    const { added, removed, problem } = membershipChange(before, wanted, archived, by);
    if (problem) throw new DomainError(problem);
    await assertFreeThatYear(tx, added, by.year, blocYearId);
    await tx.blocMember.deleteMany({ where: { blocYearId, unitId: { in: removed } } });
    await tx.blocMember.createMany({ data: added.map((unitId) => ({ blocYearId, year: by.year, unitId })) });
    const slots = await tx.blocRotationSlot.findMany({ where: { blocId: by.blocId }, orderBy: { position: "asc" } });
    await tx.blocRotationSlot.createMany({ data: rotationSlotsFor(slots, added).map((s) => ({ blocId: by.blocId, ...s })) });
    await writeAudit(tx, actor, { action: "blocYear.members", entityType: "BlocYear", entityId: blocYearId, before, after: wanted });
    return { id: blocYearId, added: added.length, removed: removed.length };
  });
}

export async function setLeadership(actor: AppSession, blocYearId: string, leaderUnitId: string | null, deputyUnitId: string | null) {
  return db.$transaction(async (tx) => {
    const by = await tx.blocYear.findUnique({ where: { id: blocYearId }, include: { members: true } });
    if (!by) throw new NotFoundError();
    const errors = validateLeadership({ leaderId: leaderUnitId, deputyId: deputyUnitId, memberIds: by.members.map((m) => m.unitId) });
    if (errors.length) throw new DomainError(leadershipErrorKey(errors));
    const after = await tx.blocYear.update({ where: { id: blocYearId }, data: { leaderUnitId, deputyUnitId } });
    await writeAudit(tx, actor, {
      action: "blocYear.leadership",
      entityType: "BlocYear",
      entityId: blocYearId,
      before: { leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId },
      after: { leaderUnitId: after.leaderUnitId, deputyUnitId: after.deputyUnitId },
    });
    return { id: blocYearId };
  });
}

/**
 * Confirms the leadership of `fromYear + 1`: creates that year (members copied) if needed,
 * sets leader and deputy, and records the decision beside the planner's proposal.
 */
export async function confirmRotation(actor: AppSession, input: ConfirmRotationInput) {
  const year = input.fromYear + 1;
  return db.$transaction(async (tx) => {
    const current = await tx.blocYear.findUnique({ where: { blocId_year: { blocId: input.blocId, year: input.fromYear } }, include: { members: true } });
    if (!current) throw new NotFoundError();
    const replaced = await replacementsFor(tx, year);
    let next = await tx.blocYear.findUnique({ where: { blocId_year: { blocId: input.blocId, year } }, include: { members: true } });
    if (!next) {
      const created = await tx.blocYear.create({ data: { blocId: input.blocId, year } });
      const memberIds = await carriedMembers(
        tx,
        current.members.map((m) => m.unitId),
        year,
        created.id,
      );
      await assertFreeThatYear(tx, memberIds, year, created.id);
      await tx.blocMember.createMany({ data: memberIds.map((unitId) => ({ blocYearId: created.id, year, unitId })) });
      next = { ...created, members: await tx.blocMember.findMany({ where: { blocYearId: created.id } }) };
    }
    const memberIds = next.members.map((m) => m.unitId);
    const errors = validateLeadership({ leaderId: input.leaderUnitId, deputyId: input.deputyUnitId, memberIds });
    if (errors.length) throw new DomainError(leadershipErrorKey(errors));
    const rotation = await tx.blocRotationSlot.findMany({ where: { blocId: input.blocId }, orderBy: { position: "asc" } });
    const proposal = proposeNextLeadership({
      rotationOrder: rotation.map((r) => r.unitId),
      currentLeaderId: current.leaderUnitId,
      currentDeputyId: current.deputyUnitId,
      nextYearMemberIds: memberIds,
      replaced,
    });
    const overridden = proposal.leaderId !== input.leaderUnitId || proposal.deputyId !== input.deputyUnitId;
    if (overridden && (!input.reason || !input.decisionNo || !input.decisionDate)) throw new DomainError("blocs.errors.overrideNeedsDecision");
    await tx.blocYear.update({ where: { id: next.id }, data: { leaderUnitId: input.leaderUnitId, deputyUnitId: input.deputyUnitId } });
    const decision = await tx.leadershipDecision.create({
      data: {
        blocId: input.blocId,
        year,
        leaderUnitId: input.leaderUnitId,
        deputyUnitId: input.deputyUnitId,
        proposedLeaderUnitId: proposal.leaderId,
        proposedDeputyUnitId: proposal.deputyId,
        overridden,
        reason: input.reason,
        decisionNo: input.decisionNo,
        decisionDate: input.decisionDate,
        decidedById: actor.userId,
      },
    });
    await writeAudit(tx, actor, {
      action: overridden ? "rotation.override" : "rotation.confirm",
      entityType: "BlocYear",
      entityId: next.id,
      before: { leaderUnitId: next.leaderUnitId, deputyUnitId: next.deputyUnitId },
      after: decision,
    });
    return { id: next.id, year, overridden };
  });
}
