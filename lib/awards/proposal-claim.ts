// How every write to an award proposal takes it: at the version the caller saw, refused (and the
// refusal logged) once the proposal is decided, and moved only along its allowed transitions.
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { auditRefusal } from "@/lib/audit/refusal";
import { DomainError, NotFoundError } from "@/lib/errors";
import { canEditNominees, isFrozen, transition, type ProposalEvent } from "@/lib/awards/rules";

/** A write attempted on a decided proposal: refused, and logged after the rollback. */
class FrozenProposalError extends DomainError {
  constructor(readonly proposalId: string) {
    super("awards.errors.decided");
  }
}

/**
 * Runs a write in its own transaction. When it is refused because the proposal is decided, the
 * attempt is logged in a second transaction: the first one rolled back, entry and all.
 */
export async function write<T>(actor: AppSession, attempt: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof FrozenProposalError) {
      await auditRefusal(actor, {
        action: "proposal.refused",
        entityType: "AwardProposal",
        entityId: error.proposalId,
        after: { attempt, status: "DECIDED", reason: error.key },
      });
    }
    throw error;
  }
}

/**
 * Takes the proposal at the version the caller saw and bumps it; `frozenOk` only for the board's
 * reopen. The UPDATE locks the row until the transaction ends, so the proposal read after it is
 * the proposal as it stands: a write and the decision (itself a claim) queue, and the later one
 * sees the earlier (docs/SECURITY.md, "Writes against a lock"). The lock is named before a stale
 * version: a write that lost to the decision hears why.
 */
async function take(tx: Tx, proposalId: string, version: number, frozenOk = false) {
  const { count } = await tx.awardProposal.updateMany({ where: { id: proposalId, version }, data: { version: { increment: 1 } } });
  const proposal = await tx.awardProposal.findUnique({ where: { id: proposalId } });
  if (!proposal) throw new NotFoundError();
  if (!frozenOk && isFrozen(proposal.status)) throw new FrozenProposalError(proposalId);
  return { proposal, claimed: count === 1 };
}

export async function claim(tx: Tx, proposalId: string, version: number, frozenOk = false) {
  const { proposal, claimed } = await take(tx, proposalId, version, frozenOk);
  if (!claimed) throw new DomainError("awards.errors.stale");
  return proposal;
}

/** Nominees change only in a draft or returned proposal: once submitted they are fixed, whatever version the caller saw. */
export async function claimEditable(tx: Tx, proposalId: string, version: number) {
  const { proposal, claimed } = await take(tx, proposalId, version);
  if (!canEditNominees(proposal.status)) throw new DomainError("awards.errors.notEditable");
  if (!claimed) throw new DomainError("awards.errors.stale");
  return proposal;
}

export function next(status: Parameters<typeof transition>[0], event: ProposalEvent) {
  const to = transition(status, event);
  if (!to) throw new DomainError("awards.errors.wrongStatus");
  return to;
}
