import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { hashPassword, NO_PASSWORD } from "@/lib/auth/password";
import { passwordProblem, passwordProblemKey } from "@/lib/auth/password-policy";
import { endSessionsInTx } from "@/lib/sessions/service";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { hashLinkToken, newLinkToken, SET_PASSWORD_LINK_HOURS, setPasswordUrl, usableLinkWhere } from "@/lib/users/accounts/links";
import type { IssueLinksInput } from "@/lib/users/accounts/schemas";

export type IssuedLink = { userId: string; name: string; username: string; unitName: string | null; url: string };

/**
 * One set-password link per account, in the caller's transaction: the account's earlier unused
 * links are voided, the new one is stored as a hash and audited, and the link itself is returned
 * once, for the administrator to hand over (or, later, for the mailer to send). The only place a
 * link is made.
 */
export async function issueLinksInTx(tx: Tx, actor: AppSession, userIds: string[]): Promise<{ links: IssuedLink[]; expiresAt: Date }> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_HOURS * 3600_000);
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, username: true, unit: { select: { name: true } } },
  });
  if (users.length !== new Set(userIds).size) throw new DomainError("errors.notFound");
  await tx.passwordSetToken.updateMany({ where: { userId: { in: userIds }, usedAt: null, voidedAt: null }, data: { voidedAt: now } });
  const links: IssuedLink[] = [];
  for (const user of users) {
    const token = newLinkToken();
    await tx.passwordSetToken.create({ data: { userId: user.id, tokenHash: hashLinkToken(token), expiresAt, createdById: actor.userId } });
    await writeAudit(tx, actor, { action: "user.issuePasswordLink", entityType: "User", entityId: user.id, after: { expiresAt } });
    links.push({ userId: user.id, name: user.name, username: user.username, unitName: user.unit?.name ?? null, url: setPasswordUrl(token) });
  }
  return { links, expiresAt };
}

/** The administrator's bulk issue: the ticked accounts plus, when asked, every active account without a password yet. */
export async function issueSetPasswordLinks(actor: AppSession, input: IssueLinksInput) {
  return db.$transaction(async (tx) => {
    const ids = new Set(input.userIds);
    if (input.withoutPassword) {
      const waiting = await tx.user.findMany({ where: { passwordHash: NO_PASSWORD, active: true }, select: { id: true } });
      for (const u of waiting) ids.add(u.id);
    }
    if (ids.size === 0) throw new DomainError("accounts.errors.noneSelected");
    return issueLinksInTx(tx, actor, [...ids]);
  });
}

const INVALID = "accounts.errors.linkInvalid";

/** Sets the account's own password through a link; the link is spent in the same transaction. */
export async function useSetPasswordLink(token: string, password: string) {
  const tokenHash = hashLinkToken(token);
  const link = await db.passwordSetToken.findFirst({
    where: { tokenHash, ...usableLinkWhere(new Date()) },
    select: { id: true, user: { select: { id: true, name: true, username: true, unitId: true } } },
  });
  if (!link) throw new DomainError(INVALID);
  const { user } = link;
  const problem = passwordProblem(password, user.username);
  if (problem) throw new DomainError(passwordProblemKey(problem), undefined, { password: { key: passwordProblemKey(problem) } });
  // argon2 is deliberately slow: hash before opening the transaction.
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Spent only if still usable: of two tabs submitting the same link, one wins.
    const spent = await tx.passwordSetToken.updateMany({ where: { id: link.id, ...usableLinkWhere(now) }, data: { usedAt: now } });
    if (spent.count === 0) throw new DomainError(INVALID);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now } });
    // A link is also how a forgotten or leaked password is replaced: nobody stays signed in with the old one.
    await endSessionsInTx(tx, [user.id], "passwordChanged", undefined, now);
    // The owner acts here, signed out: the entry is theirs.
    await writeAudit(
      tx,
      { userId: user.id, name: user.name, unitId: user.unitId },
      {
        action: "user.setPasswordByLink",
        entityType: "User",
        entityId: user.id,
        after: { passwordChanged: true },
      },
    );
    return { username: user.username };
  });
}
