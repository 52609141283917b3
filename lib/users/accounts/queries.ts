import "server-only";
import { db } from "@/lib/db";
import { NO_PASSWORD } from "@/lib/auth/password";
import { hashLinkToken, usableLinkWhere } from "@/lib/users/accounts/links";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageUsers } from "@/lib/users/policy";

/** Accounts still waiting for a first password (imported, or created to receive a link): the list marks them. None for a caller who does not manage accounts. */
export async function accountsWithoutPassword(session: AppSession) {
  if (!canManageUsers(session)) return { ids: new Set<string>(), activeCount: 0 };
  const rows = await db.user.findMany({ where: { passwordHash: NO_PASSWORD }, select: { id: true, active: true } });
  return { ids: new Set(rows.map((r) => r.id)), activeCount: rows.filter((r) => r.active).length };
}

/** The account a set-password link opens, or null: read by the public page before it shows the form. */
export async function findUsableLink(token: string) {
  const link = await db.passwordSetToken.findFirst({
    where: { tokenHash: hashLinkToken(token), ...usableLinkWhere(new Date()) },
    select: { expiresAt: true, user: { select: { name: true, username: true } } },
  });
  return link ? { name: link.user.name, username: link.user.username, expiresAt: link.expiresAt } : null;
}
