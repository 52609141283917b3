import type { Db } from "@/lib/db";

// A notification and its e-mail's record are kept a little over a year: through the emulation
// year they belong to and the next year's review of it, for the user's inbox and the
// administrator's outbox. A pending e-mail is never dropped, whatever its age.
export const KEEP_NOTIFICATION_DAYS = 400;

/** Deletes the notifications and finished deliveries kept long enough; returns how many of each. */
export async function pruneNotifications(client: Db, now: Date): Promise<{ notifications: number; deliveries: number }> {
  const before = new Date(now.getTime() - KEEP_NOTIFICATION_DAYS * 86_400_000);
  const deliveries = await client.notificationDelivery.deleteMany({ where: { createdAt: { lt: before }, status: { not: "PENDING" } } });
  const notifications = await client.notification.deleteMany({ where: { createdAt: { lt: before } } });
  return { notifications: notifications.count, deliveries: deliveries.count };
}
