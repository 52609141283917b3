import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Actions run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const catalog = await import("@/lib/awards/catalog-service");
const service = await import("@/lib/awards/service");
const actions = await import("@/lib/awards/actions");
const { getAwardsOfYear } = await import("@/lib/awards/queries");
const { storedActor } = await import("../support/actors");
const { snapshotData } = await import("../support/award-rows");

/**
 * A bloc year of five members, leader u0 (an officer of it is `leader`), member u4 (`member`).
 * Ranked u1, u2, u3 (failed gate G1), u0, u4; flag quota 1, certificate quota 40 % of 5 = 2.
 */
async function makeWorld() {
  const board = await storedActor({ userId: "aw-board", username: "aw-board" });
  const names = ["Sở Nội vụ", "Thanh tra tỉnh", "Công an tỉnh", "Sở Tư pháp", "Tòa án nhân dân tỉnh"];
  const units = [];
  for (const [i, name] of names.entries()) units.push(await db.unit.create({ data: { code: `AW-${i}`, name, shortName: `U${i}` } }));
  const [u0, u1, u2, u3, u4] = units;
  const bloc = await db.bloc.create({ data: { code: "AWK", name: "Khối thử khen thưởng", kind: "KHOI" } });
  const year = await db.blocYear.create({ data: { blocId: bloc.id, year: 2037, leaderUnitId: u0.id, deputyUnitId: u1.id } });
  await db.blocMember.createMany({ data: units.map((u) => ({ blocYearId: year.id, year: 2037, unitId: u.id })) });
  const leader = await storedActor({ userId: "aw-leader", username: "aw-leader", role: "UNIT_OFFICER", unitId: u0.id, unitName: u0.name, allBlocs: false });
  const member = await storedActor({ userId: "aw-member", username: "aw-member", role: "UNIT_OFFICER", unitId: u4.id, unitName: u4.name, allBlocs: false });
  const council = await storedActor({ userId: "aw-council", username: "aw-council", role: "COUNCIL", allBlocs: false });
  const flag = await catalog.createAwardForm(board, { code: "CO-TINH", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", position: 0 });
  const merit = await catalog.createAwardForm(board, { code: "BK-TINH", name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", position: 1 });
  await catalog.setQuota(board, year.id, flag.id, { maxCount: 1, percent: null });
  await catalog.setQuota(board, year.id, merit.id, { maxCount: null, percent: 40 });
  const ranked = [u1, u2, { ...u3, failed: ["G1"] }, u0, u4].map((u) => ({ id: u.id, name: u.name, failed: "failed" in u ? u.failed : [] }));
  return { board, leader, member, council, units: { u0, u1, u2, u3, u4 }, year, flag: flag.id, merit: merit.id, data: snapshotData(ranked) };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

async function snapshot(status: "SIGNED_OFF" | "APPROVED", signedAt = new Date()) {
  return db.rankingSnapshot.create({
    data: {
      blocYearId: w.year.id,
      status,
      signerName: "Thủ trưởng Sở Nội vụ",
      signedAt,
      approvedAt: status === "APPROVED" ? new Date() : null,
      data: w.data as never,
    },
  });
}

const proposalOf = () => db.awardProposal.findUniqueOrThrow({ where: { blocYearId: w.year.id }, include: { nominees: { orderBy: { position: "asc" } } } });
const picked = async () => (await proposalOf()).nominees.map((n) => `${n.awardFormId === w.flag ? "flag" : "merit"}:${n.unitId}`);
const as = (session: AppSession) => (current.session = session);
const audits = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { at: "asc" } });

beforeAll(async () => {
  w = await makeWorld();
});

describe("the catalogue and quotas", () => {
  it("keeps codes unique, edits, archives and restores, with audit entries", async () => {
    await expect(catalog.createAwardForm(w.board, { code: "CO-TINH", name: "Trùng mã", position: 5 })).rejects.toMatchObject({
      key: "awards.errors.codeTaken",
      params: { code: "CO-TINH" },
    });
    const extra = await catalog.createAwardForm(w.board, { code: "GK", name: "Giấy khen", position: 5 });
    await catalog.updateAwardForm(w.board, extra.id, { code: "GK-SO", name: "Giấy khen của Giám đốc Sở", position: 6 });
    await catalog.setAwardFormArchived(w.board, extra.id, true);
    await expect(catalog.setQuota(w.board, w.year.id, extra.id, { maxCount: 1, percent: null })).rejects.toMatchObject({ key: "awards.errors.formArchived" });
    await catalog.setAwardFormArchived(w.board, extra.id, false);
    expect(await db.awardForm.findUniqueOrThrow({ where: { id: extra.id } })).toMatchObject({
      code: "GK-SO",
      name: "Giấy khen của Giám đốc Sở",
      position: 6,
      archivedAt: null,
    });
    expect((await audits("award.form.archive")).length).toBe(1);
    expect((await audits("award.form.restore")).length).toBe(1);
    await db.awardForm.update({ where: { id: extra.id }, data: { archivedAt: new Date() } });
  });

  it("takes a count or a percentage, not both, and clears a quota", async () => {
    as(w.board);
    const both = await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "1", percent: "20" });
    expect(both).toEqual({ ok: false, error: "awards.errors.quotaOneOf" });
    expect(await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "", percent: "" })).toEqual({
      ok: false,
      error: "awards.errors.quotaOneOf",
    });
    const tooMuch = await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "", percent: "101" });
    expect(tooMuch).toMatchObject({ ok: false, fieldErrors: { percent: { key: "validation.number.tooBig" } } });
    expect(await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "", percent: "50" })).toMatchObject({ ok: true });
    expect(await actions.clearQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag })).toMatchObject({ ok: true });
    expect(await actions.clearQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag })).toEqual({ ok: false, error: "errors.notFound" });
    expect(await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "1", percent: "" })).toMatchObject({ ok: true });
    expect((await audits("award.quota.set")).length).toBe(4);
    const { forms } = (await getAwardsOfYear(w.board, w.year.id))!;
    expect(forms.map((f) => [f.code, f.maxCount, f.percent, f.limit])).toEqual([
      ["CO-TINH", 1, null, 1],
      ["BK-TINH", null, 40, 2],
    ]);
  });
});

describe("the proposal", () => {
  it("is refused while the ranking is not approved", async () => {
    as(w.leader);
    expect(await actions.createProposalAction({ blocYearId: w.year.id })).toEqual({ ok: false, error: "awards.errors.rankingNotApproved" });
    await snapshot("SIGNED_OFF", new Date("2037-12-20T00:00:00Z"));
    expect(await actions.createProposalAction({ blocYearId: w.year.id })).toEqual({ ok: false, error: "awards.errors.rankingNotApproved" });
  });

  it("is drafted from the approved ranking: the leading unit for the flag, the next units for certificates, skipping a failed gate", async () => {
    await snapshot("APPROVED", new Date("2037-12-21T00:00:00Z"));
    as(w.leader);
    expect(await actions.createProposalAction({ blocYearId: w.year.id })).toMatchObject({ ok: true, data: { nominees: 3 } });
    const { u0, u1, u2 } = w.units;
    expect(await picked()).toEqual([`flag:${u1.id}`, `merit:${u2.id}`, `merit:${u0.id}`]);
    expect(await actions.createProposalAction({ blocYearId: w.year.id })).toEqual({ ok: false, error: "awards.errors.exists" });
    expect((await audits("proposal.create")).length).toBe(1);
  });

  it("refuses to submit over quota, naming the form, the quota and the count", async () => {
    as(w.leader);
    let p = await proposalOf();
    expect(await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: w.units.u4.id, awardFormId: w.flag })).toMatchObject({ ok: true });
    p = await proposalOf();
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "" })).toEqual({
      ok: false,
      error: "awards.problems.overQuota",
      params: { form: "Cờ thi đua của Ủy ban nhân dân tỉnh", limit: 1, count: 2 },
    });
    expect(await proposalOf()).toMatchObject({ status: "DRAFT", version: p.version });
    const { problems } = (await getAwardsOfYear(w.board, w.year.id))!;
    expect(problems).toEqual([{ code: "over_quota", awardFormId: w.flag, form: "Cờ thi đua của Ủy ban nhân dân tỉnh", limit: 1, count: 2 }]);
    const added = p.nominees.find((n) => n.unitId === w.units.u4.id)!;
    expect(await actions.removeNomineeAction({ nomineeId: added.id, version: p.version })).toMatchObject({ ok: true });
  });

  it("refuses to submit a nominee that failed a gate, naming the unit and the gate", async () => {
    as(w.leader);
    let p = await proposalOf();
    const u0 = p.nominees.find((n) => n.unitId === w.units.u0.id)!;
    await actions.removeNomineeAction({ nomineeId: u0.id, version: p.version });
    p = await proposalOf();
    await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: w.units.u3.id, awardFormId: w.merit });
    p = await proposalOf();
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "" })).toEqual({
      ok: false,
      error: "awards.problems.failedGate",
      params: { unit: "Sở Tư pháp", gates: "G1" },
    });
    const u3 = p.nominees.find((n) => n.unitId === w.units.u3.id)!;
    await actions.removeNomineeAction({ nomineeId: u3.id, version: p.version });
    p = await proposalOf();
    await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: w.units.u0.id, awardFormId: w.merit });
  });

  it("refuses a stale version and a unit that is not a member", async () => {
    as(w.leader);
    const p = await proposalOf();
    expect(await actions.addNomineeAction({ proposalId: p.id, version: p.version - 1, unitId: w.units.u4.id, awardFormId: w.merit })).toEqual({
      ok: false,
      error: "awards.errors.stale",
    });
    const outsider = await db.unit.create({ data: { code: "AW-X", name: "Đơn vị ngoài khối", shortName: "X" } });
    expect(await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: outsider.id, awardFormId: w.merit })).toEqual({
      ok: false,
      error: "awards.errors.notMember",
    });
  });

  it("submits within quota", async () => {
    as(w.leader);
    const p = await proposalOf();
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "15/TTr-K" })).toEqual({
      ok: true,
      data: { id: p.id, status: "SUBMITTED" },
    });
    expect(await proposalOf()).toMatchObject({ status: "SUBMITTED", number: "15/TTr-K", submittedById: w.leader.userId });
    const p2 = await proposalOf();
    expect(await actions.addNomineeAction({ proposalId: p2.id, version: p2.version, unitId: w.units.u4.id, awardFormId: w.merit })).toEqual({
      ok: false,
      error: "awards.errors.notEditable",
    });
  });

  it("goes back to the leader with a reason; the leader edits and submits again", async () => {
    as(w.board);
    let p = await proposalOf();
    expect(await actions.returnProposalAction({ proposalId: p.id, version: p.version, reason: "Bổ sung báo cáo thành tích" })).toMatchObject({ ok: true });
    expect(await proposalOf()).toMatchObject({ status: "RETURNED", returnReason: "Bổ sung báo cáo thành tích" });
    as(w.leader);
    p = await proposalOf();
    const second = p.nominees.filter((n) => n.awardFormId === w.merit)[1];
    expect(await actions.moveNomineeAction({ nomineeId: second.id, version: p.version, direction: "up" })).toMatchObject({ ok: true });
    const { u0, u1, u2 } = w.units;
    expect(await picked()).toEqual([`flag:${u1.id}`, `merit:${u0.id}`, `merit:${u2.id}`]);
    p = await proposalOf();
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "15/TTr-K" })).toMatchObject({ ok: true });
  });

  it("is refused when the ranking is no longer approved", async () => {
    as(w.board);
    let p = await proposalOf();
    await actions.returnProposalAction({ proposalId: p.id, version: p.version, reason: "Chờ xếp hạng lại" });
    const reSigned = await snapshot("SIGNED_OFF", new Date("2037-12-22T00:00:00Z"));
    as(w.leader);
    p = await proposalOf();
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "" })).toEqual({
      ok: false,
      error: "awards.errors.rankingNotApproved",
    });
    await db.rankingSnapshot.update({ where: { id: reSigned.id }, data: { status: "APPROVED", approvedAt: new Date() } });
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "16/TTr-K" })).toMatchObject({ ok: true });
    expect((await proposalOf()).rankingId).toBe(reSigned.id);
  });

  it("is accepted, then decided with the number, date, issuer and awarded units", async () => {
    as(w.board);
    let p = await proposalOf();
    expect(await actions.acceptProposalAction({ proposalId: p.id, version: p.version })).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    p = await proposalOf();
    const awarded = p.nominees.filter((n) => n.unitId !== w.units.u2.id).map((n) => n.id);
    const result = await actions.decideProposalAction({
      proposalId: p.id,
      version: p.version,
      decisionNumber: "245/QĐ-UBND",
      decisionDate: "2038-02-10",
      decisionIssuer: "Chủ tịch Ủy ban nhân dân tỉnh",
      awarded,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "DECIDED" } });
    p = await proposalOf();
    expect(p).toMatchObject({
      status: "DECIDED",
      decisionNumber: "245/QĐ-UBND",
      decisionDate: new Date("2038-02-10T00:00:00Z"),
      decisionIssuer: "Chủ tịch Ủy ban nhân dân tỉnh",
    });
    expect(p.nominees.map((n) => [n.unitId, n.awarded])).toEqual([
      [w.units.u1.id, true],
      [w.units.u0.id, true],
      [w.units.u2.id, false],
    ]);
  });

  it("refuses every write on a decided proposal and logs each refused attempt", async () => {
    const p = await proposalOf();
    const before = (await audits("proposal.refused")).length;
    as(w.leader);
    expect(await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: w.units.u4.id, awardFormId: w.merit })).toEqual({
      ok: false,
      error: "awards.errors.decided",
    });
    expect(await actions.removeNomineeAction({ nomineeId: p.nominees[0].id, version: p.version })).toEqual({ ok: false, error: "awards.errors.decided" });
    expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "" })).toEqual({ ok: false, error: "awards.errors.decided" });
    as(w.board);
    expect(await actions.returnProposalAction({ proposalId: p.id, version: p.version, reason: "Sửa" })).toEqual({ ok: false, error: "awards.errors.decided" });
    const refused = await audits("proposal.refused");
    expect(refused.length).toBe(before + 4);
    expect(refused.at(-4)).toMatchObject({
      userId: w.leader.userId,
      entityType: "AwardProposal",
      entityId: p.id,
      after: { attempt: "proposal.nominee.add", status: "DECIDED" },
    });
    expect(refused.at(-1)).toMatchObject({ userId: w.board.userId, after: { attempt: "proposal.return" } });
    expect(await proposalOf()).toEqual(p);
  });

  it("is reopened by the board with a reason, the decision kept in the audit", async () => {
    let p = await proposalOf();
    as(w.leader);
    expect(await actions.reopenProposalAction({ proposalId: p.id, version: p.version, reason: "Đính chính" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    as(w.board);
    expect(await actions.reopenProposalAction({ proposalId: p.id, version: p.version, reason: "Quyết định được đính chính" })).toMatchObject({
      ok: true,
      data: { status: "ACCEPTED" },
    });
    p = await proposalOf();
    expect(p).toMatchObject({ status: "ACCEPTED", decisionNumber: null, decidedAt: null });
    expect(p.nominees.every((n) => n.awarded === null)).toBe(true);
    const [entry] = await audits("proposal.reopen");
    expect(entry).toMatchObject({
      before: { status: "DECIDED", decisionNumber: "245/QĐ-UBND" },
      after: { status: "ACCEPTED", reason: "Quyết định được đính chính" },
    });
  });
});

describe("who may do what", () => {
  it("keeps drafting with the leader unit and deciding with the board; the council and members change nothing", async () => {
    const p = await proposalOf();
    as(w.board);
    expect(await actions.createProposalAction({ blocYearId: w.year.id })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await actions.addNomineeAction({ proposalId: p.id, version: p.version, unitId: w.units.u4.id, awardFormId: w.merit })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    as(w.leader);
    expect(await actions.acceptProposalAction({ proposalId: p.id, version: p.version })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await actions.setQuotaAction({ blocYearId: w.year.id, awardFormId: w.flag, maxCount: "3", percent: "" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await actions.createAwardFormAction({ code: "X", name: "X", position: "0" })).toEqual({ ok: false, error: "errors.forbidden" });
    for (const session of [w.member, w.council]) {
      as(session);
      expect(await actions.submitProposalAction({ proposalId: p.id, version: p.version, number: "" })).toEqual({ ok: false, error: "errors.forbidden" });
      expect(
        await actions.decideProposalAction({
          proposalId: p.id,
          version: p.version,
          decisionNumber: "1",
          decisionDate: "2038-01-01",
          decisionIssuer: "X",
          awarded: [],
        }),
      ).toEqual({
        ok: false,
        error: "errors.forbidden",
      });
    }
    expect(await proposalOf()).toEqual(p);
  });

  it("refuses ids that do not exist", async () => {
    as(w.board);
    expect(await actions.acceptProposalAction({ proposalId: "khong-ton-tai", version: 1 })).toEqual({ ok: false, error: "errors.notFound" });
    expect(await service.createProposal(w.board, "khong-ton-tai").catch((e) => e.key)).toBe("errors.notFound");
  });
});

describe("the demo catalogue", () => {
  it("is seeded once: a second run changes nothing", async () => {
    const { seedAwards } = await import("../../prisma/seed/awards");
    await db.$transaction((tx) => seedAwards(tx));
    const first = await db.awardForm.findMany({ where: { code: { in: ["CO-TINH", "BK-TINH"] } }, orderBy: { position: "asc" } });
    await db.$transaction((tx) => seedAwards(tx));
    expect(await db.awardForm.findMany({ where: { code: { in: ["CO-TINH", "BK-TINH"] } }, orderBy: { position: "asc" } })).toEqual(first);
    expect(first.map((f) => [f.code, f.position])).toEqual([
      ["CO-TINH", 0],
      ["BK-TINH", 1],
    ]);
  });
});
