import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { readCouncilSettings } from "@/lib/council/settings";
import type { CouncilSettingsInput, DocumentIssuersInput, LegalDocumentInput } from "@/lib/council/schemas";
import { parseIssuerStyles } from "@/lib/council/document-issuers";

export async function updateCouncilSettings(actor: AppSession, input: CouncilSettingsInput) {
  return db.$transaction(async (tx) => {
    // Before the first save the settings are the environment's: the audit shows them as the old values.
    const before = await readCouncilSettings(tx);
    await tx.councilSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await writeAudit(tx, actor, { action: "councilSettings.update", entityType: "CouncilSettings", entityId: "1", before, after: input });
    return { ok: true };
  });
}

/** Who heads each kind of document (document-issuers.ts). */
export async function updateDocumentIssuers(actor: AppSession, input: DocumentIssuersInput) {
  return db.$transaction(async (tx) => {
    const row = await tx.councilSettings.findUnique({ where: { id: 1 }, select: { documentIssuers: true } });
    const before = parseIssuerStyles(row?.documentIssuers);
    // Before the first save of the settings, the environment's are written with it.
    await tx.councilSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...(await readCouncilSettings(tx)), documentIssuers: input },
      update: { documentIssuers: input },
    });
    await writeAudit(tx, actor, { action: "councilSettings.documentIssuers", entityType: "CouncilSettings", entityId: "1", before, after: input });
    return { ok: true };
  });
}

export async function createLegalDocument(actor: AppSession, input: LegalDocumentInput) {
  return db.$transaction(async (tx) => {
    const doc = await tx.legalDocument.create({ data: input });
    await writeAudit(tx, actor, { action: "legalDocument.create", entityType: "LegalDocument", entityId: doc.id, after: doc });
    return { id: doc.id };
  });
}

export async function updateLegalDocument(actor: AppSession, id: string, input: LegalDocumentInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.legalDocument.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const after = await tx.legalDocument.update({ where: { id }, data: input });
    await writeAudit(tx, actor, { action: "legalDocument.update", entityType: "LegalDocument", entityId: id, before, after });
    return { id };
  });
}

/** Documents already issued printed their text; nothing stored refers to a legal document, so it can go. */
export async function deleteLegalDocument(actor: AppSession, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.legalDocument.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await tx.legalDocument.delete({ where: { id } });
    await writeAudit(tx, actor, { action: "legalDocument.delete", entityType: "LegalDocument", entityId: id, before });
    return { id };
  });
}
