// Rule 1 of docs/DOMAIN.md, locks (the row "Locked data stays locked" of docs/SECURITY.md): every
// write against locked data — a signed pledge, a published criteria set, the sheets of a signed-off
// ranking, a decided proposal — is refused with its message key, changes nothing, and leaves an
// audit entry naming the refused attempt (written after the refused transaction rolled back). Calls
// go through the service functions the actions call.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import * as criteria from "@/lib/criteria/service";
import * as scoring from "@/lib/scoring/service";
import * as evidence from "@/lib/evidence/service";
import * as ranking from "@/lib/ranking/service";
import * as catalog from "@/lib/awards/catalog-service";
import * as awards from "@/lib/awards/service";
import { criteriaToXlsx, readCriteriaXlsx } from "@/lib/criteria/excel";
import { toTree } from "@/lib/criteria/mapper";
import type { NodeInput } from "@/lib/criteria/schemas";
import type { EntryInput } from "@/lib/scoring/schemas";
import { storedActor } from "../support/actors";
import { snapshotData } from "../support/award-rows";
import { saveSelf } from "../support/self-save";

const DAY = 24 * 60 * 60 * 1000;
const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"));
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/**
 * Two bloc years of three members (leader u0, deputy u1). 2026: a published criteria set
 * (group I: 1 max 10, 2 max 20), an open round, every member's sheet submitted; 2027: an
 * approved ranking u1, u2, u0 for the proposal.
 */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `lboard-${tag}`, username: `lboard-${tag}`, name: "Cán bộ Ban" });
  const units = [];
  for (let i = 0; i < 3; i++) units.push(await db.unit.create({ data: { code: `L${tag}-${i}`, name: `Đơn vị khóa ${i} (${tag})`, shortName: `K${i}` } }));
  const [u0, u1, u2] = units;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `LK${tag}`, name: `Khối khóa ${tag}`, kind: "KHOI" }))).id;
  const years = [];
  for (const y of [2026, 2027]) {
    const year = await createBlocYear(board, blocId, y, false);
    await setMembers(
      board,
      year.id,
      units.map((u) => u.id),
    );
    await setLeadership(board, year.id, u0.id, u1.id);
    years.push(year.id);
  }
  const [y2026, y2027] = years;
  const set = await db.criteriaSet.create({ data: { blocYearId: y2026, name: "Bảng tiêu chí 2026", status: "PUBLISHED", publishedAt: new Date() } });
  const group = await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "I", title: "Nhiệm vụ chung" } });
  const leaf = (position: number, code: string, max: number) =>
    db.criterionNode.create({
      data: { setId: set.id, parentId: group.id, position, code, title: `Tiêu chí ${code}`, kind: "STANDARD", maxHundredths: max * 100 },
    });
  const nodes = { n1: await leaf(0, "1", 10), n2: await leaf(1, "2", 20) };
  await db.scoringRound.create({ data: { blocYearId: y2026, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
  // Distinct totals, so the sign-off has no tie to resolve.
  for (const [i, u] of units.entries()) {
    const sheet = await db.scoreSheet.create({
      data: { blocYearId: y2026, unitId: u.id, status: "SUBMITTED", submittedAt: new Date(), headApprovedBy: "Thủ trưởng" },
    });
    await db.scoreEntry.create({ data: { sheetId: sheet.id, nodeId: nodes.n1.id, layer: "SELF", hundredths: (9 - i) * 100, byName: "Cán bộ" } });
    await db.scoreEntry.create({ data: { sheetId: sheet.id, nodeId: nodes.n2.id, layer: "SELF", hundredths: (18 - i) * 100, byName: "Cán bộ" } });
  }
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `l${name}-${tag}`, username: `l${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  const ranked = [u1, u2, u0].map((u) => ({ id: u.id, name: u.name }));
  await db.rankingSnapshot.create({
    data: {
      blocYearId: y2027,
      status: "APPROVED",
      signerName: "Thủ trưởng",
      signedAt: new Date(),
      approvedAt: new Date(),
      data: snapshotData(ranked) as never,
    },
  });
  return {
    tag,
    board,
    leader: await officer("lead", u0.id),
    member: await officer("member", u2.id),
    units: { u0: u0.id, u1: u1.id, u2: u2.id },
    y2026,
    y2027,
    setId: set.id,
    nodes,
  };
}

/** The refusal entries `action` written since `sinceId`, as [who, attempt]. */
async function refusalsSince(action: string, sinceId: bigint) {
  const rows = await db.auditLog.findMany({ where: { action, id: { gt: sinceId } }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ userId: r.userId, entityId: r.entityId, after: r.after as Record<string, unknown> }));
}
const lastAuditId = async () => (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

type Attempt = { name: string; run: () => Promise<unknown> };

/** Every attempt is refused with `key`; returns how many were made. */
async function expectAllRefused(attempts: readonly Attempt[], key: string) {
  for (const a of attempts) {
    await expect(a.run(), a.name).rejects.toMatchObject({ key });
  }
  return attempts.length;
}

const figures: { kind: string; attempts: number; refused: number; logged: number }[] = [];

beforeAll(async () => {
  w = await makeWorld();
});

describe("a signed pledge", () => {
  it("refuses every content write, changes nothing, and logs each attempt", async () => {
    const { id } = await pledges.createPledge(w.board, w.y2026, { title: "Giao ước thi đua năm 2026", preamble: null });
    const version = async () => (await db.pledge.findUniqueOrThrow({ where: { id } })).version;
    await items.addItem(w.board, id, await version(), "Thực hiện tốt nhiệm vụ chính trị");
    await items.addItem(w.board, id, await version(), "Đẩy mạnh cải cách hành chính");
    await pledges.openForSigning(w.board, id, await version());
    for (const unitId of Object.values(w.units)) {
      await pledges.signPledge(w.board, id, await version(), { unitId, signerName: "Nguyễn Văn A", signerTitle: "Giám đốc", conferenceId: null });
    }
    const state = async () => db.pledge.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } }, signatures: true } });
    const before = await state();
    expect(before.status).toBe("SIGNED");
    const [first, second] = before.items;
    const v = before.version;
    const sinceId = await lastAuditId();

    const attempts: Attempt[] = [
      { name: "pledge.update", run: () => pledges.updatePledge(w.leader, id, v, { title: "Sửa sau khi ký", preamble: null }) },
      { name: "pledge.item.create", run: () => items.addItem(w.leader, id, v, "Nội dung thêm sau khi ký") },
      { name: "pledge.item.update", run: () => items.updateItem(w.leader, first.id, v, "Sửa nội dung") },
      { name: "pledge.item.delete", run: () => items.deleteItem(w.leader, second.id, v) },
      { name: "pledge.item.move", run: () => items.moveItem(w.leader, second.id, v, "up") },
      { name: "pledge.item.copy", run: () => items.copyItemsFromLastYear(w.leader, id, v) },
    ];
    const made = await expectAllRefused(attempts, "pledges.errors.frozen");

    expect(await state()).toEqual(before);
    const logged = await refusalsSince("pledge.refused", sinceId);
    expect(logged.map((r) => r.after.attempt)).toEqual(attempts.map((a) => a.name));
    expect(logged.every((r) => r.userId === w.leader.userId && r.entityId === id && r.after.status === "SIGNED")).toBe(true);
    figures.push({ kind: "signed pledge", attempts: made, refused: made, logged: logged.length });
  });
});

describe("a published criteria set", () => {
  it("refuses every node write and the import, changes nothing, and logs each attempt", async () => {
    const state = async () => db.criteriaSet.findUniqueOrThrow({ where: { id: w.setId }, include: { nodes: { orderBy: { code: "asc" } } } });
    const before = await state();
    const v = before.version;
    const input: NodeInput = { code: "3", title: "Tiêu chí mới", guidance: null, kind: "STANDARD", maxPoints: 5, evidenceRequired: false };
    const template = await criteria.createTemplate(w.board, `Mẫu ${w.tag}`);
    await criteria.addNode(w.board, template.id, 1, null, input);
    // A good workbook (the template's tree), so the import reaches the set and is refused there.
    const rows = await readCriteriaXlsx(await criteriaToXlsx(toTree(await db.criterionNode.findMany({ where: { setId: template.id } }))));
    const sinceId = await lastAuditId();

    const attempts: Attempt[] = [
      { name: "criteriaSet.node.create", run: () => criteria.addNode(w.board, w.setId, v, null, input) },
      { name: "criteriaSet.node.update", run: () => criteria.updateNode(w.board, w.nodes.n1.id, v, { ...input, code: "1" }) },
      { name: "criteriaSet.node.delete", run: () => criteria.deleteNode(w.board, w.nodes.n2.id, v) },
      { name: "criteriaSet.node.move", run: () => criteria.moveNode(w.board, w.nodes.n2.id, v, "up") },
      { name: "criteriaSet.import", run: () => criteria.importRows(w.board, w.setId, v, rows, "tieu-chi.xlsx") },
      { name: "criteriaSet.copy.template", run: () => criteria.copyFromTemplate(w.board, w.setId, v, template.id) },
      { name: "criteriaSet.copy.previousYear", run: () => criteria.copyFromPreviousYear(w.board, w.setId, v) },
      { name: "criteriaSet.publish", run: () => criteria.publishSet(w.board, w.setId, v) },
    ];
    const made = await expectAllRefused(attempts, "criteria.errors.published");

    expect(await state()).toEqual(before);
    const logged = await refusalsSince("criteriaSet.refused", sinceId);
    expect(logged.map((r) => r.after.attempt)).toEqual(attempts.map((a) => a.name));
    expect(logged.every((r) => r.userId === w.board.userId && r.entityId === w.setId && r.after.status === "PUBLISHED")).toBe(true);
    figures.push({ kind: "published criteria", attempts: made, refused: made, logged: logged.length });
  });
});

describe("the sheets of a signed-off ranking", () => {
  it("refuse every scoring write, change nothing, and log each attempt", async () => {
    await ranking.signOff(w.leader, w.y2026, "Thủ trưởng đơn vị 0");
    const sheetOf = (unitId: string) => db.scoreSheet.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: w.y2026, unitId } } });
    const state = async () =>
      db.scoreSheet.findMany({
        where: { blocYearId: w.y2026 },
        include: { entries: { orderBy: [{ nodeId: "asc" }, { layer: "asc" }] } },
        orderBy: { unitId: "asc" },
      });
    const before = await state();
    expect(before.every((s) => s.lockedAt !== null)).toBe(true);
    const sheet = await sheetOf(w.units.u2);
    const entries: EntryInput[] = [{ code: "1", points: 10, passed: null, note: "Sửa sau khi ký" }];
    const sinceId = await lastAuditId();

    const attempts: Attempt[] = [
      { name: "score.self.save", run: () => saveSelf(w.member, w.y2026, w.units.u2, sheet.version, entries) },
      { name: "score.submit", run: () => scoring.submitSheet(w.member, sheet.id, sheet.version, "Thủ trưởng") },
      { name: "score.review", run: () => scoring.saveLayer(w.leader, sheet.id, sheet.version, "REVIEWED", entries) },
      { name: "score.appraise", run: () => scoring.saveLayer(w.board, sheet.id, sheet.version, "APPRAISED", entries) },
      { name: "score.return", run: () => scoring.returnSheet(w.board, sheet.id, sheet.version, "Trả lại") },
      { name: "evidence.upload", run: () => evidence.uploadEvidence(w.member, sheet, "2", { name: "minh-chung.pdf", bytes: PDF }) },
      // Refused on the sheet before the file is looked for.
      { name: "evidence.delete", run: () => evidence.deleteEvidence(w.member, sheet, "tep-bat-ky") },
    ];
    const made = await expectAllRefused(attempts, "scoring.errors.locked");
    // The signed-off ranking itself: a second sign-off and a ballot are refused too.
    await expect(ranking.signOff(w.leader, w.y2026, "Thủ trưởng đơn vị 0")).rejects.toMatchObject({ key: "ranking.errors.signedOff" });
    await expect(
      ranking.recordBallot(w.leader, w.y2026, { conferenceId: null, presentCount: 3, note: null, unitIds: [w.units.u0, w.units.u1], votes: [2, 1] }),
    ).rejects.toMatchObject({
      key: "ranking.errors.signedOff",
    });

    expect(await state()).toEqual(before);
    expect(await db.rankingSnapshot.count({ where: { blocYearId: w.y2026 } })).toBe(1);
    const logged = await refusalsSince("score.refused_locked", sinceId);
    expect(logged.map((r) => r.after.attempted)).toEqual(attempts.map((a) => a.name));
    expect(logged.filter((r) => r.entityId !== null).every((r) => r.entityId === sheet.id)).toBe(true);
    const rankingLogged = await refusalsSince("rankingSnapshot.refused", sinceId);
    expect(rankingLogged.map((r) => r.after.attempt)).toEqual(["rankingSnapshot.signOff", "rankingBallot.record"]);
    figures.push({ kind: "signed-off ranking", attempts: made + 2, refused: made + 2, logged: logged.length + rankingLogged.length });
  });
});

describe("a decided proposal", () => {
  it("refuses every write but the board's reopen, changes nothing, and logs each attempt", async () => {
    const flag = await catalog.createAwardForm(w.board, { code: `CO-${w.tag}`, name: `Cờ thi đua ${w.tag}`, position: 0 });
    const merit = await catalog.createAwardForm(w.board, { code: `BK-${w.tag}`, name: `Bằng khen ${w.tag}`, position: 1 });
    await catalog.setQuota(w.board, w.y2027, flag.id, { maxCount: 1, percent: null });
    await catalog.setQuota(w.board, w.y2027, merit.id, { maxCount: 2, percent: null });
    const { id } = await awards.createProposal(w.leader, w.y2027);
    const version = async () => (await db.awardProposal.findUniqueOrThrow({ where: { id } })).version;
    await awards.submitProposal(w.leader, id, await version(), "12/TTr-K");
    await awards.acceptProposal(w.board, id, await version());
    const nominees = await db.awardNominee.findMany({ where: { proposalId: id }, orderBy: { position: "asc" } });
    expect(nominees.length).toBeGreaterThanOrEqual(2);
    const decision = { decisionNumber: "245/QĐ-UBND", decisionDate: new Date("2028-02-10T00:00:00Z"), decisionIssuer: "Chủ tịch Ủy ban nhân dân tỉnh" };
    await awards.decideProposal(w.board, id, await version(), { ...decision, awarded: nominees.map((n) => n.id) });
    const state = async () => db.awardProposal.findUniqueOrThrow({ where: { id }, include: { nominees: { orderBy: { id: "asc" } } } });
    const before = await state();
    expect(before.status).toBe("DECIDED");
    const v = before.version;
    const merits = before.nominees.filter((n) => n.awardFormId === merit.id).sort((a, b) => a.position - b.position);
    const sinceId = await lastAuditId();

    const attempts: Attempt[] = [
      { name: "proposal.nominee.add", run: () => awards.addNominee(w.leader, id, v, w.units.u0, merit.id) },
      { name: "proposal.nominee.remove", run: () => awards.removeNominee(w.leader, before.nominees[0].id, v) },
      { name: "proposal.nominee.move", run: () => awards.moveNominee(w.leader, merits.at(-1)!.id, v, "up") },
      { name: "proposal.submit", run: () => awards.submitProposal(w.leader, id, v, "13/TTr-K") },
      { name: "proposal.accept", run: () => awards.acceptProposal(w.board, id, v) },
      { name: "proposal.return", run: () => awards.returnProposal(w.board, id, v, "Sửa lại") },
      { name: "proposal.decide", run: () => awards.decideProposal(w.board, id, v, { ...decision, decisionNumber: "246/QĐ-UBND", awarded: [] }) },
    ];
    const made = await expectAllRefused(attempts, "awards.errors.decided");

    expect(await state()).toEqual(before);
    const logged = await refusalsSince("proposal.refused", sinceId);
    expect(logged.map((r) => r.after.attempt)).toEqual(attempts.map((a) => a.name));
    expect(logged.every((r) => r.entityId === id && r.after.status === "DECIDED")).toBe(true);
    figures.push({ kind: "decided proposal", attempts: made, refused: made, logged: logged.length });
  });

  it("sums up: every attempt refused and logged", () => {
    const total = figures.reduce((t, f) => ({ attempts: t.attempts + f.attempts, refused: t.refused + f.refused, logged: t.logged + f.logged }), {
      attempts: 0,
      refused: 0,
      logged: 0,
    });
    for (const f of figures) console.info(`[locks] ${f.kind}: ${f.attempts} writes attempted, ${f.refused} refused, ${f.logged} audit entries`);
    console.info(`[locks] total: ${total.attempts} writes attempted, ${total.refused} refused, ${total.logged} audit entries`);
    expect(figures.length).toBe(4);
    expect(total.logged).toBe(total.attempts);
  });
});
