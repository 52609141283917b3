// Who is told what (lib/notifications): each event, from the real service where it is cheap to
// reach (else from its audit entry, written as the service writes it), through the real job
// runner and handlers, on this test's database. Never another unit's officers; never the person
// who made the change. No SMTP_URL here: every e-mail is kept for the administrator.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import * as scoring from "@/lib/scoring/service";
import * as ranking from "@/lib/ranking/service";
import * as awards from "@/lib/awards/service";
import { createConference } from "@/lib/conferences/service";
import { appRunner, ids, notificationWorld, toldOf, unit, type NotificationWorld } from "../support/notification-world";

let w: NotificationWorld;
let p: NotificationWorld["people"];
// Real time: the jobs are due as soon as the change commits.
const clock = {
  get now() {
    return new Date();
  },
};
const drain = () => appRunner(clock).drain();
const members = () => [...unit(p.u0), ...unit(p.u1), ...unit(p.u2), ...unit(p.u3)];

beforeAll(async () => {
  w = await notificationWorld();
  p = w.people;
});
beforeEach(async () => {
  await db.notification.deleteMany();
  await db.notificationDelivery.deleteMany();
});

const pledgeVersion = async (id: string) => (await db.pledge.findUniqueOrThrow({ where: { id } })).version;

async function openPledge(by: AppSession) {
  const existing = await db.pledge.findUnique({ where: { blocYearId: w.yearId } });
  if (existing) return existing.id;
  const { id } = await pledges.createPledge(by, w.yearId, { title: "Giao ước thi đua năm 2026", preamble: null });
  await items.addItem(by, id, await pledgeVersion(id), "Thực hiện tốt nhiệm vụ chính trị");
  await pledges.openForSigning(by, id, await pledgeVersion(id));
  return id;
}

/** Writes an audit entry as the service does, with the jobs its hooks call for. */
const audited = (actor: AppSession, action: string, entityType: string, entityId: string, after: object = {}) =>
  db.$transaction((tx) => writeAudit(tx, actor, { action, entityType, entityId, after }));

describe("the pledge", () => {
  it("opened: every member unit's officers and heads, with a link to the pledge; not the board nor another bloc's unit", async () => {
    const pledgeId = await openPledge(p.board);
    expect(await drain()).toBeGreaterThan(0);
    expect(await toldOf("pledge-opened")).toEqual(ids(...members()));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "pledge-opened", userId: p.u2.officer.userId } });
    expect(n).toMatchObject({ link: `/blocs/${w.blocId}/years/2026/pledge`, subjectId: pledgeId, blocYearId: w.yearId, readAt: null });
    expect(n.params).toMatchObject({ year: "2026", bloc: `Khối Văn hóa ${w.tag}` });
    // One e-mail each, kept (no SMTP_URL), rendered in Vietnamese.
    const deliveries = await db.notificationDelivery.findMany({ orderBy: { address: "asc" } });
    expect(deliveries).toHaveLength(8);
    expect(deliveries.every((d) => d.status === "KEPT" && d.channel === "email" && d.attempts === 1)).toBe(true);
    expect(deliveries[0].subject).toBe("Giao ước thi đua năm 2026 đã mở để ký");
    // A second run finds nothing left to do; telling the same entry again adds nothing.
    expect(await drain()).toBe(0);
  });

  it("fully signed: the leader unit and the bloc's board (all blocs, or assigned to it); not the members, not another bloc's board", async () => {
    const pledgeId = await openPledge(p.board);
    await pledges.recordSignatures(p.board, pledgeId, await pledgeVersion(pledgeId), {
      conferenceId: null,
      signedOn: null,
      rows: Object.values({ a: w.units.u0, b: w.units.u1, c: w.units.u2, d: w.units.u3 }).map((unitId) => ({
        unitId,
        signerName: "Trần Thị Bình",
        signerTitle: "Giám đốc",
      })),
    });
    await drain();
    // Four entries each say the pledge is signed: one notification each all the same.
    expect(await toldOf("pledge-signed")).toEqual(ids(...unit(p.u0), p.assigned));
    expect(await db.notification.count({ where: { kind: "pledge-signed", userId: p.elsewhere.userId } })).toBe(0);
  });
});

describe("scoring", () => {
  it("criteria published and the window set: every member unit", async () => {
    const set = await db.criteriaSet.create({ data: { blocYearId: w.yearId, name: "Bộ tiêu chí 2026", status: "PUBLISHED" } });
    await audited(p.board, "criteriaSet.publish", "CriteriaSet", set.id, { status: "PUBLISHED" });
    await scoring.setRound(p.board, w.yearId, { opensAt: new Date("2026-11-01T01:00:00Z"), closesAt: new Date("2026-12-15T10:00:00Z") });
    await drain();
    expect(await toldOf("criteria-published")).toEqual(ids(...members()));
    expect(await toldOf("round-set")).toEqual(ids(...members()));
    const round = await db.notification.findFirstOrThrow({ where: { kind: "round-set" } });
    expect(round.params).toMatchObject({ opensAt: "01/11/2026 08:00", closesAt: "15/12/2026 17:00" });
  });

  it("an extension for one unit: that unit only; for all: every member", async () => {
    await scoring.addExtension(p.board, w.yearId, { unitId: w.units.u2, closesAt: new Date("2026-12-20T10:00:00Z"), reason: "Đơn vị có sự cố mạng" });
    await drain();
    expect(await toldOf("extension-granted")).toEqual(ids(...unit(p.u2)));
    await db.notification.deleteMany();
    await scoring.addExtension(p.board, w.yearId, { unitId: null, closesAt: new Date("2026-12-22T10:00:00Z"), reason: "Nghỉ lễ" });
    await drain();
    expect(await toldOf("extension-granted")).toEqual(ids(...members()));
  });

  it("a sheet submitted: the leader, or the assigned reviewer instead; returned: the unit's officer and head with the reason", async () => {
    const sheet = await db.scoreSheet.create({ data: { blocYearId: w.yearId, unitId: w.units.u2, status: "SUBMITTED" } });
    await audited(p.u2.head, "score.submit", "ScoreSheet", sheet.id, { status: "SUBMITTED" });
    await drain();
    expect(await toldOf("sheet-submitted")).toEqual(ids(...unit(p.u0)));

    const reviewed = await db.scoreSheet.create({ data: { blocYearId: w.yearId, unitId: w.units.u3, status: "SUBMITTED", reviewerUnitId: w.units.u1 } });
    await audited(p.u3.officer, "score.submit", "ScoreSheet", reviewed.id, { status: "SUBMITTED" });
    await drain();
    expect(await toldOf("sheet-submitted", reviewed.id)).toEqual(ids(...unit(p.u1)));

    await scoring.returnSheet(
      p.u0.officer,
      sheet.id,
      sheet.version,
      "Thiếu minh chứng tiêu chí 2.1",
      new Date("2026-12-30T10:00:00Z"),
      new Date("2026-12-10T03:00:00Z"),
    );
    await drain();
    expect(await toldOf("sheet-returned")).toEqual(ids(...unit(p.u2)));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "sheet-returned" } });
    expect(n.params).toMatchObject({ reason: "Thiếu minh chứng tiêu chí 2.1", resubmitBy: "30/12/2026 17:00" });
    expect(n.link).toBe(`/blocs/${w.blocId}/years/2026/scoring/${w.units.u2}`);
  });
});

describe("the ranking", () => {
  it("signed off: the bloc's board; approved: every member; returned: the leader", async () => {
    const snapshot = await db.rankingSnapshot.create({ data: { blocYearId: w.yearId, data: {}, signerName: "Trưởng khối" } });
    await audited(p.u0.head, "rankingSnapshot.signOff", "RankingSnapshot", snapshot.id);
    await drain();
    expect(await toldOf("ranking-signed-off")).toEqual(ids(p.board, p.assigned));

    await ranking.returnRanking(p.board, snapshot.id, snapshot.version, "Chưa giải quyết đồng điểm");
    await drain();
    expect(await toldOf("ranking-returned")).toEqual(ids(...unit(p.u0)));
    expect((await db.notification.findFirstOrThrow({ where: { kind: "ranking-returned" } })).params).toMatchObject({ reason: "Chưa giải quyết đồng điểm" });

    const again = await db.rankingSnapshot.create({ data: { blocYearId: w.yearId, data: {}, signerName: "Trưởng khối" } });
    await ranking.approveRanking(p.board, again.id, again.version);
    await drain();
    expect(await toldOf("ranking-approved")).toEqual(ids(...members()));
  });
});

describe("the award proposal", () => {
  it("submitted: the board; returned and accepted: the leader; decided: every member", async () => {
    const proposal = await db.awardProposal.create({ data: { blocYearId: w.yearId, status: "SUBMITTED", number: "12/ĐN-KVH" } });
    await audited(p.u0.head, "proposal.submit", "AwardProposal", proposal.id, { status: "SUBMITTED" });
    await drain();
    expect(await toldOf("proposal-submitted")).toEqual(ids(p.board, p.assigned));

    await awards.returnProposal(p.board, proposal.id, proposal.version, "Vượt chỉ tiêu cờ thi đua");
    await drain();
    expect(await toldOf("proposal-returned")).toEqual(ids(...unit(p.u0)));

    await db.awardProposal.update({ where: { id: proposal.id }, data: { status: "SUBMITTED" } });
    const v = (await db.awardProposal.findUniqueOrThrow({ where: { id: proposal.id } })).version;
    await awards.acceptProposal(p.board, proposal.id, v);
    await drain();
    expect(await toldOf("proposal-accepted")).toEqual(ids(...unit(p.u0)));

    await db.awardProposal.update({ where: { id: proposal.id }, data: { decisionNumber: "345/QĐ-UBND" } });
    await audited(p.board, "proposal.decide", "AwardProposal", proposal.id, { status: "DECIDED" });
    await drain();
    expect(await toldOf("proposal-decided")).toEqual(ids(...members()));
  });
});

describe("a conference", () => {
  it("scheduled: every member unit, with its date and venue", async () => {
    const input = { kind: "MID_YEAR", title: "Hội nghị sơ kết 6 tháng", date: new Date("2026-07-20T01:30:00Z"), venue: "Hội trường tầng 3, Sở Nội vụ" };
    const { id } = await createConference(p.board, w.yearId, { ...input, hostUnitId: null, chairName: null, chairTitle: null, agenda: null } as never);
    await drain();
    expect(await toldOf("conference-scheduled")).toEqual(ids(...members()));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "conference-scheduled" } });
    expect(n.link).toBe(`/blocs/${w.blocId}/years/2026/conferences/${id}`);
    const delivery = await db.notificationDelivery.findFirstOrThrow({ where: { userId: p.u3.officer.userId } });
    expect(delivery.text).toContain("Hội nghị sơ kết 6 tháng (Khối Văn hóa");
    expect(delivery.text).toContain("diễn ra lúc 20/07/2026 08:30 tại Hội trường tầng 3, Sở Nội vụ.");
  });
});

describe("whoever is told", () => {
  it("is never the one who made the change, an inactive account, nor anyone outside the audience", async () => {
    await db.notification.deleteMany();
    await db.user.update({ where: { id: p.u3.head.userId }, data: { active: false } });
    try {
      // The leader's officer schedules a conference: the members are told, the officer is not.
      const input = {
        kind: "OTHER",
        title: "Họp giao ban",
        date: new Date("2026-08-03T01:30:00Z"),
        venue: null,
        hostUnitId: null,
        chairName: null,
        chairTitle: null,
        agenda: null,
      };
      await createConference(p.u0.officer, w.yearId, input as never);
      await drain();
      const told = await toldOf("conference-scheduled");
      expect(told).toEqual(ids(p.u0.head, ...unit(p.u1), ...unit(p.u2), p.u3.officer));
      for (const outsider of [...unit(p.outside), p.admin, p.council, p.elsewhere]) expect(told).not.toContain(outsider.userId);
    } finally {
      await db.user.update({ where: { id: p.u3.head.userId }, data: { active: true } });
    }
  });
});
