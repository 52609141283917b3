// The giải trình world shared by the explanation tests: a bloc of three members whose sheets are
// submitted, two leaves cut in review (tests/integration/explanations.test.ts, review-finish.test.ts).
import { db } from "@/lib/db";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { storedActor } from "./actors";

export const DAY = 24 * 60 * 60 * 1000;

/** A deadline as the form sends it: a wall time in Vietnam (UTC+7), yyyy-MM-ddTHH:mm, `ms` from now. */
export const until = (ms: number) => {
  const d = new Date(Date.now() + ms + 7 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 16);
};

export type ExplanationWorld = Awaited<ReturnType<typeof makeWorld>>;

/**
 * Three members (u0 leads); u2 is assigned to review u1's sheet. Leaves "1" (max 10), "2" (max 10), gate G1.
 * Every sheet is submitted; u1's leaf 1 was cut from 8 to 5 by u2 and u0's leaf 2 from 9 to 7 by the leader.
 */
export async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `eboard-${tag}`, username: `eboard-${tag}`, name: "Cán bộ Ban" });
  const unitIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const u = await db.unit.create({ data: { code: `E${tag}-${i}`, name: `Đơn vị ${"ABC"[i]} (${tag})`, shortName: `E${i}`, headName: `Thủ trưởng ${i}` } });
    unitIds.push(u.id);
  }
  const [u0, u1, u2] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `EX${tag}`, name: `Khối giải trình ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, unitIds);
  await setLeadership(board, year.id, u0, null);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí", status: "PUBLISHED", publishedAt: new Date() } });
  const node = (position: number, code: string, kind: "STANDARD" | "GATE", max: number | null) =>
    db.criterionNode.create({ data: { setId: set.id, position, code, title: `Tiêu chí ${code}`, kind, maxHundredths: max === null ? null : max * 100 } });
  const nodes = { "1": await node(0, "1", "STANDARD", 10), "2": await node(1, "2", "STANDARD", 10), G1: await node(2, "G1", "GATE", null) };
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - 2 * DAY), closesAt: new Date(Date.now() - DAY) } });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `e${name}-${tag}`, username: `e${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  const sheets: Record<string, string> = {};
  for (const unitId of unitIds) {
    const s = await db.scoreSheet.create({
      data: {
        blocYearId: year.id,
        unitId,
        status: "SUBMITTED",
        submittedAt: new Date(),
        headApprovedBy: "Thủ trưởng",
        reviewerUnitId: unitId === u1 ? u2 : null,
      },
    });
    sheets[unitId] = s.id;
    const entry = (code: keyof typeof nodes, layer: "SELF" | "REVIEWED", value: number | boolean, note: string | null = null) =>
      db.scoreEntry.create({
        data: {
          sheetId: s.id,
          nodeId: nodes[code].id,
          layer,
          hundredths: typeof value === "number" ? value * 100 : null,
          passed: typeof value === "boolean" ? value : null,
          note,
          byName: "Người chấm",
        },
      });
    await entry("1", "SELF", 8);
    await entry("2", "SELF", 9);
    await entry("G1", "SELF", true);
    if (unitId === u1) await entry("1", "REVIEWED", 5, "Thiếu minh chứng");
    if (unitId === u0) await entry("2", "REVIEWED", 7, "Chưa đạt chỉ tiêu");
  }
  return {
    yearId: year.id,
    units: { u0, u1, u2 },
    sheets,
    board,
    leader: await officer("lead", u0),
    leaderHead: await officer("leadhead", u0, true),
    u1: await officer("u1", u1),
    u2: await officer("u2", u2),
  };
}
