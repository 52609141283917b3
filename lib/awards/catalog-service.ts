// The award forms catalogue (board staff, every bloc) and the quotas of a bloc year.
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { AwardFormInput, QuotaInput } from "@/lib/awards/schemas";

// Checked first to name the code; the unique index still guards a race.
async function ensureCodeFree(tx: Tx, code: string, exceptId?: string) {
  const taken = await tx.awardForm.findUnique({ where: { code }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new DomainError("awards.errors.codeTaken", { code });
}

export async function createAwardForm(actor: AppSession, input: AwardFormInput) {
  return db.$transaction(async (tx) => {
    await ensureCodeFree(tx, input.code);
    const form = await tx.awardForm.create({ data: input });
    await writeAudit(tx, actor, { action: "award.form.create", entityType: "AwardForm", entityId: form.id, after: form });
    return { id: form.id };
  });
}

export async function updateAwardForm(actor: AppSession, id: string, input: AwardFormInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.awardForm.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await ensureCodeFree(tx, input.code, id);
    const after = await tx.awardForm.update({ where: { id }, data: input });
    await writeAudit(tx, actor, { action: "award.form.update", entityType: "AwardForm", entityId: id, before, after });
    return { id };
  });
}

/** Archived forms are offered for no new quota or nominee; years that used them keep them. */
export async function setAwardFormArchived(actor: AppSession, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.awardForm.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const after = await tx.awardForm.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, actor, { action: archived ? "award.form.archive" : "award.form.restore", entityType: "AwardForm", entityId: id, before, after });
    return { id };
  });
}

/** A count of units or a percentage of the members: exactly one of them. */
export async function setQuota(actor: AppSession, blocYearId: string, awardFormId: string, input: QuotaInput) {
  if ((input.maxCount === null) === (input.percent === null)) throw new DomainError("awards.errors.quotaOneOf");
  return db.$transaction(async (tx) => {
    const form = await tx.awardForm.findUnique({ where: { id: awardFormId } });
    if (!form) throw new NotFoundError();
    if (form.archivedAt) throw new DomainError("awards.errors.formArchived", { form: form.name });
    const key = { blocYearId_awardFormId: { blocYearId, awardFormId } };
    const before = await tx.awardQuota.findUnique({ where: key });
    const data = { maxCount: input.maxCount, percent: input.percent };
    const after = await tx.awardQuota.upsert({ where: key, create: { blocYearId, awardFormId, ...data }, update: data });
    await writeAudit(tx, actor, {
      action: "award.quota.set",
      entityType: "BlocYear",
      entityId: blocYearId,
      before: before && { ...before, form: form.code },
      after: { ...after, form: form.code },
    });
    return { blocYearId, awardFormId };
  });
}

export async function clearQuota(actor: AppSession, blocYearId: string, awardFormId: string) {
  return db.$transaction(async (tx) => {
    const key = { blocYearId_awardFormId: { blocYearId, awardFormId } };
    const before = await tx.awardQuota.findUnique({ where: key, include: { awardForm: { select: { code: true } } } });
    if (!before) throw new NotFoundError();
    await tx.awardQuota.delete({ where: key });
    await writeAudit(tx, actor, { action: "award.quota.clear", entityType: "BlocYear", entityId: blocYearId, before });
    return { blocYearId, awardFormId };
  });
}
