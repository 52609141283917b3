// Who is told that a regulation was adopted (lib/notifications/definitions/regulations.ts): every
// member unit's staff of the bloc year it is filed under, never another bloc's, never the person
// who recorded it; through the real job runner and handlers, as tests/integration/notifications.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adoptDraft, createDraft } from "@/lib/regulations/service";
import { appRunner, ids, notificationWorld, toldOf, unit, type NotificationWorld } from "../support/notification-world";

let w: NotificationWorld;
const clock = {
  get now() {
    return new Date();
  },
};

beforeAll(async () => {
  w = await notificationWorld();
});

describe("a regulation", () => {
  it("adopted: every member unit's staff but the leader's officer who recorded it, with a link to the regulation", async () => {
    const p = w.people;
    const { id } = await createDraft(p.board, w.yearId, { title: "Quy chế tổ chức và hoạt động của Khối (sửa đổi)", text: null });
    await appRunner(clock).drain();
    expect(await toldOf("regulation-adopted", id)).toEqual([]);

    await adoptDraft(p.u0.officer, id, { adoptedOn: new Date("2026-07-22T00:00:00Z"), conferenceId: null, decisionId: null });
    await appRunner(clock).drain();
    expect(await toldOf("regulation-adopted", id)).toEqual(ids(p.u0.head, ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "regulation-adopted", subjectId: id } });
    expect(n.link).toBe(`/blocs/${w.blocId}/regulation`);
    const delivery = await db.notificationDelivery.findFirstOrThrow({ where: { userId: p.u3.officer.userId, kind: "event" } });
    expect(delivery.text).toContain("Quy chế tổ chức và hoạt động của Khối (sửa đổi) được thông qua ngày 22/07/2026");
  });
});
