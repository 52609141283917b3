import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { deleteAttachment, detachOwnerFiles, removeStoredFiles, storeAttachment } from "@/lib/attachments/service";
import type { AdoptInput, DraftInput } from "@/lib/regulations/schemas";
import { holdBloc } from "@/lib/regulations/regulation-sql";

const AUDIT = { entityType: "Regulation" } as const;

async function draftOf(tx: Tx, regulationId: string) {
  const row = await tx.regulation.findUnique({ where: { id: regulationId } });
  if (!row) throw new NotFoundError();
  // An adopted text is what the conference passed: a change is a new draft, adopted in its turn.
  if (row.status !== "DRAFT") throw new DomainError("regulations.errors.notDraft");
  return row;
}

export async function createDraft(actor: AppSession, blocYearId: string, input: DraftInput) {
  return db.$transaction(async (tx) => {
    const row = await tx.regulation.create({ data: { blocYearId, ...input } });
    await writeAudit(tx, actor, { ...AUDIT, action: "regulation.create", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateDraft(actor: AppSession, regulationId: string, input: DraftInput) {
  return db.$transaction(async (tx) => {
    const before = await draftOf(tx, regulationId);
    const after = await tx.regulation.update({ where: { id: regulationId }, data: input });
    await writeAudit(tx, actor, { ...AUDIT, action: "regulation.update", entityId: regulationId, before, after });
    return { id: regulationId };
  });
}

export async function deleteDraft(actor: AppSession, regulationId: string) {
  const files = await db.$transaction(async (tx) => {
    const before = await draftOf(tx, regulationId);
    const files = await detachOwnerFiles(tx, "regulation", regulationId);
    await tx.regulation.delete({ where: { id: regulationId } });
    await writeAudit(tx, actor, { ...AUDIT, action: "regulation.delete", entityId: regulationId, before: { ...before, files } });
    return files;
  });
  await removeStoredFiles(files.map((f) => f.storedName));
  return { id: regulationId };
}

/**
 * Records that a conference adopted a draft: it is in force from then, and the version in force
 * before it is superseded, in one transaction holding the bloc (regulation-sql.ts). The conference
 * and the decision must be the bloc's own.
 */
export async function adoptDraft(actor: AppSession, regulationId: string, input: AdoptInput) {
  return db.$transaction(async (tx) => {
    const { blocYear } = await tx.regulation.findUniqueOrThrow({ where: { id: regulationId }, select: { blocYear: { select: { blocId: true } } } });
    await holdBloc(tx, blocYear.blocId);
    const before = await draftOf(tx, regulationId);
    const inBloc = { blocYear: { blocId: blocYear.blocId } };
    if (input.conferenceId && !(await tx.conference.findFirst({ where: { id: input.conferenceId, ...inBloc }, select: { id: true } }))) {
      throw new DomainError("regulations.errors.conference");
    }
    if (input.decisionId && !(await tx.libraryDocument.findFirst({ where: { id: input.decisionId, ...inBloc }, select: { id: true } }))) {
      throw new DomainError("regulations.errors.decision");
    }
    const inForce = await tx.regulation.findMany({ where: { status: "ADOPTED", ...inBloc } });
    for (const old of inForce) {
      const after = await tx.regulation.update({ where: { id: old.id }, data: { status: "SUPERSEDED" } });
      await writeAudit(tx, actor, { ...AUDIT, action: "regulation.supersede", entityId: old.id, before: old, after });
    }
    const after = await tx.regulation.update({ where: { id: regulationId }, data: { status: "ADOPTED", ...input } });
    await writeAudit(tx, actor, { ...AUDIT, action: "regulation.adopt", entityId: regulationId, before, after });
    return { id: regulationId, superseded: inForce.map((r) => r.id) };
  });
}

/** Stores the version's file (quota and checks of lib/attachments), then removes the one it replaces. */
export async function attachRegulationFile(actor: AppSession, regulationId: string, file: { name: string; bytes: Uint8Array }) {
  const row = await db.regulation.findUnique({ where: { id: regulationId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  const old = await db.attachment.findMany({ where: { ownerType: "regulation", ownerId: regulationId }, select: { id: true } });
  const stored = await storeAttachment(actor, { type: "regulation", id: regulationId, blocYearId: row.blocYearId }, file);
  for (const { id } of old) await deleteAttachment(actor, id);
  return stored;
}
