import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers, setRotationOrder } from "@/lib/blocs/service";
import { createBlocSchema, createBlocYearSchema } from "@/lib/blocs/schemas";
import { storedActor } from "../support/actors";

// A new year in one step: last year's members, and its leader and deputy carried over either as
// the rotation planner proposes (this year's deputy leads, the next in order deputises) or unchanged.

let board: AppSession;
let n = 0;

async function blocWith2025() {
  const k = ++n;
  const units: string[] = [];
  for (let i = 1; i <= 4; i++) units.push((await db.unit.create({ data: { code: `YL${k}-${i}`, name: `Sở ${i} (${k})`, shortName: `S${i}` } })).id);
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `YL-${k}`, name: `Khối luân phiên ${k}`, kind: "KHOI" }))).id;
  const y = await createBlocYear(board, blocId, 2025, false);
  await setMembers(board, y.id, units);
  await setRotationOrder(board, blocId, units);
  await setLeadership(board, y.id, units[0], units[1]);
  return { blocId, units };
}

const yearOf = (blocId: string, year: number) => db.blocYear.findUniqueOrThrow({ where: { blocId_year: { blocId, year } }, include: { members: true } });

beforeAll(async () => {
  board = await storedActor({ userId: "year-board", username: "bantdkt.nam", role: "BOARD", allBlocs: true });
});

describe("creating a year with last year's leadership", () => {
  it("takes the planner's proposal: the deputy leads, the next unit in the order deputises; one audit entry", async () => {
    const { blocId, units } = await blocWith2025();
    const { id } = await createBlocYear(board, blocId, 2026, true, "proposal");
    const y = await yearOf(blocId, 2026);
    expect(y.members.map((m) => m.unitId).sort()).toEqual([...units].sort());
    expect([y.leaderUnitId, y.deputyUnitId]).toEqual([units[1], units[2]]);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true, after: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "blocYear.create", after: { leaderUnitId: units[1], deputyUnitId: units[2], leadership: "proposal" } });
  });

  it("keeps last year's leader and deputy when asked", async () => {
    const { blocId, units } = await blocWith2025();
    await createBlocYear(board, blocId, 2026, true, "keep");
    const y = await yearOf(blocId, 2026);
    expect([y.leaderUnitId, y.deputyUnitId]).toEqual([units[0], units[1]]);
  });

  it("leaves them empty by default", async () => {
    const { blocId } = await blocWith2025();
    await createBlocYear(board, blocId, 2026, true);
    const y = await yearOf(blocId, 2026);
    expect([y.leaderUnitId, y.deputyUnitId]).toEqual([null, null]);
  });

  it("creates nothing when the members cannot be copied (a member already in another bloc that year)", async () => {
    const { blocId, units } = await blocWith2025();
    const other = (await createBloc(board, createBlocSchema.parse({ code: `YL-O${++n}`, name: `Khối khác ${n}`, kind: "KHOI" }))).id;
    const y = await createBlocYear(board, other, 2026, false);
    await setMembers(board, y.id, [units[3]]);
    await expect(createBlocYear(board, blocId, 2026, true, "proposal")).rejects.toMatchObject({ key: "blocs.errors.unitInOtherBloc" });
    expect(await db.blocYear.findUnique({ where: { blocId_year: { blocId, year: 2026 } } })).toBeNull();
  });

  it("refuses leadership without the members, in the form's schema", () => {
    const parsed = createBlocYearSchema.safeParse({ blocId: "b", year: "2026", copyMembers: "", leadership: "proposal" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["leadership"], message: "yearCopy.validation.needsMembers" });
  });
});
