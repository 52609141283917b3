import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format/vi";
import { readCouncilSettings } from "@/lib/council/settings";
import { composeDigest } from "./email/compose";
import { recordDelivery } from "./notify";

/**
 * The daily digest (a recurring job, lib/worker/handlers.ts): for each user, every notification they
 * chose to get by digest that no e-mail carried yet, in one e-mail. Runs once a day across every
 * instance; after downtime the next run carries all that waited, so none is lost or sent twice
 * (a notification is carried once: its deliveryId is set in the same transaction).
 */
export async function composeDigests(tx: Tx, now: Date): Promise<string[]> {
  const due = await tx.notification.findMany({
    where: { deliveryId: null, emailMode: "DIGEST", createdAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, kind: true, params: true, link: true, user: { select: { name: true, email: true } } },
  });
  if (due.length === 0) return [];
  const byUser = new Map<string, typeof due>();
  for (const n of due) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
  const { councilName } = await readCouncilSettings(tx);
  const toSend: string[] = [];
  for (const [userId, items] of byUser) {
    const user = items[0].user;
    const mail = composeDigest(
      items.map((n) => ({ kind: n.kind, params: n.params as Record<string, string>, link: n.link })),
      user,
      { councilName, baseUrl: env.NEXTAUTH_URL, day: formatDate(now) },
    );
    const delivery = await recordDelivery(tx, { userId, address: user.email, kind: "digest", mail, now, notificationIds: items.map((n) => n.id) });
    if (delivery.status === "PENDING") toSend.push(delivery.id);
  }
  return toSend;
}
