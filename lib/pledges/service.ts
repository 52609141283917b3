import { db, type Tx } from "@/lib/db";
import { hasPermission } from "@/lib/auth/permissions";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { canEditContent, lastSignatureAt, openRefusal, reopenRefusal, statusWhenOpen } from "@/lib/pledges/rules";
import type { PledgeText, RecordInput, SignInput } from "@/lib/pledges/schemas";
import * as signing from "@/lib/pledges/signature-service";

/**
 * Takes the pledge at the version the caller saw and bumps it. The UPDATE also locks the row until
 * the transaction ends, so writers queue behind each other and the pledge read after it is the
 * pledge as it stands: a content write and the opening for signing (itself a claim) queue, and the
 * later one sees the earlier (docs/SECURITY.md, "Writes against a lock"). `claimed` is false when
 * the version had moved on.
 */
async function takePledge(tx: Tx, pledgeId: string, version: number) {
  const { count } = await tx.pledge.updateMany({ where: { id: pledgeId, version }, data: { version: { increment: 1 } } });
  const pledge = await tx.pledge.findUnique({ where: { id: pledgeId } });
  if (!pledge) throw new NotFoundError();
  return { pledge, claimed: count === 1 };
}

/** The pledge at the version the caller saw, or a refused stale write. */
export async function claimPledge(tx: Tx, pledgeId: string, version: number) {
  const { pledge, claimed } = await takePledge(tx, pledgeId, version);
  if (!claimed) throw new DomainError("pledges.errors.stale");
  return pledge;
}

/** A content write attempted on a pledge open for signing or signed: refused, and logged after the rollback. */
class FrozenPledgeError extends DomainError {
  constructor(
    readonly pledgeId: string,
    readonly status: string,
  ) {
    super("pledges.errors.frozen");
  }
}

/** A draft pledge at the version the caller saw; content is frozen once open for signing, whatever version the caller saw. */
export async function claimDraft(tx: Tx, pledgeId: string, version: number) {
  const { pledge, claimed } = await takePledge(tx, pledgeId, version);
  if (!canEditContent(pledge.status)) throw new FrozenPledgeError(pledgeId, pledge.status);
  if (!claimed) throw new DomainError("pledges.errors.stale");
  return pledge;
}

/**
 * Runs a content write in its own transaction. When it is refused because the content is frozen,
 * the attempt is logged in a second transaction: the first one rolled back, entry and all.
 */
export async function draftWrite<T>(actor: AppSession, attempt: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof FrozenPledgeError) {
      await auditRefusal(actor, {
        action: "pledge.refused",
        entityType: "Pledge",
        entityId: error.pledgeId,
        after: { attempt, status: error.status, reason: error.key },
      });
    }
    throw error;
  }
}

async function memberIdsOf(tx: Tx, blocYearId: string) {
  return (await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } })).map((m) => m.unitId);
}

const signatureBrief = {
  select: { unitId: true, signerName: true, signerTitle: true, byHead: true, onPaper: true, signedAt: true, recordedById: true },
} as const;

export async function createPledge(actor: AppSession, blocYearId: string, input: PledgeText) {
  return db.$transaction(async (tx) => {
    if (!(await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true } }))) throw new NotFoundError();
    if (await tx.pledge.findUnique({ where: { blocYearId }, select: { id: true } })) throw new DomainError("pledges.errors.exists");
    const pledge = await tx.pledge.create({ data: { blocYearId, ...input } });
    await writeAudit(tx, actor, { action: "pledge.create", entityType: "Pledge", entityId: pledge.id, after: pledge });
    return { id: pledge.id };
  });
}

export async function updatePledge(actor: AppSession, pledgeId: string, version: number, input: PledgeText) {
  return draftWrite(actor, "pledge.update", async (tx) => {
    const before = await claimDraft(tx, pledgeId, version);
    const after = await tx.pledge.update({ where: { id: pledgeId }, data: input });
    await writeAudit(tx, actor, { action: "pledge.update", entityType: "Pledge", entityId: pledgeId, before, after });
    return { id: pledgeId };
  });
}

/** DRAFT → OPEN: content frozen. Signatures kept from before a reopen still count. */
export async function openForSigning(actor: AppSession, pledgeId: string, version: number) {
  return db.$transaction(async (tx) => {
    const pledge = await claimPledge(tx, pledgeId, version);
    const itemCount = await tx.pledgeItem.count({ where: { pledgeId } });
    const refusal = openRefusal({ status: pledge.status, itemCount });
    if (refusal) throw new DomainError(refusal);
    const kept = await tx.pledgeSignature.findMany({ where: { pledgeId }, ...signatureBrief });
    const memberIds = await memberIdsOf(tx, pledge.blocYearId);
    const status = statusWhenOpen(
      memberIds,
      kept.map((s) => s.unitId),
    );
    // Every member signed before the reopen: the pledge stands signed from its last signature.
    const signedAt = status === "SIGNED" ? lastSignatureAt(kept.filter((s) => memberIds.includes(s.unitId))) : null;
    const after = await tx.pledge.update({ where: { id: pledgeId }, data: { status, openedAt: new Date(), signedAt } });
    await writeAudit(tx, actor, {
      action: "pledge.open",
      entityType: "Pledge",
      entityId: pledgeId,
      before: { status: pledge.status },
      after: { status: after.status, openedAt: after.openedAt, itemCount, signaturesKept: kept },
    });
    return { id: pledgeId, status };
  });
}

/**
 * OPEN or SIGNED → DRAFT, by the board, with a reason. Signatures are kept, never cleared
 * silently: the audit entry lists the ones present and the reason.
 */
export async function reopenPledge(actor: AppSession, pledgeId: string, version: number, reason: string) {
  return db.$transaction(async (tx) => {
    const pledge = await claimPledge(tx, pledgeId, version);
    const refusal = reopenRefusal({ status: pledge.status, byBoard: hasPermission(actor.role, "pledge.reopen"), reason });
    if (refusal) throw new DomainError(refusal);
    const signatures = await tx.pledgeSignature.findMany({ where: { pledgeId }, ...signatureBrief, orderBy: { signedAt: "asc" } });
    const after = await tx.pledge.update({ where: { id: pledgeId }, data: { status: "DRAFT", reopenedAt: new Date(), reopenReason: reason, signedAt: null } });
    await writeAudit(tx, actor, {
      action: "pledge.reopen",
      entityType: "Pledge",
      entityId: pledgeId,
      before: { status: pledge.status, signedAt: pledge.signedAt, signatures },
      after: { status: after.status, reopenedAt: after.reopenedAt, reason, signaturesKept: signatures.length },
    });
    return { id: pledgeId };
  });
}

/** One member unit's signature: see signature-service.ts. */
export async function signPledge(actor: AppSession, pledgeId: string, version: number, input: SignInput) {
  return db.$transaction((tx) => signing.signPledge(tx, actor, pledgeId, version, input));
}

/** Paper signatures of many member units at once, all or nothing: see signature-service.ts. */
export async function recordSignatures(actor: AppSession, pledgeId: string, version: number, input: RecordInput) {
  return db.$transaction((tx) => signing.recordSignatures(tx, actor, pledgeId, version, input));
}
