import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { detachOwnerFiles, removeStoredFiles } from "@/lib/attachments/service";
import type { ActivityInput } from "@/lib/activities/schemas";

// Host and participants are members of the bloc that year.
async function assertMembers(tx: Tx, blocYearId: string, input: ActivityInput) {
  const members = new Set((await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } })).map((m) => m.unitId));
  const outsider = [input.hostUnitId, ...input.participantIds].find((unitId) => unitId && !members.has(unitId));
  if (outsider) {
    const unit = await tx.unit.findUnique({ where: { id: outsider }, select: { name: true } });
    throw new DomainError("activities.errors.notMember", { unit: unit?.name ?? outsider });
  }
}

function fieldsOf(input: ActivityInput) {
  return { kind: input.kind, title: input.title, date: input.date, hostUnitId: input.hostUnitId, description: input.description };
}

export async function createActivity(actor: AppSession, blocYearId: string, input: ActivityInput) {
  const participantIds = [...new Set(input.participantIds)];
  return db.$transaction(async (tx) => {
    if (!(await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true } }))) throw new NotFoundError();
    await assertMembers(tx, blocYearId, input);
    const activity = await tx.activity.create({ data: { ...fieldsOf(input), blocYearId } });
    await tx.activityParticipant.createMany({ data: participantIds.map((unitId) => ({ activityId: activity.id, unitId })) });
    await writeAudit(tx, actor, { action: "activity.create", entityType: "Activity", entityId: activity.id, after: { ...activity, participantIds } });
    return { id: activity.id };
  });
}

export async function updateActivity(actor: AppSession, activityId: string, input: ActivityInput) {
  const participantIds = [...new Set(input.participantIds)];
  return db.$transaction(async (tx) => {
    const before = await tx.activity.findUnique({ where: { id: activityId }, include: { participants: true } });
    if (!before) throw new NotFoundError();
    await assertMembers(tx, before.blocYearId, input);
    const after = await tx.activity.update({ where: { id: activityId }, data: fieldsOf(input) });
    await tx.activityParticipant.deleteMany({ where: { activityId } });
    await tx.activityParticipant.createMany({ data: participantIds.map((unitId) => ({ activityId, unitId })) });
    const { participants, ...plain } = before;
    await writeAudit(tx, actor, {
      action: "activity.update",
      entityType: "Activity",
      entityId: activityId,
      before: { ...plain, participantIds: participants.map((p) => p.unitId) },
      after: { ...after, participantIds },
    });
    return { id: activityId };
  });
}

/** Deletes the activity with its participants and files. */
export async function deleteActivity(actor: AppSession, activityId: string) {
  const { stored, result } = await db.$transaction(async (tx) => {
    const before = await tx.activity.findUnique({ where: { id: activityId }, include: { participants: true } });
    if (!before) throw new NotFoundError();
    const stored = await detachOwnerFiles(tx, "activity", activityId);
    await tx.activity.delete({ where: { id: activityId } });
    await writeAudit(tx, actor, { action: "activity.delete", entityType: "Activity", entityId: activityId, before: { ...before, attachments: stored } });
    return { stored, result: { id: activityId } };
  });
  await removeStoredFiles(stored.map((s) => s.storedName));
  return result;
}
