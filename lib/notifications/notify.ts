import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCouncilSettings } from "@/lib/council/settings";
import type { NotifyEntry, Telling } from "./define";
import { composeOne } from "./email/compose";
import type { EventKind } from "./kinds";
import { emailModeOf } from "./preferences";
import { EVENTS, EVENTS_BY_ACTION } from "./registry";

/**
 * Tells one event: a notification per recipient (never the person who made the change), each once
 * ("<event key>:<user>" is unique, so a job run again or a second runner adds nothing), and an
 * e-mail record for those who want it at once. Returns the e-mails to send (lib/jobs enqueues a
 * "send-email" job for each, in this same transaction).
 */
export async function tell(tx: Tx, kind: EventKind, telling: Telling, options: { key: string; now: Date; except?: string | null }): Promise<string[]> {
  const escalated = new Map<string, boolean>();
  for (const r of telling.recipients) if (r.userId !== options.except) escalated.set(r.userId, (escalated.get(r.userId) ?? false) || !!r.escalation);
  if (escalated.size === 0) return [];
  const userIds = [...escalated.keys()];
  const preferences = new Map(
    (await tx.notificationPreference.findMany({ where: { userId: { in: userIds }, kind }, select: { userId: true, email: true, digest: true } })).map((p) => [
      p.userId,
      p,
    ]),
  );
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind,
      blocYearId: telling.blocYearId,
      subjectId: telling.subjectId,
      params: telling.params as Prisma.InputJsonObject,
      link: telling.link,
      dedupeKey: `${options.key}:${userId}`,
      emailMode: emailModeOf(preferences.get(userId), escalated.get(userId)),
      createdAt: options.now,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, emailMode: true },
  });
  const now = created.filter((n) => n.emailMode === "NOW");
  if (now.length === 0) return [];
  const users = new Map(
    (await tx.user.findMany({ where: { id: { in: now.map((n) => n.userId) } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]),
  );
  const { councilName } = await readCouncilSettings(tx);
  const toSend: string[] = [];
  for (const n of now) {
    const user = users.get(n.userId)!;
    const mail = composeOne({ kind, params: telling.params, link: telling.link }, user, { councilName, baseUrl: env.NEXTAUTH_URL });
    const delivery = await recordDelivery(tx, { userId: user.id, address: user.email, kind: "event", mail, now: options.now, notificationIds: [n.id] });
    if (delivery.status === "PENDING") toSend.push(delivery.id);
  }
  return toSend;
}

/** The record of one e-mail; an account without an address gets one that says so, and nothing to send. */
export async function recordDelivery(
  tx: Tx,
  d: {
    userId: string;
    address: string | null;
    kind: "event" | "digest";
    mail: { subject: string; text: string; html: string };
    now: Date;
    notificationIds: string[];
  },
) {
  const address = d.address?.trim() || null;
  return tx.notificationDelivery.create({
    data: {
      userId: d.userId,
      address,
      kind: d.kind,
      ...d.mail,
      createdAt: d.now,
      ...(address ? {} : { status: "SKIPPED", doneAt: d.now }),
      notifications: { connect: d.notificationIds.map((id) => ({ id })) },
    },
    select: { id: true, status: true },
  });
}

/** The events an audited change tells (the "notify" job's work): read back from its entry. */
export async function notifyAudit(tx: Tx, auditId: bigint, now: Date): Promise<string[]> {
  const entry: NotifyEntry | null = await tx.auditLog.findUnique({
    where: { id: auditId },
    select: { id: true, action: true, entityId: true, after: true, userId: true },
  });
  if (!entry) return [];
  const toSend: string[] = [];
  for (const kind of EVENTS_BY_ACTION.get(entry.action) ?? []) {
    const telling = await EVENTS[kind].tell(tx, entry);
    if (telling) toSend.push(...(await tell(tx, kind, telling, { key: telling.key ?? `${kind}:audit-${entry.id}`, now, except: entry.userId })));
  }
  return toSend;
}
