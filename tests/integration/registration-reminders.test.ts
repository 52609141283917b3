// The registration's deadline reminder (lib/notifications/reminders.ts, "registration-due"), run
// by the daily schedule through the real job runner on a clock the test moves: units that have
// not submitted are reminded 7, 3 and 1 days before (the head too from 3 days), once each.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JOB_HANDLERS, JOB_SCHEDULES } from "@/lib/worker/handlers";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
import { notificationWorld, type NotificationWorld } from "../support/notification-world";

let w: NotificationWorld;
let p: NotificationWorld["people"];
const clock = { now: new Date("2026-12-01T00:05:00Z") };
const main = new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => clock.now });
/** The app as it runs on the morning of this day (07:05 in Vietnam). */
const morning = async (day: string) => {
  clock.now = new Date(`${day}T00:05:00Z`);
  await main.drain();
};
const told = async () =>
  (await db.notification.findMany({ where: { kind: "registration-due", blocYearId: w.yearId }, select: { userId: true, params: true } }))
    .map((r) => `${r.userId} ${(r.params as { days: string }).days}`)
    .sort();
const at = (days: number, ...people: { userId: string }[]) => people.map((s) => `${s.userId} ${days}`);

beforeAll(async () => {
  w = await notificationWorld();
  p = w.people;
  // Due on 15/12 at 17:00 in Vietnam; u3 has submitted, u2 has only a draft.
  await db.blocYear.update({ where: { id: w.yearId }, data: { registrationDueAt: new Date("2026-12-15T10:00:00Z") } });
  await db.registration.create({
    data: { blocYearId: w.yearId, unitId: w.units.u3, status: "SUBMITTED", headApprovedBy: "Thủ trưởng", submittedAt: new Date() },
  });
  await db.registration.create({ data: { blocYearId: w.yearId, unitId: w.units.u2 } });
});

it("reminds the units that have not submitted, 7 days before (officers), then 3 (their heads too), each once", async () => {
  await morning("2026-12-01");
  expect(await told()).toEqual([]);
  await morning("2026-12-08");
  const week = at(7, p.u0.officer, p.u1.officer, p.u2.officer).sort();
  expect(await told()).toEqual(week);
  await morning("2026-12-08");
  expect(await told()).toEqual(week);
  await morning("2026-12-12");
  expect(await told()).toEqual([...week, ...at(3, p.u0.officer, p.u0.head, p.u1.officer, p.u1.head, p.u2.officer, p.u2.head)].sort());
  const n = await db.notification.findFirstOrThrow({ where: { kind: "registration-due", userId: p.u2.head.userId } });
  expect(n).toMatchObject({ link: `/blocs/${w.blocId}/years/2026/registration` });
  expect(n.params).toMatchObject({ dueAt: "15/12/2026 17:00", days: "3" });
  // Past the deadline nobody is reminded any more.
  const before = (await told()).length;
  await morning("2026-12-16");
  expect((await told()).length).toBe(before);
});
