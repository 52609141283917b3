import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { pruneNotifications, KEEP_NOTIFICATION_DAYS } = await import("@/lib/notifications/prune");
const { JOB_SCHEDULES } = await import("@/lib/worker/handlers");
const { storedActor } = await import("../support/actors");

const DAY = 86_400_000;

describe("old notifications", () => {
  it("go after a little over a year, with their finished e-mails; a pending e-mail stays", async () => {
    const { userId } = await storedActor();
    const now = new Date("2027-03-01T00:00:00Z");
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const delivery = (key: string, days: number, status: "SENT" | "PENDING") =>
      db.notificationDelivery.create({ data: { id: key, userId, subject: key, text: key, html: key, kind: "event", status, createdAt: at(days) } });
    await delivery("old-sent", KEEP_NOTIFICATION_DAYS + 1, "SENT");
    await delivery("old-pending", KEEP_NOTIFICATION_DAYS + 1, "PENDING");
    await delivery("recent-sent", KEEP_NOTIFICATION_DAYS - 1, "SENT");
    const notification = (key: string, days: number, deliveryId: string | null) =>
      db.notification.create({ data: { userId, kind: "pledge-opened", params: {}, link: "/", dedupeKey: key, deliveryId, createdAt: at(days) } });
    await notification("old", KEEP_NOTIFICATION_DAYS + 1, "old-sent");
    await notification("recent", KEEP_NOTIFICATION_DAYS - 1, "recent-sent");

    expect(await pruneNotifications(db, now)).toEqual({ notifications: 1, deliveries: 1 });
    expect((await db.notification.findMany({ select: { dedupeKey: true } })).map((n) => n.dedupeKey)).toEqual(["recent"]);
    expect((await db.notificationDelivery.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id)).toEqual(["old-pending", "recent-sent"]);
    // Once a day, on every instance's shared schedule.
    expect(JOB_SCHEDULES.some((s) => s.kind === "prune-notifications")).toBe(true);
  });
});
