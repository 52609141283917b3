// The reminders (lib/notifications/reminders.ts), run by the daily schedule through the real job
// runner on a clock the test moves: the scoring window closing in 7, 3 and 1 days for units that
// have not submitted (the officer; the head too from 3 days, whatever the head chose), and a
// conference the day before. Each once, with two runners racing; after downtime, what is due by
// then (not every reminder missed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { JOB_HANDLERS, JOB_SCHEDULES } from "@/lib/worker/handlers";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
import { windowReminder } from "@/lib/notifications/reminders";
import { secondClient } from "../support/second-client";
import { ids, notificationWorld, unit, type NotificationWorld } from "../support/notification-world";

let w: NotificationWorld;
let p: NotificationWorld["people"];
const clock = { now: new Date("2026-12-01T00:05:00Z") };
const clients: PrismaClient[] = [];
const runner = (client?: PrismaClient) =>
  new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => clock.now, client });
const main = runner();
/** The app as it runs on the morning of this day (Vietnam, 07:05 unless said). */
const morning = async (day: string, time = "00:05") => {
  clock.now = new Date(`${day}T${time}:00Z`);
  await main.drain();
};
const reminders = async (unitId?: string) => {
  const rows = await db.notification.findMany({
    where: { kind: "window-closing", ...(unitId ? { link: { endsWith: unitId } } : {}) },
    select: { userId: true, params: true },
  });
  return rows.map((r) => `${r.userId} ${(r.params as { days: string }).days}`).sort();
};
const told = (days: number, ...people: { userId: string }[]) => people.map((s) => `${s.userId} ${days}`);

beforeAll(async () => {
  w = await notificationWorld();
  p = w.people;
  // Closes on 15/12 at 17:00 in Vietnam; u2 has until 30/12; u3 has submitted.
  const round = await db.scoringRound.create({
    data: { blocYearId: w.yearId, opensAt: new Date("2026-11-01T01:00:00Z"), closesAt: new Date("2026-12-15T10:00:00Z") },
  });
  await db.roundExtension.create({ data: { roundId: round.id, unitId: w.units.u2, closesAt: new Date("2026-12-30T10:00:00Z"), reason: "Sự cố" } });
  await db.scoreSheet.create({ data: { blocYearId: w.yearId, unitId: w.units.u3, status: "SUBMITTED" } });
  await db.conference.create({
    data: {
      blocYearId: w.yearId,
      kind: "YEAR_END",
      title: "Hội nghị tổng kết năm 2026",
      date: new Date("2026-12-16T02:00:00Z"),
      venue: "Hội trường UBND tỉnh",
    },
  });
  // The leader's head turned these e-mails off; an escalation reaches the head all the same. u1's officer turned them off too.
  await db.notificationPreference.createMany({
    data: [p.u0.head, p.u1.officer].map((s) => ({ userId: s.userId, kind: "window-closing", email: false, digest: false })),
  });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

describe("the threshold due", () => {
  it("is the nearest reached, by Vietnam calendar days; none once closed", () => {
    const close = new Date("2026-12-15T10:00:00Z");
    expect(windowReminder(new Date("2026-12-07T00:05:00Z"), close)).toBeNull();
    expect(windowReminder(new Date("2026-12-07T17:30:00Z"), close)).toBe(7); // 08/12 00:30 in Vietnam
    expect(windowReminder(new Date("2026-12-12T00:05:00Z"), close)).toBe(3);
    expect(windowReminder(new Date("2026-12-13T00:05:00Z"), close)).toBe(3);
    expect(windowReminder(new Date("2026-12-15T09:59:00Z"), close)).toBe(1);
    expect(windowReminder(new Date("2026-12-15T10:00:00Z"), close)).toBeNull();
  });
});

describe("the scoring window's reminders", () => {
  it("tell the officers 7 days before, the heads too from 3 days, each once; never a unit that submitted nor another bloc's", async () => {
    await morning("2026-12-07");
    expect(await reminders()).toEqual([]);

    await morning("2026-12-08");
    expect(await reminders()).toEqual(told(7, p.u0.officer, p.u1.officer).sort());
    for (const day of ["2026-12-09", "2026-12-10", "2026-12-11"]) await morning(day);
    expect(await reminders()).toHaveLength(2);

    // Two instances' runners, each on its own client, race on the morning of the 3-day reminder.
    clients.push(...[0, 1].map(() => secondClient()));
    clock.now = new Date("2026-12-12T00:05:00Z");
    await Promise.all(clients.map((c) => runner(c).drain()));
    await main.drain();
    expect(await reminders()).toEqual([...told(7, p.u0.officer, p.u1.officer), ...told(3, ...unit(p.u0), ...unit(p.u1))].sort());
    expect(await db.job.count({ where: { kind: "notification-reminders", status: "DONE" } })).toBe(6); // one per morning, 07/12 to 12/12

    await morning("2026-12-13");
    await morning("2026-12-14");
    await morning("2026-12-15");
    expect((await reminders()).filter((r) => r.endsWith(" 1"))).toEqual(told(1, ...unit(p.u0), ...unit(p.u1)).sort());
    const everyone = (await db.notification.findMany({ where: { kind: "window-closing" }, select: { userId: true } })).map((n) => n.userId);
    for (const s of [...unit(p.u3), ...unit(p.outside), p.board, p.assigned]) expect(everyone).not.toContain(s.userId);
  });

  it("go to the head by e-mail at once whatever the head chose; the officer's choice counts for the officer", async () => {
    const mode = async (userId: string, days: string) =>
      (await db.notification.findMany({ where: { kind: "window-closing", userId }, select: { emailMode: true, params: true } })).find(
        (n) => (n.params as { days: string }).days === days,
      )?.emailMode;
    expect(await mode(p.u0.head.userId, "3")).toBe("NOW");
    expect(await mode(p.u1.officer.userId, "3")).toBe("NONE");
    expect(await mode(p.u0.officer.userId, "3")).toBe("NOW");
    // Each e-mail recorded once (no SMTP_URL: kept).
    const heads = await db.notificationDelivery.count({ where: { userId: p.u0.head.userId, subject: { startsWith: "Còn 3 ngày" } } });
    expect(heads).toBe(1);
  });

  it("after downtime, tell what is due by the morning the app is back: the 3-day reminder, not the missed 7-day one", async () => {
    // Down from 16/12 to 28/12 10:00: u2's 7-day reminder (23/12) was never told.
    await morning("2026-12-28", "03:00");
    expect(await reminders(w.units.u2)).toEqual(told(3, ...unit(p.u2)).sort());
    await morning("2026-12-29");
    expect(await reminders(w.units.u2)).toEqual([...told(3, ...unit(p.u2)), ...told(1, ...unit(p.u2))].sort());
    await morning("2026-12-31");
    expect(await reminders(w.units.u2)).toHaveLength(4);
  });
});

describe("a conference", () => {
  it("is recalled to every member the morning before it, once", async () => {
    const recalled = async () =>
      (await db.notification.findMany({ where: { kind: "conference-tomorrow" }, select: { userId: true } })).map((n) => n.userId).sort();
    expect(await recalled()).toEqual(ids(...unit(p.u0), ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "conference-tomorrow" } });
    expect(n.createdAt).toEqual(new Date("2026-12-15T00:05:00Z"));
    expect(n.params).toMatchObject({ title: "Hội nghị tổng kết năm 2026", date: "16/12/2026 09:00", venue: "Hội trường UBND tỉnh" });
  });
});
