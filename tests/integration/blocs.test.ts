import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBloc, createBlocYear, confirmRotation, setLeadership, setMembers, setRotationOrder } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { actor, storedActor } from "../support/actors";

let board = actor();
let units: string[];

async function makeUnits(prefix: string, n: number) {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const u = await db.unit.create({ data: { code: `${prefix}${i}`, name: `Sở số ${i} (${prefix})`, shortName: `S${i}` } });
    ids.push(u.id);
  }
  return ids;
}

async function makeBloc(code: string) {
  return (await createBloc(board, createBlocSchema.parse({ code, name: `Khối ${code}`, kind: "KHOI" }))).id;
}

beforeEach(async () => {
  board = await storedActor();
  units = await makeUnits(`U${Math.random().toString(36).slice(2, 6)}-`, 5);
});

describe("bloc years and membership", () => {
  it("refuses a unit in two blocs of the same year, naming the unit, and changes nothing", async () => {
    const a = await makeBloc(`A${Date.now()}`);
    const b = await makeBloc(`B${Date.now()}`);
    const ya = await createBlocYear(board, a, 2026, false);
    const yb = await createBlocYear(board, b, 2026, false);
    await setMembers(board, ya.id, units.slice(0, 3));
    const taken = await db.unit.findUniqueOrThrow({ where: { id: units[2] } });
    await expect(setMembers(board, yb.id, [units[2], units[3]])).rejects.toMatchObject({
      key: "blocs.errors.unitInOtherBloc",
      params: { unit: taken.name, bloc: expect.stringContaining("Khối A"), year: 2026 },
    });
    expect(await db.blocMember.count({ where: { blocYearId: yb.id } })).toBe(0);
    // The database itself enforces it too, whatever the service does.
    await expect(db.blocMember.create({ data: { blocYearId: yb.id, year: 2026, unitId: units[0] } })).rejects.toThrow();
    // Another year is fine.
    const yb27 = await createBlocYear(board, b, 2027, false);
    await setMembers(board, yb27.id, [units[0]]);
    expect(await db.blocMember.count({ where: { unitId: units[0] } })).toBe(2);
  });

  it("copies last year's members into a new year and adds new members to the rotation order", async () => {
    const bloc = await makeBloc(`C${Date.now()}`);
    const y1 = await createBlocYear(board, bloc, 2025, false);
    await setMembers(board, y1.id, units.slice(0, 4));
    const y2 = await createBlocYear(board, bloc, 2026, true);
    const members = await db.blocMember.findMany({ where: { blocYearId: y2.id } });
    expect(members.map((m) => m.unitId).sort()).toEqual(units.slice(0, 4).sort());
    const order = await db.blocRotationSlot.findMany({ where: { blocId: bloc }, orderBy: { position: "asc" } });
    expect(order.map((s) => s.unitId)).toEqual(units.slice(0, 4));
    await expect(createBlocYear(board, bloc, 2026, true)).rejects.toMatchObject({ key: "blocs.errors.yearExists" });
  });

  it("keeps leader and deputy distinct members, and refuses removing them from the bloc", async () => {
    const bloc = await makeBloc(`L${Date.now()}`);
    const y = await createBlocYear(board, bloc, 2026, false);
    await setMembers(board, y.id, units.slice(0, 3));
    await expect(setLeadership(board, y.id, units[0], units[0])).rejects.toMatchObject({ key: "blocs.errors.sameUnit" });
    await expect(setLeadership(board, y.id, units[0], units[4])).rejects.toMatchObject({ key: "blocs.errors.leaderNotMember" });
    await setLeadership(board, y.id, units[0], units[1]);
    await expect(setMembers(board, y.id, [units[1], units[2]])).rejects.toMatchObject({ key: "blocs.errors.leaderMustStay" });
    const stored = await db.blocYear.findUniqueOrThrow({ where: { id: y.id } });
    expect([stored.leaderUnitId, stored.deputyUnitId]).toEqual([units[0], units[1]]);
    const audit = await db.auditLog.findMany({ where: { entityId: y.id, action: "blocYear.leadership" } });
    expect(audit).toHaveLength(1);
  });
});

describe("rotation", () => {
  async function blocWithYear() {
    const bloc = await makeBloc(`R${Date.now()}${Math.random().toString(36).slice(2, 5)}`);
    const y = await createBlocYear(board, bloc, 2026, false);
    await setMembers(board, y.id, units);
    await setRotationOrder(board, bloc, units);
    await setLeadership(board, y.id, units[1], units[2]);
    return bloc;
  }

  it("confirms the planner's proposal: this year's deputy leads, the next in order is deputy", async () => {
    const bloc = await blocWithYear();
    const result = await confirmRotation(board, {
      blocId: bloc,
      fromYear: 2026,
      leaderUnitId: units[2],
      deputyUnitId: units[3],
      reason: null,
      decisionNo: null,
      decisionDate: null,
    });
    expect(result.overridden).toBe(false);
    const next = await db.blocYear.findUniqueOrThrow({ where: { blocId_year: { blocId: bloc, year: 2027 } }, include: { members: true } });
    expect([next.leaderUnitId, next.deputyUnitId]).toEqual([units[2], units[3]]);
    expect(next.members).toHaveLength(5);
    const decision = await db.leadershipDecision.findFirstOrThrow({ where: { blocId: bloc, year: 2027 } });
    expect(decision).toMatchObject({ overridden: false, proposedLeaderUnitId: units[2], proposedDeputyUnitId: units[3], decidedById: board.userId });
  });

  it("requires a reason and the decision for an override, then records both the proposal and the choice", async () => {
    const bloc = await blocWithYear();
    const override = { blocId: bloc, fromYear: 2026, leaderUnitId: units[4], deputyUnitId: units[0] };
    await expect(confirmRotation(board, { ...override, reason: null, decisionNo: null, decisionDate: null })).rejects.toMatchObject({
      key: "blocs.errors.overrideNeedsDecision",
    });
    expect(await db.leadershipDecision.count({ where: { blocId: bloc } })).toBe(0);
    await confirmRotation(board, {
      ...override,
      reason: "Sở số 3 đề nghị lùi một năm",
      decisionNo: "12/QĐ-HĐTĐKT",
      decisionDate: new Date("2026-12-20T00:00:00Z"),
    });
    const decision = await db.leadershipDecision.findFirstOrThrow({ where: { blocId: bloc, year: 2027 } });
    expect(decision).toMatchObject({ overridden: true, leaderUnitId: units[4], proposedLeaderUnitId: units[2], decisionNo: "12/QĐ-HĐTĐKT" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "rotation.override" } });
    expect((audit.after as { reason: string }).reason).toBe("Sở số 3 đề nghị lùi một năm");
  });

  it("skips a unit that left when proposing", async () => {
    const bloc = await blocWithYear();
    await createBlocYear(board, bloc, 2027, true);
    const y27 = await db.blocYear.findUniqueOrThrow({ where: { blocId_year: { blocId: bloc, year: 2027 } } });
    // The deputy-to-be (units[3]) leaves the bloc in 2027.
    await setMembers(board, y27.id, [units[0], units[1], units[2], units[4]]);
    const result = await confirmRotation(board, {
      blocId: bloc,
      fromYear: 2026,
      leaderUnitId: units[2],
      deputyUnitId: units[4],
      reason: null,
      decisionNo: null,
      decisionDate: null,
    });
    expect(result.overridden).toBe(false);
  });
});
