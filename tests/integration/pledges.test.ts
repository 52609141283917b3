import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import * as plans from "@/lib/plans/service";
import { storedActor } from "../support/actors";

// Actions run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const pledgeActions = await import("@/lib/pledges/actions");
const planActions = await import("@/lib/plans/actions");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A bloc with a 2026 year of four member units (leader u0, deputy u1), their officers, and an outsider. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `board-${tag}`, username: `board-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    const u = await db.unit.create({
      data: { code: `P${tag}-${i}`, name: `Sở số ${i} (${tag})`, shortName: `S${i}`, headName: `Thủ trưởng ${i}`, headTitle: "Giám đốc" },
    });
    unitIds.push(u.id);
  }
  const [u0, u1, u2, u3, outside] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `GU${tag}`, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, [u0, u1, u2, u3]);
  await setLeadership(board, year.id, u0, u1);
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  return {
    blocId,
    yearId: year.id,
    units: { u0, u1, u2, u3, outside },
    board,
    leaderOfficer: await officer("lead", u0),
    deputyOfficer: await officer("deputy", u1),
    memberOfficer: await officer("member", u2),
    memberHead: await officer("head", u3, true),
    outsider: await officer("outsider", outside),
    otherBoard: await storedActor({ userId: `board2-${tag}`, username: `board2-${tag}`, allBlocs: false, assignedBlocIds: [] }),
  };
}

const version = async (pledgeId: string) => (await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).version;
const sign = (unitId: string) => ({ unitId, signerName: "Nguyễn Văn A", signerTitle: "Giám đốc", conferenceId: null });

async function openPledge(actor: AppSession = w.board) {
  const { id } = await pledges.createPledge(actor, w.yearId, { title: "Giao ước thi đua năm 2026", preamble: null });
  await items.addItem(actor, id, await version(id), "Thực hiện tốt nhiệm vụ chính trị");
  await items.addItem(actor, id, await version(id), "Đẩy mạnh cải cách hành chính");
  await pledges.openForSigning(actor, id, await version(id));
  return id;
}

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("signing", () => {
  it("takes one signature per member unit, only while open; the last one makes the pledge signed", async () => {
    const { id } = await pledges.createPledge(w.board, w.yearId, { title: "Giao ước", preamble: null });
    await items.addItem(w.board, id, 1, "Nội dung 1");
    await expect(pledges.signPledge(w.memberOfficer, id, 2, sign(w.units.u2))).rejects.toMatchObject({ key: "pledges.errors.notOpen" });
    await pledges.openForSigning(w.board, id, 2);

    // An officer who is not the head records the head's signature.
    await pledges.signPledge(w.memberOfficer, id, await version(id), sign(w.units.u2));
    const byOfficer = await db.pledgeSignature.findUniqueOrThrow({ where: { pledgeId_unitId: { pledgeId: id, unitId: w.units.u2 } } });
    expect(byOfficer).toMatchObject({ byHead: false, recordedById: w.memberOfficer.userId, signerName: "Nguyễn Văn A" });
    await expect(pledges.signPledge(w.memberOfficer, id, await version(id), sign(w.units.u2))).rejects.toMatchObject({
      key: "pledges.errors.alreadySigned",
      params: { unit: expect.stringContaining("Sở số 2") },
    });
    // The database refuses a second signature whatever the service does.
    await expect(db.pledgeSignature.create({ data: { pledgeId: id, ...sign(w.units.u2), byHead: true, conferenceId: undefined } })).rejects.toThrow();
    await expect(pledges.signPledge(w.board, id, await version(id), sign(w.units.outside))).rejects.toMatchObject({ key: "pledges.errors.notMember" });

    // The head signs in person.
    await pledges.signPledge(w.memberHead, id, await version(id), sign(w.units.u3));
    expect((await db.pledgeSignature.findFirstOrThrow({ where: { pledgeId: id, unitId: w.units.u3 } })).byHead).toBe(true);

    // Late signing, months after opening, works: there is no date limit.
    await db.pledge.update({ where: { id }, data: { openedAt: new Date("2026-01-15T02:00:00Z") } });
    await pledges.signPledge(w.board, id, await version(id), sign(w.units.u0));
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    const last = await pledges.signPledge(w.board, id, await version(id), sign(w.units.u1));
    expect(last.status).toBe("SIGNED");
    const done = await db.pledge.findUniqueOrThrow({ where: { id } });
    expect(done.status).toBe("SIGNED");
    expect(done.signedAt).toBeInstanceOf(Date);
    expect(await db.pledgeSignature.count({ where: { pledgeId: id } })).toBe(4);
    await expect(pledges.signPledge(w.board, id, done.version, sign(w.units.u1))).rejects.toMatchObject({ key: "pledges.errors.notOpen" });
    expect(await db.auditLog.count({ where: { entityId: id, action: "pledge.sign" } })).toBe(4);
  });

  it("lets a unit officer sign for their own unit only, and board staff record any member's signature", async () => {
    const id = await openPledge();
    const v = await version(id);
    const input = (unitId?: string) => ({ pledgeId: id, version: v, signerName: "Trần Văn B", signerTitle: "Giám đốc", ...(unitId ? { unitId } : {}) });

    current.session = w.memberOfficer;
    expect(await pledgeActions.signPledgeAction(input(w.units.u3))).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await pledgeActions.signPledgeAction(input())).toMatchObject({ ok: true });
    current.session = w.outsider;
    expect(await pledgeActions.signPledgeAction(input())).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.otherBoard;
    expect(await pledgeActions.signPledgeAction(input(w.units.u3))).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await pledgeActions.signPledgeAction(input())).toEqual({ ok: false, error: "pledges.errors.unitRequired" });
    expect(await pledgeActions.signPledgeAction(input(w.units.u3))).toMatchObject({ ok: true });
    expect(await pledgeActions.signPledgeAction(input(w.units.u3))).toMatchObject({ ok: false, error: "pledges.errors.alreadySigned" });

    const rows = await db.pledgeSignature.findMany({ where: { pledgeId: id }, orderBy: { signedAt: "asc" } });
    expect(rows.map((r) => [r.unitId, r.byHead, r.recordedById])).toEqual([
      [w.units.u2, false, w.memberOfficer.userId],
      [w.units.u3, false, w.board.userId],
    ]);
  });

  it("records a signature at a conference of the same bloc year, of any kind", async () => {
    const id = await openPledge();
    const conference = (kind: "SIGNING" | "MID_YEAR", blocYearId: string) =>
      db.conference.create({ data: { blocYearId, kind, title: `Hội nghị ${kind}`, date: new Date("2026-02-28T01:00:00Z") } });
    const elsewhere = await createBlocYear(w.board, w.blocId, 2027, false);
    const otherYear = await conference("SIGNING", elsewhere.id);
    const midYear = await conference("MID_YEAR", w.yearId);
    const signing = await conference("SIGNING", w.yearId);
    const at = (unitId: string, conferenceId: string) => ({ ...sign(unitId), conferenceId });

    await expect(pledges.signPledge(w.board, id, await version(id), at(w.units.u2, otherYear.id))).rejects.toMatchObject({
      key: "pledges.errors.conferenceOtherYear",
    });
    expect(await db.pledgeSignature.count({ where: { pledgeId: id } })).toBe(0);
    await pledges.signPledge(w.board, id, await version(id), at(w.units.u2, signing.id));
    await pledges.signPledge(w.board, id, await version(id), at(w.units.u3, midYear.id));
    const rows = await db.pledgeSignature.findMany({ where: { pledgeId: id }, orderBy: { unitId: "asc" } });
    expect(rows.map((r) => [r.unitId, r.conferenceId])).toEqual(
      [
        [w.units.u2, signing.id],
        [w.units.u3, midYear.id],
      ].sort(),
    );
  });
});

describe("content and versions", () => {
  it("refuses a stale write and changes nothing", async () => {
    const { id } = await pledges.createPledge(w.leaderOfficer, w.yearId, { title: "Giao ước", preamble: null });
    const { id: itemId } = await items.addItem(w.leaderOfficer, id, 1, "Nội dung ban đầu");
    const audits = await db.auditLog.count();
    // Someone else saved at version 1 → 2; a write still at version 1 is refused.
    await expect(items.updateItem(w.board, itemId, 1, "Nội dung ghi đè")).rejects.toMatchObject({ key: "pledges.errors.stale" });
    await expect(pledges.updatePledge(w.board, id, 1, { title: "Tên khác", preamble: null })).rejects.toMatchObject({ key: "pledges.errors.stale" });
    await expect(pledges.openForSigning(w.board, id, 1)).rejects.toMatchObject({ key: "pledges.errors.stale" });
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id }, include: { items: true } });
    expect(pledge).toMatchObject({ version: 2, title: "Giao ước", status: "DRAFT" });
    expect(pledge.items.map((i) => i.content)).toEqual(["Nội dung ban đầu"]);
    expect(await db.auditLog.count()).toBe(audits);

    current.session = w.board;
    expect(await pledgeActions.updatePledgeItemAction({ itemId, version: 1, content: "Ghi đè" })).toEqual({ ok: false, error: "pledges.errors.stale" });
    expect(await pledgeActions.updatePledgeItemAction({ itemId, version: 2, content: "Đã sửa" })).toMatchObject({ ok: true });
    expect(await version(id)).toBe(3);
  });

  it("freezes the content once open, keeps items in order, and refuses opening an empty draft", async () => {
    const { id } = await pledges.createPledge(w.board, w.yearId, { title: "Giao ước", preamble: null });
    await expect(pledges.createPledge(w.board, w.yearId, { title: "Lần hai", preamble: null })).rejects.toMatchObject({ key: "pledges.errors.exists" });
    await expect(pledges.openForSigning(w.board, id, 1)).rejects.toMatchObject({ key: "pledges.errors.noItems" });
    const a = await items.addItem(w.board, id, 1, "A");
    const b = await items.addItem(w.board, id, 2, "B");
    const c = await items.addItem(w.board, id, 3, "C");
    await items.moveItem(w.board, c.id, 4, "up");
    await expect(items.moveItem(w.board, a.id, 5, "up")).rejects.toMatchObject({ key: "pledges.errors.cannotMove" });
    await items.deleteItem(w.board, b.id, 5);
    const order = await db.pledgeItem.findMany({ where: { pledgeId: id }, orderBy: { position: "asc" } });
    expect(order.map((i) => [i.content, i.position])).toEqual([
      ["A", 0],
      ["C", 1],
    ]);
    await pledges.openForSigning(w.board, id, 6);
    await expect(items.addItem(w.board, id, 7, "D")).rejects.toMatchObject({ key: "pledges.errors.frozen" });
    await expect(items.updateItem(w.board, a.id, 7, "A2")).rejects.toMatchObject({ key: "pledges.errors.frozen" });
    await expect(pledges.updatePledge(w.board, id, 7, { title: "X", preamble: null })).rejects.toMatchObject({ key: "pledges.errors.frozen" });
    expect(await db.pledgeItem.count({ where: { pledgeId: id } })).toBe(2);
    expect(await version(id)).toBe(7);
  });

  it("copies last year's items into the draft", async () => {
    const { id } = await pledges.createPledge(w.board, w.yearId, { title: "Giao ước 2026", preamble: null });
    await expect(items.copyItemsFromLastYear(w.board, id, 1)).rejects.toMatchObject({ key: "pledges.errors.nothingToCopy" });
    const y2025 = await createBlocYear(w.board, w.blocId, 2025, false);
    const old = await pledges.createPledge(w.board, y2025.id, { title: "Giao ước 2025", preamble: null });
    await items.addItem(w.board, old.id, 1, "Nội dung năm trước 1");
    await items.addItem(w.board, old.id, 2, "Nội dung năm trước 2");
    await items.addItem(w.board, id, 1, "Nội dung mới");
    const result = await items.copyItemsFromLastYear(w.board, id, 2);
    expect(result).toMatchObject({ year: 2025, count: 2 });
    const copied = await db.pledgeItem.findMany({ where: { pledgeId: id }, orderBy: { position: "asc" } });
    expect(copied.map((i) => i.content)).toEqual(["Nội dung mới", "Nội dung năm trước 1", "Nội dung năm trước 2"]);
    expect(await db.pledgeItem.count({ where: { pledgeId: old.id } })).toBe(2);
  });
});

describe("reopening", () => {
  it("needs the board and a reason, keeps every signature, and writes them to the audit log", async () => {
    const id = await openPledge();
    await pledges.signPledge(w.memberOfficer, id, await version(id), sign(w.units.u2));
    await pledges.signPledge(w.memberHead, id, await version(id), sign(w.units.u3));
    const v = await version(id);

    current.session = w.leaderOfficer;
    expect(await pledgeActions.reopenPledgeAction({ pledgeId: id, version: v, reason: "Sửa nội dung" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await pledgeActions.reopenPledgeAction({ pledgeId: id, version: v, reason: "  " })).toMatchObject({ ok: false, error: "errors.validation" });
    await expect(pledges.reopenPledge(w.board, id, v, "")).rejects.toMatchObject({ key: "pledges.errors.reasonRequired" });
    await expect(pledges.reopenPledge(w.leaderOfficer, id, v, "Sửa nội dung")).rejects.toMatchObject({ key: "errors.forbidden" });
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");

    expect(await pledgeActions.reopenPledgeAction({ pledgeId: id, version: v, reason: "Bổ sung nội dung về chuyển đổi số" })).toMatchObject({ ok: true });
    const reopened = await db.pledge.findUniqueOrThrow({ where: { id } });
    expect(reopened).toMatchObject({ status: "DRAFT", reopenReason: "Bổ sung nội dung về chuyển đổi số" });
    expect(reopened.reopenedAt).toBeInstanceOf(Date);
    expect(await db.pledgeSignature.count({ where: { pledgeId: id } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "pledge.reopen" } });
    expect(audit.userId).toBe(w.board.userId);
    expect(audit.after).toMatchObject({ status: "DRAFT", reason: "Bổ sung nội dung về chuyển đổi số", signaturesKept: 2 });
    const listed = (audit.before as { status: string; signatures: { unitId: string }[] }).signatures.map((s) => s.unitId).sort();
    expect((audit.before as { status: string }).status).toBe("OPEN");
    expect(listed).toEqual([w.units.u2, w.units.u3].sort());

    // Edited, then opened again: the earlier signatures still count; the rest complete it.
    await items.addItem(w.board, id, reopened.version, "Đẩy mạnh chuyển đổi số");
    await pledges.openForSigning(w.board, id, await version(id));
    expect(await db.pledgeSignature.count({ where: { pledgeId: id } })).toBe(2);
    await pledges.signPledge(w.leaderOfficer, id, await version(id), sign(w.units.u0));
    await pledges.signPledge(w.deputyOfficer, id, await version(id), sign(w.units.u1));
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("SIGNED");

    // A fully signed pledge reopened and opened again is signed at once.
    await pledges.reopenPledge(w.board, id, await version(id), "Sửa lỗi chính tả");
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).signedAt).toBeNull();
    const again = await pledges.openForSigning(w.board, id, await version(id));
    expect(again.status).toBe("SIGNED");
    await expect(pledges.reopenPledge(w.board, id, await version(id), "Lý do")).resolves.toBeTruthy();
    await expect(pledges.reopenPledge(w.board, id, await version(id), "Lý do")).rejects.toMatchObject({ key: "pledges.errors.notLocked" });
  });
});

describe("who edits the draft", () => {
  it("lets a leader-unit officer prepare and open the draft, but not a member or deputy officer", async () => {
    current.session = w.memberOfficer;
    expect(await pledgeActions.createPledgeAction({ blocYearId: w.yearId, title: "Giao ước" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.leaderOfficer;
    const created = await pledgeActions.createPledgeAction({ blocYearId: w.yearId, title: "Giao ước thi đua năm 2026", preamble: "" });
    expect(created).toMatchObject({ ok: true });
    const pledgeId = (created as { data: { id: string } }).data.id;
    expect(await pledgeActions.addPledgeItemAction({ pledgeId, version: 1, content: "Nội dung 1" })).toMatchObject({ ok: true });

    for (const session of [w.memberOfficer, w.deputyOfficer, w.memberHead, w.outsider, w.otherBoard]) {
      current.session = session;
      expect(await pledgeActions.addPledgeItemAction({ pledgeId, version: 2, content: "Chen ngang" })).toEqual({ ok: false, error: "errors.forbidden" });
      expect(await pledgeActions.updatePledgeAction({ pledgeId, version: 2, title: "Đổi tên" })).toEqual({ ok: false, error: "errors.forbidden" });
      expect(await pledgeActions.openPledgeAction({ pledgeId, version: 2 })).toEqual({ ok: false, error: "errors.forbidden" });
    }
    expect(await db.pledgeItem.count({ where: { pledgeId } })).toBe(1);

    current.session = w.leaderOfficer;
    expect(
      await pledgeActions.updatePledgeAction({ pledgeId, version: 2, title: "Giao ước thi đua năm 2026 (sửa)", preamble: "Căn cứ kế hoạch" }),
    ).toMatchObject({ ok: true });
    expect(await pledgeActions.openPledgeAction({ pledgeId, version: 3 })).toMatchObject({ ok: true });
    // Reopening stays with the board.
    expect(await pledgeActions.reopenPledgeAction({ pledgeId, version: 4, reason: "Sửa" })).toEqual({ ok: false, error: "errors.forbidden" });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).status).toBe("OPEN");
  });
});

describe("year plan", () => {
  const item = (over: Partial<Parameters<typeof plans.addPlanItem>[2]> = {}) => ({
    title: "Hội nghị sơ kết 6 tháng",
    startDate: null,
    endDate: null,
    hostUnitId: null,
    note: null,
    ...over,
  });

  it("keeps ordered items with dates and a host among the members", async () => {
    await expect(plans.addPlanItem(w.board, w.yearId, item({ hostUnitId: w.units.outside }))).rejects.toMatchObject({ key: "plans.errors.hostNotMember" });
    await expect(
      plans.addPlanItem(w.board, w.yearId, item({ startDate: new Date("2026-07-20T00:00:00Z"), endDate: new Date("2026-07-10T00:00:00Z") })),
    ).rejects.toMatchObject({ key: "plans.errors.endBeforeStart" });
    const a = await plans.addPlanItem(w.board, w.yearId, item({ title: "A", hostUnitId: w.units.u1 }));
    const b = await plans.addPlanItem(w.board, w.yearId, item({ title: "B" }));
    const c = await plans.addPlanItem(w.board, w.yearId, item({ title: "C" }));
    await plans.movePlanItem(w.board, c.id, "up");
    await plans.deletePlanItem(w.board, a.id);
    await plans.updatePlanItem(w.board, b.id, item({ title: "B2", startDate: new Date("2026-04-20T00:00:00Z"), endDate: new Date("2026-04-24T00:00:00Z") }));
    const rows = await db.planItem.findMany({ where: { blocYearId: w.yearId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.title, r.position])).toEqual([
      ["C", 0],
      ["B2", 1],
    ]);
    expect(await db.auditLog.count({ where: { entityType: "PlanItem", entityId: { in: [a.id, b.id, c.id] } } })).toBe(6);
  });

  it("is edited by board staff and the leader unit's officers only", async () => {
    const input = { blocYearId: w.yearId, title: "Giao lưu thể thao", startDate: "2026-04-20", endDate: "2026-04-24", hostUnitId: w.units.u2, note: "" };
    for (const session of [w.memberOfficer, w.deputyOfficer, w.outsider, w.otherBoard]) {
      current.session = session;
      expect(await planActions.addPlanItemAction(input)).toEqual({ ok: false, error: "errors.forbidden" });
    }
    current.session = w.leaderOfficer;
    const added = await planActions.addPlanItemAction(input);
    expect(added).toMatchObject({ ok: true });
    const itemId = (added as { data: { id: string } }).data.id;
    current.session = w.memberOfficer;
    expect(await planActions.deletePlanItemAction({ itemId })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await planActions.updatePlanItemAction({ itemId, title: "Giao lưu thể thao", startDate: "2026-04-24", endDate: "2026-04-20" })).toEqual({
      ok: false,
      error: "plans.errors.endBeforeStart",
    });
    expect(await planActions.deletePlanItemAction({ itemId })).toMatchObject({ ok: true });
    expect(await db.planItem.count({ where: { blocYearId: w.yearId } })).toBe(0);
  });
});
