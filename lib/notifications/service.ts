import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import type { EventKind } from "./kinds";
import { preferenceOf, type PreferenceChoice } from "./preferences";

/*
 * The caller's own notifications and preferences: every write is scoped by the session's user,
 * so an id from the browser that is someone else's finds nothing. Reading is not audited (it
 * changes nothing anyone else sees); a change of preferences is.
 */

export async function markRead(session: AppSession, id: string, now = new Date()) {
  const found = await db.notification.findFirst({ where: { id, userId: session.userId }, select: { id: true, link: true, readAt: true } });
  if (!found) throw new NotFoundError();
  if (!found.readAt) await db.notification.updateMany({ where: { id, userId: session.userId, readAt: null }, data: { readAt: now } });
  return { link: found.link };
}

export async function markAllRead(session: AppSession, upTo: Date, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { userId: session.userId, readAt: null, createdAt: { lte: upTo } }, data: { readAt: now } });
  return { count };
}

export async function setPreferences(session: AppSession, prefs: { kind: EventKind; choice: PreferenceChoice }[]) {
  return db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: session.userId }, select: { kind: true, email: true, digest: true } });
    for (const { kind, choice } of prefs) {
      const p = preferenceOf(choice);
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: session.userId, kind } },
        create: { userId: session.userId, kind, ...p },
        update: p,
      });
    }
    await writeAudit(tx, session, { action: "notificationPreference.update", entityType: "User", entityId: session.userId, before, after: prefs });
    return { count: prefs.length };
  });
}
