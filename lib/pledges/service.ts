import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { canEditContent, openRefusal, reopenRefusal, signRefusal, statusWhenOpen } from "@/lib/pledges/rules";
import type { PledgeText, SignInput } from "@/lib/pledges/schemas";

/**
 * Takes the pledge at the version the caller saw and bumps it, or refuses a stale write.
 * The UPDATE also locks the row until the transaction ends, so writers queue behind each other.
 */
export async function claimPledge(tx: Tx, pledgeId: string, version: number) {
  const { count } = await tx.pledge.updateMany({ where: { id: pledgeId, version }, data: { version: { increment: 1 } } });
  if (count === 0) {
    const exists = await tx.pledge.findUnique({ where: { id: pledgeId }, select: { id: true } });
    throw exists ? new DomainError("pledges.errors.stale") : new NotFoundError();
  }
  return tx.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
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

/** A draft pledge at the version the caller saw; content is frozen once open for signing. */
export async function claimDraft(tx: Tx, pledgeId: string, version: number) {
  const pledge = await claimPledge(tx, pledgeId, version);
  if (!canEditContent(pledge.status)) throw new FrozenPledgeError(pledgeId, pledge.status);
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

const signatureBrief = { select: { unitId: true, signerName: true, signerTitle: true, byHead: true, signedAt: true, recordedById: true } } as const;

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
    const signatures = await tx.pledgeSignature.findMany({ where: { pledgeId }, ...signatureBrief });
    const status = statusWhenOpen(
      await memberIdsOf(tx, pledge.blocYearId),
      signatures.map((s) => s.unitId),
    );
    const now = new Date();
    const after = await tx.pledge.update({ where: { id: pledgeId }, data: { status, openedAt: now, signedAt: status === "SIGNED" ? now : null } });
    await writeAudit(tx, actor, {
      action: "pledge.open",
      entityType: "Pledge",
      entityId: pledgeId,
      before: { status: pledge.status },
      after: { status: after.status, openedAt: after.openedAt, itemCount, signaturesKept: signatures },
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
    const refusal = reopenRefusal({ status: pledge.status, byBoard: actor.role === "ADMIN" || actor.role === "BOARD", reason });
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

/**
 * One member unit's signature, by its head or recorded on the head's behalf. Late signing has no
 * date limit. Signatures of different units do not conflict, so the version is only checked here
 * (it proves the signer saw the current content) and bumped when the last member completes it.
 */
export async function signPledge(actor: AppSession, pledgeId: string, version: number, input: SignInput) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.pledge.updateMany({ where: { id: pledgeId, version }, data: { updatedAt: new Date() } });
    if (count === 0) {
      const current = await tx.pledge.findUnique({ where: { id: pledgeId }, select: { status: true } });
      if (!current) throw new NotFoundError();
      throw new DomainError(current.status === "OPEN" ? "pledges.errors.stale" : "pledges.errors.notOpen");
    }
    const pledge = await tx.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { signatures: { select: { unitId: true } } } });
    const memberUnitIds = await memberIdsOf(tx, pledge.blocYearId);
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { name: true } });
    if (!unit) throw new NotFoundError();
    const signedUnitIds = pledge.signatures.map((s) => s.unitId);
    const refusal = signRefusal({ status: pledge.status, unitId: input.unitId, memberUnitIds, signedUnitIds });
    if (refusal) throw new DomainError(refusal, { unit: unit.name });
    if (input.conferenceId) {
      const conference = await tx.conference.findUnique({ where: { id: input.conferenceId }, select: { blocYearId: true, kind: true } });
      if (conference?.blocYearId !== pledge.blocYearId) throw new DomainError("pledges.errors.conferenceOtherYear");
      if (conference.kind !== "SIGNING") throw new DomainError("pledges.errors.notSigningConference");
    }
    // The head signing in person; anyone else (an officer of the unit, board staff) records the head's signature.
    const byHead = actor.role === "UNIT_OFFICER" && actor.isUnitHead && actor.unitId === input.unitId;
    const signature = await tx.pledgeSignature.create({
      data: {
        pledgeId,
        unitId: input.unitId,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        byHead,
        recordedById: actor.userId,
        conferenceId: input.conferenceId,
      },
    });
    const status = statusWhenOpen(memberUnitIds, [...signedUnitIds, input.unitId]);
    if (status === "SIGNED") {
      await tx.pledge.update({ where: { id: pledgeId }, data: { status, signedAt: signature.signedAt, version: { increment: 1 } } });
    }
    await writeAudit(tx, actor, {
      action: "pledge.sign",
      entityType: "Pledge",
      entityId: pledgeId,
      after: { ...signature, unitName: unit.name, pledgeStatus: status },
    });
    return { id: signature.id, status };
  });
}
