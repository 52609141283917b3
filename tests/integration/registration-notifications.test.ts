// Who is told of the registration's steps (lib/notifications/definitions/registrations.ts), from
// the real service through the real job runner and handlers: the members when it opens, the
// leader when a unit submits, the unit when it is returned. Never another unit, never the actor.
import { beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as service from "@/lib/registrations/service";
import { appRunner, ids, notificationWorld, toldOf, unit, type NotificationWorld } from "../support/notification-world";

let w: NotificationWorld;
let p: NotificationWorld["people"];
const clock = {
  get now() {
    return new Date();
  },
};
const drain = () => appRunner(clock).drain();

beforeAll(async () => {
  w = await notificationWorld();
  p = w.people;
});
beforeEach(async () => {
  await db.notification.deleteMany();
  await db.notificationDelivery.deleteMany();
});

it("opened: every member unit with the deadline; submitted: the leader; returned: the unit with the reason", async () => {
  await service.setRegistrationDeadline(p.board, w.yearId, new Date("2099-03-31T10:00:00Z"));
  await drain();
  expect(await toldOf("registration-opened")).toEqual(ids(...unit(p.u0), ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)));
  const opened = await db.notification.findFirstOrThrow({ where: { kind: "registration-opened", userId: p.u2.officer.userId } });
  expect(opened).toMatchObject({ link: `/blocs/${w.blocId}/years/2026/registration` });
  expect(opened.params).toMatchObject({ dueAt: "31/03/2099 17:00", year: "2026" });

  const form = await db.awardForm.create({ data: { code: `RN-${w.tag}`, name: "Cờ thi đua" } });
  const saved = await service.saveRegistration(p.u2.officer, w.yearId, w.units.u2, { version: 0, awardFormIds: [form.id], targets: [] });
  await service.submitRegistration(p.u2.head, w.yearId, w.units.u2, saved.version, null);
  await drain();
  expect(await toldOf("registration-submitted")).toEqual(ids(...unit(p.u0)));

  await service.returnRegistration(p.u0.officer, saved.id, saved.version + 1, "Bổ sung chỉ tiêu chủ yếu");
  await drain();
  expect(await toldOf("registration-returned")).toEqual(ids(...unit(p.u2)));
  const returned = await db.notification.findFirstOrThrow({ where: { kind: "registration-returned" } });
  expect(returned.params).toMatchObject({ reason: "Bổ sung chỉ tiêu chủ yếu" });
});
