import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Scores typed with a decimal comma or a point, through the save action, against a real
// database: what is stored is what was typed, and a refused value writes nothing.

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const { createBloc, createBlocYear, setLeadership, setMembers } = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const { storedActor } = await import("../support/actors");
const actions = await import("@/lib/scoring/actions");

const DAY = 24 * 60 * 60 * 1000;

/** A bloc year of two members with a published set: leaf 1.2 (standard, max 10) under group 1, and an open round. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `nboard-${tag}`, username: `nboard-${tag}` });
  const units = [];
  for (let i = 0; i < 2; i++) units.push((await db.unit.create({ data: { code: `N${tag}-${i}`, name: `Đơn vị số ${i} (${tag})`, shortName: `S${i}` } })).id);
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `NB${tag}`, name: `Khối số ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, units);
  await setLeadership(board, year.id, units[0], units[1]);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí", status: "PUBLISHED", publishedAt: new Date() } });
  const group = await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "1", title: "Nhiệm vụ" } });
  const leaf = await db.criterionNode.create({
    data: { setId: set.id, parentId: group.id, position: 0, code: "1.2", title: "Tiêu chí 1.2", kind: "STANDARD", maxHundredths: 1000 },
  });
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
  const officer = await storedActor({ userId: `nofficer-${tag}`, username: `nofficer-${tag}`, role: "UNIT_OFFICER", unitId: units[1], allBlocs: false });
  return { yearId: year.id, unitId: units[1], leafId: leaf.id, officer };
}

let w: Awaited<ReturnType<typeof makeWorld>>;
beforeEach(async () => {
  w = await makeWorld();
  current.session = w.officer;
});

const save = (points: string, version: number) =>
  actions.saveSelfAction({ blocYearId: w.yearId, unitId: w.unitId, version, entries: [{ code: "1.2", points, passed: "", note: "" }] } as never);

/** Everything a save could have written for this unit. */
async function written() {
  const sheet = await db.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId: w.yearId, unitId: w.unitId } } });
  const entries = sheet ? await db.scoreEntry.findMany({ where: { sheetId: sheet.id }, select: { nodeId: true, layer: true, hundredths: true } }) : [];
  const audit = await db.auditLog.count({ where: { userId: w.officer.userId } });
  return { sheet: sheet && { version: sheet.version, status: sheet.status }, entries, audit };
}

const stored = async () => (await written()).entries.find((e) => e.nodeId === w.leafId)?.hundredths;

describe("a score typed with a decimal comma or point", () => {
  it.each(["0,5", "0.5", " 0,50 "])("%j is stored as 0.5", async (typed) => {
    expect(await save(typed, 0)).toMatchObject({ ok: true });
    expect(await stored()).toBe(50);
  });

  it('"9,5" is 9.5, never 95', async () => {
    expect(await save("9,5", 0)).toMatchObject({ ok: true });
    expect(await stored()).toBe(950);
  });

  it.each([
    ["9,5,1", "validation.score.malformed", "entries.0.points"],
    ["1.000", "validation.score.tooManyDecimals", "entries.0.points"],
    ["0,125", "validation.score.tooManyDecimals", "entries.0.points"],
    ["-1", "validation.score.tooSmall", "entries.0.points"],
  ])("%j is refused naming the criterion, and nothing is written", async (typed, key, path) => {
    const first = await save("2,5", 0);
    const before = await written();
    const res = await save(typed, (first as { data: { version: number } }).data.version);
    expect(res).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { [path]: { key, params: { leaf: "1.2" } } } });
    expect(await written()).toEqual(before);
    expect(await stored()).toBe(250);
  });

  it('"95" where the maximum is 10 is refused naming the criterion, and nothing is written', async () => {
    const before = await written();
    expect(await save("95", 0)).toMatchObject({ ok: false, error: "scoring.rules.above_max", params: { leaf: "1.2", max: "10" } });
    expect(await written()).toEqual(before);
    expect(before.sheet).toBeNull();
  });
});
