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
const { unreadCount, listInbox, preferencesOf, listDeliveries } = await import("@/lib/notifications/queries");

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

describe("the outbox", () => {
  it("is the administrator's: anyone else gets nothing", async () => {
    expect(await listDeliveries(w.people.admin, {})).not.toBeNull();
    for (const s of [w.people.board, w.people.u0.head, w.people.council]) expect(await listDeliveries(s, {})).toBeNull();
  });
});
