import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_KINDS, type EventKind } from "./kinds";
import { canSeeOutbox } from "./policy";
import { choiceOf, type PreferenceChoice } from "./preferences";
import { deliveryLogRows } from "./log-sql";
import type { DeliveryLogFilter, InboxFilter } from "./schemas";

/** The bell's number: one range of the (userId, readAt) index, read once per request. */
export const unreadCount = cache((session: AppSession) => db.notification.count({ where: { userId: session.userId, readAt: null } }));

/** The caller's own notifications, newest first, filtered. */
export async function listInbox(session: AppSession, filter: InboxFilter, take = 100) {
  const where: Prisma.NotificationWhereInput = {
    userId: session.userId,
    ...(filter.read === "unread" && { readAt: null }),
    ...(filter.read === "read" && { readAt: { not: null } }),
    ...(filter.kind && { kind: filter.kind }),
  };
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  return rows.map((r) => ({ ...r, params: r.params as Record<string, string> }));
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];

/** The caller's choice for every kind of event, and whether they have an address to receive e-mail at. */
export async function preferencesOf(session: AppSession) {
  const [rows, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: session.userId } }),
    db.user.findUnique({ where: { id: session.userId }, select: { email: true } }),
  ]);
  const stored = new Map(rows.map((r) => [r.kind, r]));
  return {
    hasEmail: !!user?.email?.trim(),
    choices: EVENT_KINDS.map((kind): { kind: EventKind; choice: PreferenceChoice } => ({ kind, choice: choiceOf(stored.get(kind)) })),
  };
}

/** Records per page of the delivery log. */
export const LOG_PAGE_SIZE = 50;

/**
 * The administrator's delivery log: every notification recorded, in the app and by e-mail (who,
 * what, channel, when, result), newest first, filtered and paged; nothing for anyone else.
 */
export async function deliveryLog(session: AppSession, filter: DeliveryLogFilter) {
  if (!canSeeOutbox(session)) return null;
  const page = filter.page ?? 1;
  const rows = await deliveryLogRows(db, filter, LOG_PAGE_SIZE, (page - 1) * LOG_PAGE_SIZE);
  const total = rows.length > 0 ? Number(rows[0].total) : 0;
  return { rows, page, total, pages: Math.max(1, Math.ceil(total / LOG_PAGE_SIZE)), smtp: !!env.SMTP_URL };
}
