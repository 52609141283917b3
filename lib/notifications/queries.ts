import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_KINDS, type EventKind } from "./kinds";
import { canSeeOutbox } from "./policy";
import { choiceOf, type PreferenceChoice } from "./preferences";
import type { InboxFilter, OutboxFilter } from "./schemas";

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

/** The e-mails, newest first, for the administrator's outbox; nothing for anyone else. */
export async function listDeliveries(session: AppSession, filter: OutboxFilter, take = 200) {
  if (!canSeeOutbox(session)) return null;
  const q = filter.q;
  const rows = await db.notificationDelivery.findMany({
    where: {
      ...(filter.status && { status: filter.status }),
      ...(q && {
        OR: [
          { subject: { contains: q, mode: "insensitive" } },
          { address: { contains: q, mode: "insensitive" } },
          { user: { name: { contains: q, mode: "insensitive" } } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      channel: true,
      kind: true,
      address: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      error: true,
      createdAt: true,
      doneAt: true,
      user: { select: { name: true, username: true } },
    },
  });
  return { rows, smtp: !!env.SMTP_URL };
}

export type DeliveryRow = NonNullable<Awaited<ReturnType<typeof listDeliveries>>>["rows"][number];
