import { verifyPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Accounts among the demo ones that still open with the published demo password. Only the
 * demo seed can have set it (the password policy refuses it everywhere else), so the demo
 * accounts are the ones to check; verifying every account's hash would cost ~25 ms each at
 * every start.
 */
export async function accountsWithPublishedPassword(
  db: Pick<PrismaClient, "user">,
  demo: { ids: string[]; usernames: string[] },
  publishedPassword: string,
): Promise<string[]> {
  const candidates = await db.user.findMany({
    where: { active: true, OR: [{ id: { in: demo.ids } }, { username: { in: demo.usernames } }] },
    select: { username: true, passwordHash: true },
    orderBy: { username: "asc" },
  });
  const open = await Promise.all(candidates.map(async (u) => ((await verifyPassword(u.passwordHash, publishedPassword)) ? u.username : null)));
  return open.filter((u): u is string => u !== null);
}
