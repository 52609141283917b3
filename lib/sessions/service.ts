import { db, type Db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { EndReason } from "./rules";

/** Ends every open session of `userIds` but `except`; returns how many. */
export async function endSessionsInTx(tx: Tx | Db, userIds: string[], reason: EndReason, except?: string, now = new Date()): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await tx.userSession.updateMany({
    where: { userId: { in: userIds }, endedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { endedAt: now, endReason: reason },
  });
  return count;
}

// Ended and expired sessions are kept a while for the account's list and for looking into an
// incident, then dropped, like sign-in attempts (lib/auth/prune-attempts.ts).
export const SESSION_KEEP_DAYS = 30;

export async function pruneSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_KEEP_DAYS * 86_400_000);
  return (await db.userSession.deleteMany({ where: { expiresAt: { lt: cutoff } } })).count;
}

/** A user ends one of their own sign-ins, another browser's (this one signs out through next-auth). */
export async function endOwnSession(actor: AppSession, id: string) {
  if (id === actor.sessionId) throw new DomainError("sessions.errors.current");
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id, userId: actor.userId, endedAt: null },
      data: { endedAt: new Date(), endReason: "ended" },
    });
    // Another person's session, or one already over, looks the same: nothing to end.
    if (count === 0) throw new DomainError("sessions.errors.notFound");
    await writeAudit(tx, actor, { action: "session.end", entityType: "User", entityId: actor.userId, after: { ended: 1 } });
    return { ended: count };
  });
}

/**
 * Every sign-in of the user but this one ("Đăng xuất khỏi các thiết bị khác"). `keep` is the
 * session the page showed as this one; the request's own session is kept as well, in case the
 * page was older than the sign-in.
 */
export async function endOtherSessions(actor: AppSession, keep: string) {
  return db.$transaction(async (tx) => {
    const { count: ended } = await tx.userSession.updateMany({
      where: { userId: actor.userId, endedAt: null, id: { notIn: [keep, ...(actor.sessionId ? [actor.sessionId] : [])] } },
      data: { endedAt: new Date(), endReason: "ended" },
    });
    await writeAudit(tx, actor, { action: "session.endOthers", entityType: "User", entityId: actor.userId, after: { ended } });
    return { ended };
  });
}

/** An administrator signs a user out everywhere (a lost laptop, a shared password). */
export async function endUserSessions(actor: AppSession, userId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new NotFoundError();
    // The administrator's own browser stays signed in.
    const ended = await endSessionsInTx(tx, [userId], "endedByAdmin", actor.sessionId);
    await writeAudit(tx, actor, { action: "session.endAll", entityType: "User", entityId: userId, after: { ended } });
    return { ended };
  });
}
