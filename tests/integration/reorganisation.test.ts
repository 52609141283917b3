import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmRotation, setMembers } from "@/lib/blocs/service";
import { generateDocument } from "@/lib/documents/generate";
import { predecessorHistory } from "@/lib/reorg/queries";
import { dissolveUnit, mergeUnits, renameUnit } from "@/lib/reorg/change-service";
import { redivideBlocs } from "@/lib/reorg/redivision-service";
import { dissolveUnitSchema, mergeUnitsSchema, redivideBlocsSchema, renameUnitSchema } from "@/lib/reorg/schemas";
import { setUnitArchived } from "@/lib/units/service";
import { actor, storedActor } from "../support/actors";
import { docxText, unzip } from "../support/document-files";

// Merges, renames, dissolutions and re-divisions (docs/reorganisation.md) on scratch units and blocs.

const stamp = Math.random().toString(36).slice(2, 7).toUpperCase();
const board = actor();
const decision = (effectiveDate: string) => ({ effectiveDate, decisionNo: `${stamp}/QĐ-UBND`, decisionDate: effectiveDate, decisionIssuer: "UBND tỉnh" });

async function unit(key: string, name = `${key} ${stamp}`) {
  return (await db.unit.create({ data: { code: `${stamp}-${key}`, name, shortName: key } })).id;
}

async function blocYear(key: string, year: number, members: string[], leader: string | null, deputy: string | null) {
  const bloc = await db.bloc.upsert({
    where: { code: `${stamp}-${key}` },
    update: {},
    create: { code: `${stamp}-${key}`, name: `Khối ${key} ${stamp}`, kind: "KHOI" },
  });
  const by = await db.blocYear.create({
    data: { blocId: bloc.id, year, leaderUnitId: leader, deputyUnitId: deputy, members: { create: members.map((unitId) => ({ unitId })) } },
  });
  return { blocId: bloc.id, id: by.id };
}

beforeAll(async () => {
  await storedActor();
});

describe("merge", () => {
  it("archives the merged unit, hands its history to the successor and its rotation place too", async () => {
    const [a, b, c, d] = [await unit("A"), await unit("B", `Sở Lao động - TB&XH ${stamp}`), await unit("C"), await unit("D")];
    const y2024 = await blocYear("M", 2024, [a, b, c, d], a, b);
    await db.blocRotationSlot.createMany({ data: [a, b, c, d].map((unitId, position) => ({ blocId: y2024.blocId, unitId, position })) });
    // 2024: B was the deputy, ranked first and awarded the flag.
    const snapshot = await db.rankingSnapshot.create({
      data: {
        blocYearId: y2024.id,
        status: "APPROVED",
        signerName: "x",
        data: { rows: [b, a, c, d].map((unitId, i) => ({ unitId, rank: i + 1, shared: false, totals: { total: 95 - i } })) },
      },
    });
    const form = await db.awardForm.create({ data: { code: `CO-${stamp}`, name: `Cờ thi đua ${stamp}` } });
    await db.awardProposal.create({
      data: {
        blocYearId: y2024.id,
        rankingId: snapshot.id,
        status: "DECIDED",
        nominees: { create: [{ unitId: b, awardFormId: form.id, position: 0, awarded: true }] },
      },
    });

    const input = mergeUnitsSchema.parse({
      ...decision("2025-03-01"),
      unitIds: [b],
      newCode: `${stamp}-X`,
      newName: `Sở Nội vụ mới ${stamp}`,
      newShortName: "SNV",
    });
    const { successorId } = await mergeUnits(board, input);
    expect((await db.unit.findUniqueOrThrow({ where: { id: b } })).archivedAt).toEqual(new Date("2025-03-01T00:00:00Z"));
    expect(await db.auditLog.count({ where: { action: "unit.merge", entityType: "UnitChange" } })).toBeGreaterThan(0);

    const history = await predecessorHistory(board, successorId);
    expect(history.predecessors.map((p) => p.id)).toEqual([b]);
    expect(history.years).toEqual([
      expect.objectContaining({ unitId: b, year: 2024, role: "deputy", rank: 1, of: 4, total: 95, awards: [`Cờ thi đua ${stamp}`] }),
    ]);

    // 2025: the deputy B is gone; its successor X is carried into the bloc and leads, as B would have.
    const confirmed = await confirmRotation(board, {
      blocId: y2024.blocId,
      fromYear: 2024,
      leaderUnitId: successorId,
      deputyUnitId: c,
      reason: null,
      decisionNo: null,
      decisionDate: null,
    });
    expect(confirmed.overridden).toBe(false);
    const members = await db.blocMember.findMany({ where: { blocYearId: confirmed.id } });
    expect(members.map((m) => m.unitId).sort()).toEqual([a, c, d, successorId].sort());

    // A merged unit never joins a bloc again, nor comes back from the archive.
    await expect(setMembers(board, confirmed.id, [a, c, d, successorId, b])).rejects.toMatchObject({ key: "blocs.errors.unitArchived" });
    await expect(setUnitArchived(board, b, false)).rejects.toMatchObject({ key: "reorg.errors.endedUnit" });
    await expect(mergeUnits(board, { ...input, successorId, newUnit: null })).rejects.toMatchObject({ key: "reorg.errors.unitGone" });
  });

  it("refuses an effective date after today and writes nothing", async () => {
    const [a, b] = [await unit("FA"), await unit("FB")];
    const before = await db.unitChange.count();
    const input = mergeUnitsSchema.parse({ ...decision("2099-01-01"), decisionDate: "2025-01-01", unitIds: [a, b], successorId: a });
    await expect(mergeUnits(board, input)).rejects.toMatchObject({ key: "reorg.errors.futureDate" });
    expect(await db.unitChange.count()).toBe(before);
    expect((await db.unit.findUniqueOrThrow({ where: { id: b } })).archivedAt).toBeNull();
  });
});

describe("rename", () => {
  it("keeps the old name for a 2024 document and prints the new one from the effective date", async () => {
    const oldName = `Cục Thi hành án dân sự tỉnh ${stamp}`;
    const r = await unit("R", oldName);
    const other = await unit("O");
    const y2024 = await blocYear("R", 2024, [r, other], other, r);
    const y2025 = await blocYear("R", 2025, [r, other], other, r);
    const conference = async (blocYearId: string, date: string) =>
      (
        await db.conference.create({
          data: {
            blocYearId,
            kind: "MID_YEAR",
            title: "Hội nghị sơ kết",
            date: new Date(`${date}T08:00:00+07:00`),
            hostUnitId: r,
            attendance: { create: [{ unitId: r, status: "PRESENT" }] },
          },
        })
      ).id;
    const [c2024, c2025] = [await conference(y2024.id, "2024-07-16"), await conference(y2025.id, "2025-07-16")];

    const newName = `Thi hành án dân sự tỉnh ${stamp}`;
    await renameUnit(board, renameUnitSchema.parse({ ...decision("2025-03-01"), unitId: r, name: newName, shortName: "THADS" }));
    expect((await db.unit.findUniqueOrThrow({ where: { id: r } })).name).toBe(newName);

    const text = async (id: string) =>
      docxText(
        unzip(Buffer.from((await generateDocument("minutes", id, "docx", {}, board))!.bytes))
          .get("word/document.xml")!
          .toString("utf8"),
      );
    const old = await text(c2024);
    expect(old).toContain(oldName);
    // The new name is the old one without "Cục ": it must not stand on its own in the 2024 minutes.
    expect(old).not.toMatch(new RegExp(`(?<!Cục )${newName}`));
    const current = await text(c2025);
    expect(current).toContain(newName);
    expect(current).not.toContain(oldName);

    // A second rename must come after the first.
    await expect(renameUnit(board, renameUnitSchema.parse({ ...decision("2025-01-01"), unitId: r, name: "Khác", shortName: "K" }))).rejects.toMatchObject({
      key: "reorg.errors.renameOrder",
    });
  });
});

describe("dissolution", () => {
  it("archives the unit from the effective date and the rotation passes over it", async () => {
    const [a, b, c] = [await unit("DA"), await unit("DB"), await unit("DC")];
    const y = await blocYear("D", 2024, [a, b, c], a, b);
    await db.blocRotationSlot.createMany({ data: [a, b, c].map((unitId, position) => ({ blocId: y.blocId, unitId, position })) });
    await dissolveUnit(board, dissolveUnitSchema.parse({ ...decision("2025-01-01"), unitId: b }));
    expect((await db.unit.findUniqueOrThrow({ where: { id: b } })).archivedAt).toEqual(new Date("2025-01-01T00:00:00Z"));
    // B (deputy) is gone in 2025: the unit after it leads, and B is not carried over.
    const confirmed = await confirmRotation(board, {
      blocId: y.blocId,
      fromYear: 2024,
      leaderUnitId: c,
      deputyUnitId: a,
      reason: null,
      decisionNo: null,
      decisionDate: null,
    });
    expect(confirmed.overridden).toBe(false);
    expect((await db.blocMember.findMany({ where: { blocYearId: confirmed.id } })).map((m) => m.unitId).sort()).toEqual([a, c].sort());
    await expect(dissolveUnit(board, dissolveUnitSchema.parse({ ...decision("2025-02-01"), unitId: b }))).rejects.toMatchObject({
      key: "reorg.errors.unitGone",
    });
  });
});

describe("re-division", () => {
  const YEAR = 2026;
  async function withCriteria(blocYearId: string) {
    const set = await db.criteriaSet.create({ data: { blocYearId, name: "Bảng tiêu chí", status: "PUBLISHED", publishedAt: new Date() } });
    return (await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "1", title: "Nhiệm vụ", kind: "STANDARD", maxHundredths: 1000 } })).id;
  }
  const place = (unitId: string, blocId: string) => `${unitId}>${blocId}`;
  const input = (placements: string[]) => redivideBlocsSchema.parse({ ...decision("2026-01-01"), year: String(YEAR), placements });

  it("moves a unit mid-year with its sheet; its pledge signature stays with the old bloc", async () => {
    const [l, m, n, q] = [await unit("PL"), await unit("PM"), await unit("PN"), await unit("QL")];
    const p = await blocYear("P", YEAR, [l, m, n], l, n);
    const qy = await blocYear("Q", YEAR, [q], q, null);
    const pNode = await withCriteria(p.id);
    const qNode = await withCriteria(qy.id);
    const sheet = await db.scoreSheet.create({
      data: { blocYearId: p.id, unitId: m, reviewerUnitId: n, entries: { create: [{ nodeId: pNode, layer: "SELF", hundredths: 900 }] } },
    });
    const pledge = await db.pledge.create({
      data: { blocYearId: p.id, title: "Giao ước", status: "OPEN", signatures: { create: [{ unitId: m, signerName: "A", signerTitle: "GĐ", byHead: true }] } },
    });
    const evidence = await db.attachment.create({
      data: {
        blocYearId: p.id,
        ownerType: "evidence",
        sheetId: sheet.id,
        nodeId: pNode,
        fileName: "mc.pdf",
        storedName: `mc-${sheet.id}.pdf`,
        mimeType: "application/pdf",
        size: 1,
      },
    });

    const result = await redivideBlocs(board, input([place(l, p.blocId), place(m, qy.blocId), place(n, p.blocId)]));
    expect(result.moved).toBe(1);
    expect(await db.blocMember.findUnique({ where: { unitId_year: { unitId: m, year: YEAR } } })).toMatchObject({ blocYearId: qy.id });
    const moved = await db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, include: { entries: true } });
    expect(moved).toMatchObject({ blocYearId: qy.id, reviewerUnitId: null });
    expect(moved.entries.map((e) => e.nodeId)).toEqual([qNode]);
    expect(await db.attachment.findUnique({ where: { id: evidence.id } })).toMatchObject({ blocYearId: qy.id, sheetId: sheet.id, nodeId: qNode });
    expect(await db.pledgeSignature.count({ where: { pledgeId: pledge.id, unitId: m } })).toBe(1);
    expect(await db.blocRotationSlot.findUnique({ where: { blocId_unitId: { blocId: qy.blocId, unitId: m } } })).not.toBeNull();
    expect(await db.blocRedivisionMove.findFirst({ where: { redivisionId: result.id } })).toMatchObject({
      unitId: m,
      fromBlocYearId: p.id,
      toBlocYearId: qy.id,
      sheetMoved: true,
    });
    expect(await db.auditLog.count({ where: { action: "bloc.redivide", entityId: result.id } })).toBe(1);
  });

  it("refuses a move once a ranking is signed off, and a leader's move, changing nothing", async () => {
    const [l, m, d, q] = [await unit("RL"), await unit("RM"), await unit("RD"), await unit("RQ")];
    const p = await blocYear("R1", YEAR, [l, m, d], l, d);
    const qy = await blocYear("R2", YEAR, [q], q, null);
    await withCriteria(p.id);
    await withCriteria(qy.id);
    await db.scoreSheet.create({ data: { blocYearId: p.id, unitId: m } });
    await db.rankingSnapshot.create({ data: { blocYearId: qy.id, status: "SIGNED_OFF", signerName: "x", data: {} } });
    const before = await db.blocRedivision.count();

    await expect(redivideBlocs(board, input([place(m, qy.blocId)]))).rejects.toMatchObject({
      key: "reorg.errors.sheetLocked",
      params: { unit: expect.stringContaining("RM") },
    });
    await expect(redivideBlocs(board, input([place(d, qy.blocId)]))).rejects.toMatchObject({ key: "blocs.errors.leaderMustStay" });
    await expect(redivideBlocs(board, input([place(l, p.blocId)]))).rejects.toMatchObject({ key: "reorg.errors.noMoves" });
    expect(await db.blocRedivision.count()).toBe(before);
    expect((await db.blocMember.findMany({ where: { blocYearId: p.id } })).length).toBe(3);
  });
});
