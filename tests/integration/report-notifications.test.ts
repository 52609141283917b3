// Who is told of the periodic reports' steps (lib/notifications/definitions/reports.ts) and
// reminded of their due date (reminders.ts, "report-due"), from the real services through the real
// job runner: the members when a report is scheduled, the leader when a unit submits (late or
// not), the unit when it is returned; units that have not submitted 7, 3 and 1 days before, the
// head from 3. Never another unit, never the actor.
import { beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as service from "@/lib/reports/service";
import { eventText } from "@/lib/notifications/translator";
import { JOB_HANDLERS, JOB_SCHEDULES } from "@/lib/worker/handlers";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
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
  await db.reportRound.deleteMany({ where: { blocYearId: w.yearId } });
});

it("scheduled: every member unit with the due date; submitted: the leader, flagged late; returned: the unit with the reason", async () => {
  const { id: roundId } = await service.scheduleReport(p.board, w.yearId, "MID_YEAR", new Date("2026-07-10T10:00:00Z"));
  await drain();
  expect(await toldOf("report-scheduled")).toEqual(ids(...unit(p.u0), ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)));
  const scheduled = await db.notification.findFirstOrThrow({ where: { kind: "report-scheduled", userId: p.u2.officer.userId } });
  expect(scheduled).toMatchObject({ link: `/blocs/${w.blocId}/years/2026/reports` });
  expect(eventText("report-scheduled", scheduled.params as Record<string, string>).title).toBe("Hạn gửi báo cáo sơ kết 6 tháng đầu năm 2026: 10/07/2026 17:00");

  const saved = await service.saveUnitReport(p.u2.officer, roundId, w.units.u2, 0, "Kết quả 6 tháng");
  await service.submitUnitReport(p.u2.head, roundId, w.units.u2, saved.version, null);
  await drain();
  expect(await toldOf("report-submitted")).toEqual(ids(...unit(p.u0)));
  const submitted = await db.notification.findFirstOrThrow({ where: { kind: "report-submitted" } });
  expect(eventText("report-submitted", submitted.params as Record<string, string>).body).toContain(", chậm so với hạn.");

  await service.returnUnitReport(p.u0.officer, saved.id, saved.version + 1, "Bổ sung số liệu");
  await drain();
  expect(await toldOf("report-returned")).toEqual(ids(...unit(p.u2)));
  expect((await db.notification.findFirstOrThrow({ where: { kind: "report-returned" } })).params).toMatchObject({ reason: "Bổ sung số liệu" });
});

it("reminds the units that have not submitted, 7 days before (officers), then 3 (their heads too), each once", async () => {
  const timed = { now: new Date("2026-12-01T00:05:00Z") };
  const runner = new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => timed.now });
  const morning = async (day: string) => {
    timed.now = new Date(`${day}T00:05:00Z`);
    await runner.drain();
  };
  const told = async () =>
    (await db.notification.findMany({ where: { kind: "report-due", blocYearId: w.yearId }, select: { userId: true, params: true } }))
      .map((r) => `${r.userId} ${(r.params as { days: string }).days}`)
      .sort();
  const at = (days: number, ...people: { userId: string }[]) => people.map((s) => `${s.userId} ${days}`);
  // Due on 15/12 at 17:00 in Vietnam; u3 has submitted, u2 has only a draft.
  const round = await db.reportRound.create({ data: { blocYearId: w.yearId, kind: "YEAR_END", dueAt: new Date("2026-12-15T10:00:00Z") } });
  await db.unitReport.create({ data: { roundId: round.id, unitId: w.units.u3, content: "x", status: "SUBMITTED", submittedAt: new Date() } });
  await db.unitReport.create({ data: { roundId: round.id, unitId: w.units.u2, content: "x" } });

  await morning("2026-12-01");
  expect(await told()).toEqual([]);
  await morning("2026-12-08");
  const week = at(7, p.u0.officer, p.u1.officer, p.u2.officer).sort();
  expect(await told()).toEqual(week);
  await morning("2026-12-08");
  expect(await told()).toEqual(week);
  await morning("2026-12-12");
  expect(await told()).toEqual([...week, ...at(3, p.u0.officer, p.u0.head, p.u1.officer, p.u1.head, p.u2.officer, p.u2.head)].sort());
  const n = await db.notification.findFirstOrThrow({ where: { kind: "report-due", userId: p.u2.head.userId } });
  expect(eventText("report-due", n.params as Record<string, string>).title).toBe("Còn 3 ngày để gửi báo cáo tổng kết năm 2026");
  expect(n.params).toMatchObject({ dueAt: "15/12/2026 17:00", days: "3", kind: "YEAR_END" });
});
