// The notification actions as their callers use them: each on the caller's own rows only. The
// allowed caller changes their own; another user's id changes nothing and says "not found";
// a signed-out caller and bad input are refused with nothing changed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { notificationWorld, type NotificationWorld } from "../support/notification-world";

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/notifications/actions");
const { unreadCount, listInbox, preferencesOf, deliveryLog, LOG_PAGE_SIZE } = await import("@/lib/notifications/queries");

let w: NotificationWorld;
let seq = 0;
const notice = (userId: string, createdAt = new Date()) =>
  db.notification.create({
    data: {
      userId,
      kind: "sheet-returned",
      params: { bloc: "Khối", year: "2026", reason: "Thiếu", resubmitBy: "30/12/2026 17:00" },
      link: "/blocs",
      dedupeKey: `t:${++seq}`,
      createdAt,
    },
  });
const readAt = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;

beforeAll(async () => {
  w = await notificationWorld();
});

describe("marking one read", () => {
  it("marks the caller's own and answers with its link", async () => {
    const mine = await notice(w.people.u2.officer.userId);
    current.session = w.people.u2.officer;
    expect(await unreadCount(w.people.u2.officer)).toBeGreaterThan(0);
    expect(await actions.markNotificationReadAction({ id: mine.id })).toEqual({ ok: true, data: { link: "/blocs" } });
    expect(await readAt(mine.id)).not.toBeNull();
  });

  it("refuses another user's notification as not found and leaves it unread", async () => {
    const theirs = await notice(w.people.outside.officer.userId);
    current.session = w.people.u2.officer;
    expect(await actions.markNotificationReadAction({ id: theirs.id })).toEqual({ ok: false, error: "errors.notFound" });
    expect(await readAt(theirs.id)).toBeNull();
  });

  it("refuses a signed-out caller and bad input", async () => {
    const mine = await notice(w.people.u2.officer.userId);
    current.session = null;
    expect(await actions.markNotificationReadAction({ id: mine.id })).toEqual({ ok: false, error: "errors.unauthenticated" });
    current.session = w.people.u2.officer;
    expect(await actions.markNotificationReadAction({ id: "" } as never)).toMatchObject({ ok: false, error: "errors.validation" });
    expect(await readAt(mine.id)).toBeNull();
  });
});

describe("marking all read", () => {
  it("marks the caller's own up to the newest the page showed; newer ones and other people's stay unread", async () => {
    const u = w.people.u3.officer;
    const older = await notice(u.userId, new Date("2026-12-01T01:00:00Z"));
    const newer = await notice(u.userId, new Date("2026-12-03T01:00:00Z"));
    const other = await notice(w.people.u3.head.userId, new Date("2026-12-01T01:00:00Z"));
    current.session = u;
    expect(await actions.markAllNotificationsReadAction({ upTo: "2026-12-02T00:00:00.000Z" })).toMatchObject({ ok: true });
    expect(await readAt(older.id)).not.toBeNull();
    expect(await readAt(newer.id)).toBeNull();
    expect(await readAt(other.id)).toBeNull();
    expect((await listInbox(u, { read: "unread" })).map((r) => r.id)).toEqual([newer.id]);
    expect(await actions.markAllNotificationsReadAction({ upTo: "hôm qua" })).toMatchObject({ ok: false, error: "errors.validation" });
  });
});

describe("preferences", () => {
  it("are the caller's own, audited; an unknown kind is refused with nothing saved", async () => {
    const u = w.people.u1.officer;
    current.session = u;
    expect(
      await actions.setNotificationPreferencesAction({
        prefs: [
          { kind: "pledge-opened", choice: "digest" },
          { kind: "round-set", choice: "off" },
        ],
      }),
    ).toMatchObject({ ok: true });
    const choices = (await preferencesOf(u)).choices;
    expect(choices.find((c) => c.kind === "pledge-opened")?.choice).toBe("digest");
    expect(choices.find((c) => c.kind === "round-set")?.choice).toBe("off");
    expect(choices.find((c) => c.kind === "sheet-returned")?.choice).toBe("now");
    expect(await db.auditLog.count({ where: { action: "notificationPreference.update", userId: u.userId } })).toBe(1);
    expect(await db.notificationPreference.count({ where: { userId: { not: u.userId } } })).toBe(0);

    const before = await db.notificationPreference.count();
    expect(await actions.setNotificationPreferencesAction({ prefs: [{ kind: "xoa-du-lieu", choice: "now" }] } as never)).toMatchObject({
      ok: false,
      error: "errors.validation",
    });
    expect(await db.notificationPreference.count()).toBe(before);
  });
});

describe("the delivery log", () => {
  it("is the administrator's: anyone else gets nothing", async () => {
    expect(await deliveryLog(w.people.admin, {})).not.toBeNull();
    for (const s of [w.people.board, w.people.u0.head, w.people.council]) expect(await deliveryLog(s, {})).toBeNull();
  });

  it("lists every notification in the app and every e-mail, filtered by channel, result and event, and paged", async () => {
    const who = await db.user.create({
      data: { id: `log-${w.tag}`, username: `nhat-ky-${w.tag}`.toLowerCase(), name: "Trần Thị Nhật Ký", role: "UNIT_OFFICER", passwordHash: "x" },
    });
    const q = who.username;
    const t0 = Date.now() - 60_000;
    // One notice in the app read, one carried by an e-mail that failed, and the day's digest kept.
    const read = await notice(who.id, new Date(t0));
    await db.notification.update({ where: { id: read.id }, data: { readAt: new Date(t0 + 1000) } });
    const mailed = await notice(who.id, new Date(t0 + 2000));
    const mail = { subject: "Phiếu chấm điểm bị trả lại", text: "Kính gửi", html: "<p>Kính gửi</p>" };
    await db.notificationDelivery.create({
      data: {
        userId: who.id,
        address: "can-bo@example.vn",
        kind: "event",
        ...mail,
        status: "FAILED",
        attempts: 8,
        error: "550 hộp thư không tồn tại",
        createdAt: new Date(t0 + 3000),
        notifications: { connect: [{ id: mailed.id }] },
      },
    });
    await db.notificationDelivery.create({
      data: { userId: who.id, address: "can-bo@example.vn", kind: "digest", ...mail, subject: "Tổng hợp", status: "KEPT", createdAt: new Date(t0 + 4000) },
    });
    const log = async (filter: Record<string, unknown>) => (await deliveryLog(w.people.admin, { q, ...filter }))!;
    const all = await log({});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => [r.channel, r.event, r.result])).toEqual([
      ["email", "digest", "KEPT"],
      ["email", "sheet-returned", "FAILED"],
      ["inApp", "sheet-returned", "UNREAD"],
      ["inApp", "sheet-returned", "READ"],
    ]);
    expect(all.rows[1]).toMatchObject({ userName: who.name, address: "can-bo@example.vn", attempts: 8, error: "550 hộp thư không tồn tại" });
    expect(all.rows[3].params).toMatchObject({ reason: "Thiếu" });
    expect((await log({ channel: "inApp" })).rows.map((r) => r.result)).toEqual(["UNREAD", "READ"]);
    expect((await log({ result: "FAILED" })).rows.map((r) => r.id)).toHaveLength(1);
    expect((await log({ channel: "inApp", result: "FAILED" })).total).toBe(0);
    expect((await log({ event: "digest" })).rows.map((r) => r.subject)).toEqual(["Tổng hợp"]);
    expect((await log({ event: "pledge-opened" })).total).toBe(0);
    // A search is text, never a pattern: "%" matches only itself.
    expect((await deliveryLog(w.people.admin, { q: "%" }))!.total).toBe(0);
    // Paging: the administrator's whole log, LOG_PAGE_SIZE a page, newest first, the same total on every page.
    const first = (await deliveryLog(w.people.admin, {}))!;
    expect(first.rows.length).toBe(Math.min(first.total, LOG_PAGE_SIZE));
    if (first.pages > 1) {
      const second = (await deliveryLog(w.people.admin, { page: 2 }))!;
      expect(second.total).toBe(first.total);
      expect(second.rows[0].at.getTime()).toBeLessThanOrEqual(first.rows.at(-1)!.at.getTime());
    }
    expect((await deliveryLog(w.people.admin, { page: 100_000 }))!.rows).toEqual([]);
  });
});
