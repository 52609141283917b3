import "server-only";
import { db } from "@/lib/db";
import { NO_PASSWORD } from "@/lib/auth/password";
import { hashLinkToken, usableLinkWhere } from "@/lib/accounts/links";

/** How many active accounts still wait for a first password (imported, or created to receive a link). */
export async function countAccountsWithoutPassword() {
  return db.user.count({ where: { passwordHash: NO_PASSWORD, active: true } });
}

/** The account a set-password link opens, or null: read by the public page before it shows the form. */
export async function findUsableLink(token: string) {
  const link = await db.passwordSetToken.findFirst({
    where: { tokenHash: hashLinkToken(token), ...usableLinkWhere(new Date()) },
    select: { expiresAt: true, user: { select: { name: true, username: true } } },
  });
  return link ? { name: link.user.name, username: link.user.username, expiresAt: link.expiresAt } : null;
}
