import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Storage reads DATA_DIR once, when lib/env is first imported: set it before any app import.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-regulation-"));
process.env.DATA_DIR = path.join(root, "data");

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const blocs = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const actions = await import("@/lib/regulations/actions");
const { getRegulations, regulationInForce, regulationsAdoptedAt } = await import("@/lib/regulations/queries");
const { regulationCan } = await import("@/lib/regulations/policy");
const { storedActor } = await import("../support/actors");

let board: AppSession;
let leader: AppSession;
let member: AppSession;
let blocId: string;
let blocYearId: string;
let conferenceId: string;
let decisionId: string;
let otherConferenceId: string;

const as = (session: AppSession | null) => (current.session = session);
const idOf = (result: unknown) => (result as { data: { id: string } }).data.id;

async function makeBloc(tag: string) {
  const units: string[] = [];
  for (let i = 1; i <= 3; i++) units.push((await db.unit.create({ data: { code: `${tag}-${i}`, name: `Đơn vị ${tag} ${i}`, shortName: `ĐV${i}` } })).id);
  const id = (await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const yearId = (await blocs.createBlocYear(board, id, 2026, false)).id;
  await blocs.setMembers(board, yearId, units);
  await blocs.setLeadership(board, yearId, units[0], units[1]);
  const conference = await db.conference.create({
    data: { blocYearId: yearId, kind: "MID_YEAR", title: "Hội nghị sơ kết 6 tháng", date: new Date("2026-07-10T01:00:00Z") },
  });
  return { id, yearId, units, conferenceId: conference.id };
}

beforeAll(async () => {
  board = await storedActor({ userId: "reg-board", username: "reg-board" });
  const tag = `RG${Date.now().toString(36)}`;
  const bloc = await makeBloc(tag);
  ({ id: blocId, yearId: blocYearId, conferenceId } = bloc);
  otherConferenceId = (await makeBloc(`${tag}X`)).conferenceId;
  const officer = (userId: string, unitId: string) => storedActor({ userId, username: userId, role: "UNIT_OFFICER", unitId, allBlocs: false });
  leader = await officer("reg-leader", bloc.units[0]);
  member = await officer("reg-member", bloc.units[2]);
  decisionId = (
    await db.libraryDocument.create({
      data: {
        blocYearId,
        kind: "REGULATION",
        number: "03/QĐ-KNC",
        issuedOn: new Date("2026-07-10"),
        issuer: "Khối trưởng",
        title: "Quyết định ban hành Quy chế",
        searchKey: "",
      },
    })
  ).id;
});

describe("the bloc's regulation", () => {
  it("is drafted by board staff and the leader, not by a member; adopting one supersedes the one in force", async () => {
    as(board);
    const first = idOf(await actions.createRegulationAction({ blocYearId, title: "Quy chế tổ chức và hoạt động (2025)", text: "Điều 1." }));
    as(member);
    expect(await actions.createRegulationAction({ blocYearId, title: "Quy chế", text: "" })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await actions.adoptRegulationAction({ regulationId: first, adoptedOn: "2026-01-05", conferenceId: "", decisionId: "" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await regulationInForce(member, blocId)).toBeNull();

    as(leader);
    expect(await actions.adoptRegulationAction({ regulationId: first, adoptedOn: "2026-01-05", conferenceId: "", decisionId: "" })).toMatchObject({ ok: true });
    const second = idOf(
      await actions.createRegulationAction({ blocYearId, title: "Quy chế tổ chức và hoạt động của Khối (sửa đổi)", text: "Điều 1. Phạm vi" }),
    );
    expect(await actions.adoptRegulationAction({ regulationId: second, adoptedOn: "2026-07-10", conferenceId, decisionId })).toMatchObject({ ok: true });

    const inForce = await regulationInForce(member, blocId);
    // Staff of other blocs see nothing of it.
    const outsider = await storedActor({ userId: "reg-outsider", username: "reg-outsider", allBlocs: false, assignedBlocIds: [] });
    expect(await regulationInForce(outsider, blocId)).toBeNull();
    expect(await regulationsAdoptedAt(outsider, conferenceId)).toEqual([]);
    expect(inForce).toMatchObject({ id: second, conference: { id: conferenceId }, decision: { id: decisionId, number: "03/QĐ-KNC" } });
    // The conference's page links to what it adopted.
    expect((await regulationsAdoptedAt(member, conferenceId)).map((r) => r.id)).toEqual([second]);
    const statuses = await db.regulation.findMany({ where: { blocYearId }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [first]: "SUPERSEDED", [second]: "ADOPTED" });
    const audited = await db.auditLog.findMany({ where: { entityType: "Regulation", entityId: { in: [first, second] } } });
    expect(audited.map((a) => a.action).sort()).toEqual([
      "regulation.adopt",
      "regulation.adopt",
      "regulation.create",
      "regulation.create",
      "regulation.supersede",
    ]);
    expect(new Set(audited.map((a) => a.blocId))).toEqual(new Set([blocId]));
  });

  it("keeps an adopted text as passed, and refuses another bloc's conference or bad input", async () => {
    const adopted = (await regulationInForce(board, blocId))!.id;
    as(board);
    expect(await actions.updateRegulationAction({ regulationId: adopted, title: "Đổi tên", text: "" })).toEqual({
      ok: false,
      error: "regulations.errors.notDraft",
    });
    expect(await actions.deleteRegulationAction({ regulationId: adopted })).toEqual({ ok: false, error: "regulations.errors.notDraft" });
    const draft = idOf(await actions.createRegulationAction({ blocYearId, title: "Dự thảo", text: "" }));
    expect(await actions.adoptRegulationAction({ regulationId: draft, adoptedOn: "2026-08-01", conferenceId: otherConferenceId, decisionId: "" })).toEqual({
      ok: false,
      error: "regulations.errors.conference",
    });
    const bad = await actions.adoptRegulationAction({ regulationId: draft, adoptedOn: "01/08/2026", conferenceId: "", decisionId: "" });
    expect(bad).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { adoptedOn: expect.anything() } });
    expect((await regulationInForce(board, blocId))!.id).toBe(adopted);
    expect(await db.regulation.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ status: "DRAFT" });

    const page = (await getRegulations(member, blocId))!;
    expect(page.versions.map((v) => v.status).sort()).toEqual(["ADOPTED", "DRAFT", "SUPERSEDED"]);
    expect(regulationCan(member, page.years, page.versions)).toEqual({ add: false, yearIds: [], manageIds: [] });
    expect(regulationCan(leader, page.years, page.versions).manageIds).toHaveLength(3);
    as(board);
    expect(await actions.deleteRegulationAction({ regulationId: draft })).toMatchObject({ ok: true });
  });

  it("adopts one at a time: two adoptions racing leave one regulation in force", async () => {
    as(board);
    const a = idOf(await actions.createRegulationAction({ blocYearId, title: "Bản A", text: "" }));
    const b = idOf(await actions.createRegulationAction({ blocYearId, title: "Bản B", text: "" }));
    const results = await Promise.all(
      [a, b].map((regulationId) => actions.adoptRegulationAction({ regulationId, adoptedOn: "2026-09-01", conferenceId: "", decisionId: "" })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.regulation.count({ where: { blocYear: { blocId }, status: "ADOPTED" } })).toBe(1);
  });
});
