import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { auditRefusal } from "@/lib/audit/refusal";
import { holdYear, yearLocked } from "@/lib/blocs/year-lock";
import { DomainError, NotFoundError } from "@/lib/errors";
import { isHeadOf } from "@/lib/units/policy";
import { registrationOpen } from "@/lib/registrations/policy";
import type { SaveRegistrationInput } from "@/lib/registrations/schemas";

// A unit's registration for a bloc year (docs/DOMAIN.md, "Registration"): written while the
// leader's deadline has not passed and the year is not locked; submitted once, with the head's
// approval; returned to the unit by those who manage it. Every write holds the year's row first
// (docs/conventions.md, "Writes against a lock").

const LOCKED = "registrations.errors.locked";

/** Holds the year for a write and refuses a locked one; the year's deadline. */
async function openYear(tx: Tx, blocYearId: string) {
  await holdYear(tx, blocYearId, "write");
  if (await yearLocked(tx, blocYearId)) throw new DomainError(LOCKED);
  const year = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { registrationDueAt: true } });
  if (!year) throw new NotFoundError();
  return year.registrationDueAt;
}

function assertOpen(dueAt: Date | null, now: Date) {
  if (dueAt === null) throw new DomainError("registrations.errors.notOpen");
  if (!registrationOpen(dueAt, now)) throw new DomainError("registrations.errors.closed");
}

// Rule 1: a write refused by the lock is itself on record, after its rollback.
async function refusingLocked<T>(actor: AppSession, attempted: string, target: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.key === LOCKED)
      await auditRefusal(actor, {
        action: "registration.refused_locked",
        entityType: "BlocYear",
        entityId: target.blocYearId ?? null,
        after: { attempted, ...target },
      });
    throw error;
  }
}

/** The version the browser saw: 0 when it saw no registration yet. */
function assertVersion(current: { version: number } | null, seen: number) {
  if ((current?.version ?? 0) !== seen) throw new DomainError("registrations.errors.stale");
}

/** Saves the unit's draft: its titles from the council's catalogue (archived forms refused) and its targets, in order. */
export async function saveRegistration(actor: AppSession, blocYearId: string, unitId: string, input: SaveRegistrationInput, now = new Date()) {
  return refusingLocked(actor, "registration.save", { blocYearId, unitId }, () =>
    db.$transaction(async (tx) => {
      assertOpen(await openYear(tx, blocYearId), now);
      const forms = await tx.awardForm.findMany({ where: { id: { in: input.awardFormIds }, archivedAt: null }, select: { id: true } });
      if (forms.length !== input.awardFormIds.length) throw new DomainError("registrations.errors.unknownForm");
      const before = await tx.registration.findUnique({
        where: { blocYearId_unitId: { blocYearId, unitId } },
        include: { titles: true, targets: { orderBy: { position: "asc" } } },
      });
      assertVersion(before, input.version);
      if (before?.status === "SUBMITTED") throw new DomainError("registrations.errors.alreadySubmitted");
      const registration = before
        ? await tx.registration.update({ where: { id: before.id, version: before.version }, data: { version: { increment: 1 } } })
        : await tx.registration.create({ data: { blocYearId, unitId } });
      await tx.registrationTitle.deleteMany({ where: { registrationId: registration.id } });
      await tx.registrationTarget.deleteMany({ where: { registrationId: registration.id } });
      await tx.registrationTitle.createMany({ data: input.awardFormIds.map((awardFormId) => ({ registrationId: registration.id, awardFormId })) });
      await tx.registrationTarget.createMany({ data: input.targets.map((t, position) => ({ registrationId: registration.id, position, ...t })) });
      await writeAudit(tx, actor, {
        action: "registration.save",
        entityType: "Registration",
        entityId: registration.id,
        before: before
          ? {
              awardFormIds: before.titles.map((t) => t.awardFormId),
              targets: before.targets.map(({ content, value, measure }) => ({ content, value, measure })),
            }
          : null,
        after: { unitId, awardFormIds: input.awardFormIds, targets: input.targets },
      });
      return { id: registration.id, version: registration.version };
    }),
  );
}

/** Draft → submitted, by the deadline, with the head's approval: the head in person, or another officer naming the head who approved. */
export async function submitRegistration(
  actor: AppSession,
  blocYearId: string,
  unitId: string,
  version: number,
  headApprovedBy: string | null,
  now = new Date(),
) {
  return refusingLocked(actor, "registration.submit", { blocYearId, unitId }, () =>
    db.$transaction(async (tx) => {
      assertOpen(await openYear(tx, blocYearId), now);
      const registration = await tx.registration.findUnique({
        where: { blocYearId_unitId: { blocYearId, unitId } },
        include: { _count: { select: { titles: true } } },
      });
      if (!registration) throw new DomainError("registrations.errors.empty");
      assertVersion(registration, version);
      if (registration.status === "SUBMITTED") throw new DomainError("registrations.errors.alreadySubmitted");
      if (registration._count.titles === 0) throw new DomainError("registrations.errors.empty");
      const byHead = isHeadOf(actor, unitId);
      const approvedBy = byHead ? actor.name : headApprovedBy?.trim();
      if (!approvedBy) throw new DomainError("registrations.errors.headApprovalRequired");
      const after = await tx.registration.update({
        where: { id: registration.id, version },
        data: { status: "SUBMITTED", headApprovedBy: approvedBy, submittedAt: now, submittedById: actor.userId, returnReason: null, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, {
        action: "registration.submit",
        entityType: "Registration",
        entityId: registration.id,
        before: { status: registration.status },
        after: { status: after.status, unitId, headApprovedBy: approvedBy, byHead, submittedAt: now },
      });
      return { id: registration.id, version: after.version };
    }),
  );
}

/** Submitted → draft, with the reason, so the unit corrects it (by the deadline). */
export async function returnRegistration(actor: AppSession, registrationId: string, version: number, reason: string) {
  const row = await db.registration.findUnique({ where: { id: registrationId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return refusingLocked(actor, "registration.return", { blocYearId: row.blocYearId, registrationId }, () =>
    db.$transaction(async (tx) => {
      await openYear(tx, row.blocYearId);
      const registration = await tx.registration.findUnique({ where: { id: registrationId } });
      if (!registration) throw new NotFoundError();
      assertVersion(registration, version);
      if (registration.status !== "SUBMITTED") throw new DomainError("registrations.errors.notSubmitted");
      const after = await tx.registration.update({
        where: { id: registrationId, version },
        data: { status: "DRAFT", returnReason: reason, submittedAt: null, headApprovedBy: null, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, {
        action: "registration.return",
        entityType: "Registration",
        entityId: registrationId,
        before: { status: registration.status },
        after: { status: after.status, unitId: registration.unitId, reason },
      });
      return { id: registrationId, version: after.version };
    }),
  );
}

/** Opens the registration, or moves its deadline; a past deadline is refused. */
export async function setRegistrationDeadline(actor: AppSession, blocYearId: string, dueAt: Date, now = new Date()) {
  if (dueAt.getTime() <= now.getTime()) throw new DomainError("registrations.errors.deadlinePast");
  return refusingLocked(actor, "registration.deadline", { blocYearId }, () =>
    db.$transaction(async (tx) => {
      const before = await openYear(tx, blocYearId);
      await tx.blocYear.update({ where: { id: blocYearId }, data: { registrationDueAt: dueAt } });
      await writeAudit(tx, actor, {
        action: "registration.deadline",
        entityType: "BlocYear",
        entityId: blocYearId,
        before: { registrationDueAt: before },
        after: { registrationDueAt: dueAt },
      });
      return { id: blocYearId };
    }),
  );
}
