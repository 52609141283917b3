// Notification e-mails reach a real SMTP server on loopback (the smtp-server package, started
// here on a free port) through the real transport (nodemailer, from SMTP_URL), and are read back
// with mailparser: subject and diacritics, sender, links from the public address. Also: a refused
// message is retried with backoff, the daily digest, a preference that turns e-mail off, and two
// runners racing send each message once.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

const received: ParsedMail[] = [];
let refuseNext = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    if (refuseNext > 0) {
      refuseNext--;
      stream.resume();
      stream.on("end", () => callback(Object.assign(new Error("Hộp thư tạm thời không nhận thư"), { responseCode: 451 })));
      return;
    }
    simpleParser(stream).then((mail) => {
      received.push(mail);
      callback();
    }, callback);
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
// Read once by lib/env.ts when the app's modules load, below.
process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
process.env.SMTP_FROM = "thongbao@thidua.example.gov.vn";
process.env.NEXTAUTH_URL = "https://thidua.example.gov.vn/";

const { db } = await import("@/lib/db");
const { secondClient } = await import("../support/second-client");
const pledges = await import("@/lib/pledges/service");
const items = await import("@/lib/pledges/item-service");
const { createConference } = await import("@/lib/conferences/service");
const { JobRunner } = await import("@/lib/jobs/runner");
const { JOB_HANDLERS, JOB_SCHEDULES } = await import("@/lib/worker/handlers");
const { JOB_KINDS } = await import("@/lib/jobs/kinds");
const { logTo } = await import("@/lib/log/logger");
const { appRunner, notificationWorld, ids, unit } = await import("../support/notification-world");

const COUNCIL = "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam";
const w = await notificationWorld();
const p = w.people;
await db.councilSettings.upsert({
  where: { id: 1 },
  create: { councilName: COUNCIL, boardName: "Ban Thi đua", place: "Hà Nam" },
  update: { councilName: COUNCIL },
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  received.length = 0;
  refuseNext = 0;
  await db.notification.deleteMany();
  await db.notificationDelivery.deleteMany();
  await db.notificationPreference.deleteMany();
});

const clock = { now: new Date() };
/** Moves the runners' clock to now plus `ms` (the jobs just enqueued are due) and runs what is due. */
const drainAt = (ms = 1000) => {
  clock.now = new Date(Date.now() + ms);
  return appRunner(clock).drain();
};
const version = async (id: string) => (await db.pledge.findUniqueOrThrow({ where: { id } })).version;
const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const conference = (title: string, date: string) =>
  createConference(p.board, w.yearId, {
    kind: "OTHER",
    title,
    date: new Date(date),
    venue: "Nhà văn hóa tỉnh",
    hostUnitId: null,
    chairName: null,
    chairTitle: null,
    agenda: null,
  } as never);

describe("an event's e-mails", () => {
  it("arrive at the SMTP server in Vietnamese, from the council, with links to the public address", async () => {
    const { id } = await pledges.createPledge(p.board, w.yearId, { title: "Giao ước thi đua năm 2026", preamble: null });
    await items.addItem(p.board, id, await version(id), "Thực hiện tốt nhiệm vụ chính trị");
    await pledges.openForSigning(p.board, id, await version(id));
    await drainAt();

    const members = [...unit(p.u0), ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)];
    expect(received.map(to).sort()).toEqual(members.map((m) => `${m.username}@example.vn`).sort());
    const mail = received.find((m) => to(m) === `${p.u2.officer.username}@example.vn`)!;
    expect(mail.subject).toBe("Giao ước thi đua năm 2026 đã mở để ký");
    expect(mail.from?.value[0]).toEqual({ name: COUNCIL, address: "thongbao@thidua.example.gov.vn" });
    const link = `https://thidua.example.gov.vn/blocs/${w.blocId}/years/2026/pledge`;
    expect(mail.text).toContain(`Kính gửi ${p.u2.officer.name},`);
    expect(mail.text).toContain(`Giao ước thi đua năm 2026 của Khối Văn hóa ${w.tag} đã được mở để ký. Đề nghị thủ trưởng đơn vị ký`);
    expect(mail.text).toContain(`Xem chi tiết: ${link}`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain("Giao ước thi đua năm 2026 đã mở để ký</h1>");
    expect(mail.text).toContain("https://thidua.example.gov.vn/account");
    // Every delivery is recorded as sent, once.
    const deliveries = await db.notificationDelivery.findMany();
    expect(deliveries.map((d) => [d.status, d.attempts, d.error])).toEqual(members.map(() => ["SENT", 1, null]));
  });

  it("refused by the server is tried again 30 s later, the error kept on its record meanwhile", async () => {
    await conference("Hội nghị chuyên đề", "2026-09-10T01:00:00Z");
    refuseNext = 1;
    const quiet = logTo(() => {}); // the failure is logged as an error, on purpose
    clock.now = new Date(Date.now() + 1000);
    const runner = appRunner(clock);
    await runner.drain();
    quiet();
    expect(received).toHaveLength(7);
    const failed = await db.notificationDelivery.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(failed.attempts).toBe(1);
    expect(failed.error).toContain("Hộp thư tạm thời không nhận thư");
    const job = await db.job.findFirstOrThrow({ where: { kind: "send-email", payload: { equals: { delivery: failed.id } } } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(job.runAt.getTime()).toBe(clock.now.getTime() + 30_000);

    clock.now = new Date(clock.now.getTime() + 30_000);
    expect(await runner.drain()).toBe(1);
    expect(received).toHaveLength(8);
    expect(await db.notificationDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "SENT", attempts: 2, error: null });
  });
});

describe("preferences", () => {
  it("a digest: the day's notifications in one e-mail at 17:00; off: none, the notification stays in the app", async () => {
    await db.notificationPreference.create({ data: { userId: p.u2.officer.userId, kind: "conference-scheduled", email: true, digest: true } });
    await db.notificationPreference.create({ data: { userId: p.u3.officer.userId, kind: "conference-scheduled", email: false, digest: false } });
    await conference("Hội nghị ký giao ước", "2026-03-05T02:00:00Z");
    await conference("Hội nghị tổng kết", "2026-12-20T02:00:00Z");
    await drainAt();
    expect(received.map(to)).not.toContain(`${p.u2.officer.username}@example.vn`);
    expect(received.map(to)).not.toContain(`${p.u3.officer.username}@example.vn`);
    expect(await db.notification.count({ where: { userId: { in: ids(p.u2.officer, p.u3.officer) } } })).toBe(4);
    received.length = 0;

    // The day's digest, by the schedule (17:00 in Vietnam), through the runner.
    const at = new Date(Date.now() + 86_400_000);
    at.setUTCHours(10, 5, 0, 0);
    const scheduled = new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => at });
    await scheduled.drain();
    expect(received.map(to)).toEqual([`${p.u2.officer.username}@example.vn`]);
    const digest = received[0];
    expect(digest.subject).toMatch(/^Tổng hợp thông báo ngày \d\d\/\d\d\/\d{4} \(2 thông báo\)$/);
    // Both were told by the same drain, at the runner's one instant: their order is not fixed.
    const items = (digest.text ?? "").split("\n").filter((line) => /^\d\. /.test(line));
    expect(items.map((line) => line.slice(0, 3)).sort()).toEqual(["1. ", "2. "]);
    expect(items.map((line) => line.slice(3)).sort()).toEqual(["Lịch hội nghị: Hội nghị ký giao ước", "Lịch hội nghị: Hội nghị tổng kết"]);
    expect(digest.html).toContain(`href="https://thidua.example.gov.vn/blocs/${w.blocId}/years/2026/conferences/`);
    // Carried once: the next day's digest has nothing for them.
    received.length = 0;
    const nextDay = new Date(at.getTime() + 86_400_000);
    await new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => nextDay }).drain();
    expect(received).toEqual([]);
  });
});

describe("two runners on two clients racing", () => {
  it("tell each event once and send each e-mail once", { timeout: 60_000 }, async () => {
    const clients = [0, 1].map(() => secondClient());
    try {
      for (let i = 0; i < 4; i++) await conference(`Hội nghị số ${i + 1}`, `2026-10-0${i + 1}T02:00:00Z`);
      clock.now = new Date(Date.now() + 1000);
      await Promise.all(clients.map((client) => appRunner(clock, client).drain()));
      expect(await db.notification.count()).toBe(4 * 8);
      expect(received).toHaveLength(4 * 8);
      expect(new Set(received.map((m) => `${to(m)} ${m.subject}`)).size).toBe(4 * 8);
      expect(await db.notificationDelivery.count({ where: { status: "SENT", attempts: 1 } })).toBe(4 * 8);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });
});
