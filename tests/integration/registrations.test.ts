import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { loadYearContext } from "@/lib/blocs/year-context";
import * as service from "@/lib/registrations/service";
import { saveRegistrationSchema } from "@/lib/registrations/schemas";
import { registeredTitles } from "@/lib/registrations/registered";
import { registrationsWorkbook } from "@/lib/registrations/workbook";
import { storedActor } from "../support/actors";

// Actions and loaders run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/registrations/actions");
const queries = await import("@/lib/registrations/queries");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A bloc year of four members (leader u0, deputy u1), open for registration for a week, and two award forms. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `board-${tag}`, username: `board-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 5; i++) unitIds.push((await db.unit.create({ data: { code: `R${tag}-${i}`, name: `Sở ${i} (${tag})`, shortName: `S${i}` } })).id);
  const [u0, u1, u2, u3, outside] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `RG${tag}`, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, [u0, u1, u2, u3]);
  await setLeadership(board, year.id, u0, u1);
  const flag = await db.awardForm.create({ data: { code: `CO-${tag}`, name: "Cờ thi đua", position: 0 } });
  const merit = await db.awardForm.create({ data: { code: `BK-${tag}`, name: "Bằng khen", position: 1 } });
  const archived = await db.awardForm.create({ data: { code: `OLD-${tag}`, name: "Hình thức cũ", archivedAt: new Date() } });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  const w = {
    yearId: year.id,
    units: { u0, u1, u2, u3, outside },
    forms: { flag: flag.id, merit: merit.id, archived: archived.id },
    board,
    otherBoard: await storedActor({ userId: `board2-${tag}`, username: `board2-${tag}`, allBlocs: false, assignedBlocIds: [] }),
    council: await storedActor({ userId: `council-${tag}`, username: `council-${tag}`, role: "COUNCIL" }),
    leaderOfficer: await officer("lead", u0),
    deputyOfficer: await officer("deputy", u1),
    member: await officer("member", u2),
    memberHead: await officer("head", u2, true),
    otherMember: await officer("other", u3),
    outsider: await officer("outsider", outside),
  };
  await service.setRegistrationDeadline(board, year.id, new Date(Date.now() + 7 * 86_400_000));
  return w;
}

beforeEach(async () => {
  w = await makeWorld();
});

const as = (session: AppSession) => (current.session = session);
const draft = (over: Record<string, unknown> = {}) => ({
  blocYearId: w.yearId,
  version: 0,
  awardFormIds: [w.forms.flag, w.forms.merit],
  targetContent: ["Hoàn thành 100% kế hoạch thanh tra", "", "Tổ chức hội nghị chuyên đề"],
  targetValue: ["99,5", "", ""],
  targetMeasure: ["%", "", ""],
  ...over,
});

describe("a unit's registration", () => {
  it("is saved for the caller's own unit, with its titles and targets in order (a decimal comma read as such)", async () => {
    as(w.member);
    const saved = await actions.saveRegistrationAction(draft() as never);
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    const stored = await db.registration.findUniqueOrThrow({
      where: { blocYearId_unitId: { blocYearId: w.yearId, unitId: w.units.u2 } },
      include: { titles: true, targets: { orderBy: { position: "asc" } } },
    });
    expect(stored.status).toBe("DRAFT");
    expect(stored.titles.map((t) => t.awardFormId).sort()).toEqual([w.forms.flag, w.forms.merit].sort());
    expect(stored.targets.map((t) => [t.position, t.content, t.value === null ? null : Number(t.value), t.measure])).toEqual([
      [0, "Hoàn thành 100% kế hoạch thanh tra", 99.5, "%"],
      [1, "Tổ chức hội nghị chuyên đề", null, null],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "registration.save", entityId: stored.id } });
    expect(audit.userId).toBe(w.member.userId);
  });

  it("refuses callers who register no unit of this year, and another unit's officer never sees the draft (rule 2)", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    for (const caller of [w.board, w.council, w.outsider]) {
      as(caller);
      expect(await actions.saveRegistrationAction(draft() as never)).toEqual({ ok: false, error: "errors.forbidden" });
    }
    const year = await loadYearContext(w.yearId);
    expect(await queries.ownRegistration(w.otherMember, year)).toBeNull();
    expect(await queries.ownRegistration(w.leaderOfficer, year)).toBeNull();
    expect(await queries.ownRegistration(w.memberHead, year)).toMatchObject({ unitId: w.units.u2 });
    // The progress: nothing for a plain member; a draft's content hidden from the leader until submitted.
    expect(await queries.registrationProgress(w.otherMember, year)).toEqual([]);
    expect(await queries.registrationProgress(w.otherBoard, year)).toEqual([]);
    const progress = await queries.registrationProgress(w.leaderOfficer, year);
    expect(progress.find((p) => p.unit.id === w.units.u2)?.registration).toMatchObject({ status: "DRAFT", awardFormIds: [], targets: [] });
    expect(progress.filter((p) => p.registration === null)).toHaveLength(3);
  });

  it("refuses bad rows and archived forms with a message, changing nothing", async () => {
    as(w.member);
    const bad = await actions.saveRegistrationAction(
      draft({ targetContent: ["", "Chỉ tiêu"], targetValue: ["12", "1,2,3"], targetMeasure: ["", ""] }) as never,
    );
    expect(bad).toMatchObject({ ok: false, error: "errors.validation" });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual(["targetContent.0", "targetValue.1"]);
    expect(await actions.saveRegistrationAction(draft({ awardFormIds: [w.forms.archived] }) as never)).toEqual({
      ok: false,
      error: "registrations.errors.unknownForm",
    });
    expect(await db.registration.count({ where: { blocYearId: w.yearId } })).toBe(0);
  });

  it("is submitted with the head's approval: the head in person, or an officer naming the head; then it is final until returned", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    expect(await actions.submitRegistrationAction({ blocYearId: w.yearId, version: 1, headApprovedBy: "" } as never)).toEqual({
      ok: false,
      error: "registrations.errors.headApprovalRequired",
    });
    as(w.memberHead);
    expect(await actions.submitRegistrationAction({ blocYearId: w.yearId, version: 1 } as never)).toMatchObject({ ok: true, data: { version: 2 } });
    const stored = await db.registration.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: w.yearId, unitId: w.units.u2 } } });
    expect(stored).toMatchObject({ status: "SUBMITTED", headApprovedBy: w.memberHead.name, submittedById: w.memberHead.userId });
    as(w.member);
    expect(await actions.saveRegistrationAction(draft({ version: 2 }) as never)).toEqual({ ok: false, error: "registrations.errors.alreadySubmitted" });

    // Returned by the leader with a reason; an ordinary member or another bloc's board may not.
    for (const caller of [w.otherMember, w.deputyOfficer, w.otherBoard]) {
      as(caller);
      expect(await actions.returnRegistrationAction({ registrationId: stored.id, version: 2, reason: "Thiếu chỉ tiêu" } as never)).toEqual({
        ok: false,
        error: "errors.forbidden",
      });
    }
    as(w.leaderOfficer);
    expect(await actions.returnRegistrationAction({ registrationId: stored.id, version: 2, reason: "Bổ sung chỉ tiêu" } as never)).toMatchObject({ ok: true });
    as(w.member);
    expect(await actions.saveRegistrationAction(draft({ version: 3 }) as never)).toMatchObject({ ok: true, data: { version: 4 } });
    expect(await actions.submitRegistrationAction({ blocYearId: w.yearId, version: 4, headApprovedBy: "Nguyễn Văn Thủ" } as never)).toMatchObject({ ok: true });
    expect((await db.registration.findUniqueOrThrow({ where: { id: stored.id } })).headApprovedBy).toBe("Nguyễn Văn Thủ");
    const progress = await queries.registrationProgress(w.council, await loadYearContext(w.yearId));
    expect(progress.find((p) => p.unit.id === w.units.u2)?.registration?.awardFormIds).toHaveLength(2);
    // What the award proposal checks its nominees against: submitted registrations only (u3's draft is not one).
    as(w.otherMember);
    await actions.saveRegistrationAction(draft() as never);
    const registered = await registeredTitles(db, w.yearId);
    expect([...registered.keys()]).toEqual([w.units.u2]);
    expect([...registered.get(w.units.u2)!].sort()).toEqual([w.forms.flag, w.forms.merit].sort());
  });

  it("refuses a stale version", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    expect(await actions.saveRegistrationAction(draft({ version: 0 }) as never)).toEqual({ ok: false, error: "registrations.errors.stale" });
  });
});

describe("the deadline", () => {
  it("is set by the leader or the board of the bloc, never a member or another bloc's board, and never in the past", async () => {
    const dueAt = "2099-01-15T17:00";
    for (const caller of [w.member, w.deputyOfficer, w.otherBoard, w.council]) {
      as(caller);
      expect(await actions.setRegistrationDeadlineAction({ blocYearId: w.yearId, dueAt } as never)).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(w.leaderOfficer);
    expect(await actions.setRegistrationDeadlineAction({ blocYearId: w.yearId, dueAt } as never)).toMatchObject({ ok: true });
    expect((await db.blocYear.findUniqueOrThrow({ where: { id: w.yearId } })).registrationDueAt).toEqual(new Date("2099-01-15T10:00:00Z"));
    expect(await actions.setRegistrationDeadlineAction({ blocYearId: w.yearId, dueAt: "2020-01-15T17:00" } as never)).toEqual({
      ok: false,
      error: "registrations.errors.deadlinePast",
    });
  });

  it("closes saving and submitting once passed, and nothing is accepted before it is set", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    const input = saveRegistrationSchema.parse(draft({ version: 1 }));
    const later = new Date(Date.now() + 8 * 86_400_000);
    await expect(service.saveRegistration(w.member, w.yearId, w.units.u2, input, later)).rejects.toMatchObject({ key: "registrations.errors.closed" });
    await expect(service.submitRegistration(w.memberHead, w.yearId, w.units.u2, 1, null, later)).rejects.toMatchObject({ key: "registrations.errors.closed" });
    await db.blocYear.update({ where: { id: w.yearId }, data: { registrationDueAt: null } });
    expect(await actions.saveRegistrationAction(draft({ version: 1 }) as never)).toEqual({ ok: false, error: "registrations.errors.notOpen" });
  });
});

describe("the year's lock", () => {
  it("refuses every write once the ranking is signed off, and the refusal is on record", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    await db.rankingSnapshot.create({ data: { blocYearId: w.yearId, status: "SIGNED_OFF", data: {}, signerName: "Trưởng khối" } });
    expect(await actions.saveRegistrationAction(draft({ version: 1 }) as never)).toEqual({ ok: false, error: "registrations.errors.locked" });
    as(w.board);
    expect(await actions.setRegistrationDeadlineAction({ blocYearId: w.yearId, dueAt: "2099-01-15T17:00" } as never)).toEqual({
      ok: false,
      error: "registrations.errors.locked",
    });
    expect(await db.auditLog.count({ where: { action: "registration.refused_locked", entityId: w.yearId } })).toBe(2);
    expect((await db.registration.findFirstOrThrow({ where: { blocYearId: w.yearId } })).version).toBe(1);
  });
});

describe("the compiled list as a workbook", () => {
  it("has a row per submitted unit with its titles and targets (decimal comma), for those who follow it only", async () => {
    as(w.member);
    await actions.saveRegistrationAction(draft() as never);
    as(w.memberHead);
    await actions.submitRegistrationAction({ blocYearId: w.yearId, version: 1 } as never);
    as(w.otherMember);
    await actions.saveRegistrationAction(draft({ targetContent: ["Bản nháp không được tổng hợp"] }) as never);

    for (const caller of [w.member, w.otherMember, w.otherBoard, w.outsider]) expect(await queries.compiledRegistrations(caller, w.yearId)).toBeNull();
    const loaded = await queries.compiledRegistrations(w.deputyOfficer, w.yearId);
    expect(loaded?.fileName).toMatch(/^dang-ky-thi-dua_RG[A-Z0-9]+_2026\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await registrationsWorkbook(loaded!.data)) as never);
    const sheet = book.worksheets[0];
    const unitName = (await db.unit.findUniqueOrThrow({ where: { id: w.units.u2 } })).name;
    const text = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    expect(text(1)[0]).toBe("Bảng tổng hợp đăng ký thi đua năm 2026");
    expect(text(2)[0]).toMatch(/: 1\/4 đơn vị trong khối đã gửi đăng ký\./);
    expect(text(4)).toEqual([
      "1",
      unitName,
      "Cờ thi đua\nBằng khen",
      "1. Hoàn thành 100% kế hoạch thanh tra: 99,5 %\n2. Tổ chức hội nghị chuyên đề",
      w.memberHead.name,
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
    ]);
    expect(text(5)[0]).toBe("Số đơn vị đăng ký theo hình thức: Cờ thi đua: 1; Bằng khen: 1.");
  });
});
