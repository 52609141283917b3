// Fresh bloc years for the lock races (tests/integration/lock-races-*.test.ts), written straight to
// the database (no audit entries, so the only entries are the race's own).
import { db } from "@/lib/db";
import { newStoredName, writeStoredFile } from "@/lib/attachments/storage";

const DAY = 24 * 60 * 60 * 1000;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

export type RaceYear = Awaited<ReturnType<typeof raceYear>>;

/**
 * A bloc year of three members, leader u0 and deputy u1, with a published criteria set (group I:
 * leaf 1 max 10, leaf 2 max 20 with evidence required) and an open round. u0 and u1 have submitted
 * sheets; u2's sheet is submitted or a draft (fully scored, with its evidence file), or missing. Totals
 * differ, so a sign-off has no tie to resolve.
 */
export async function raceYear(calendarYear: number, u2: "submitted" | "draft" | "none") {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const units = [];
  for (let i = 0; i < 3; i++) units.push(await db.unit.create({ data: { code: `R${tag}-${i}`, name: `Đơn vị đua ${i} (${tag})`, shortName: `Đ${i}` } }));
  const bloc = await db.bloc.create({ data: { code: `RK${tag}`, name: `Khối đua ${tag}`, kind: "KHOI" } });
  const year = await db.blocYear.create({ data: { blocId: bloc.id, year: calendarYear, leaderUnitId: units[0].id, deputyUnitId: units[1].id } });
  await db.blocMember.createMany({ data: units.map((u) => ({ blocYearId: year.id, year: calendarYear, unitId: u.id })) });
  const set = await db.criteriaSet.create({
    data: { blocYearId: year.id, name: `Bảng tiêu chí ${calendarYear}`, status: "PUBLISHED", publishedAt: new Date() },
  });
  const group = await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "I", title: "Nhiệm vụ chung" } });
  const leaf = (position: number, code: string, max: number, evidenceRequired: boolean) =>
    db.criterionNode.create({
      data: { setId: set.id, parentId: group.id, position, code, title: `Tiêu chí ${code}`, kind: "STANDARD", maxHundredths: max * 100, evidenceRequired },
    });
  const nodes = { n1: await leaf(0, "1", 10, false), n2: await leaf(1, "2", 20, true) };
  const round = await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
  const sheets: Record<string, { id: string; version: number }> = {};
  for (const [i, u] of units.entries()) {
    if (i === 2 && u2 === "none") continue;
    const submitted = i < 2 || u2 === "submitted";
    const sheet = await db.scoreSheet.create({
      data: {
        blocYearId: year.id,
        unitId: u.id,
        ...(submitted ? { status: "SUBMITTED" as const, submittedAt: new Date(), headApprovedBy: "Thủ trưởng" } : {}),
      },
    });
    await db.scoreEntry.create({ data: { sheetId: sheet.id, nodeId: nodes.n1.id, layer: "SELF", hundredths: (9 - i) * 100, byName: "Cán bộ" } });
    await db.scoreEntry.create({ data: { sheetId: sheet.id, nodeId: nodes.n2.id, layer: "SELF", hundredths: (18 - i) * 100, byName: "Cán bộ" } });
    sheets[`u${i}`] = sheet;
  }
  let evidenceId: string | null = null;
  if (u2 !== "none") {
    const storedName = newStoredName("pdf");
    await writeStoredFile(storedName, PDF);
    const owner = { ownerType: "evidence", sheetId: sheets.u2.id, nodeId: nodes.n2.id };
    const file = { blocYearId: year.id, ...owner, fileName: "minh-chung.pdf", storedName, mimeType: "application/pdf", size: PDF.length };
    evidenceId = (await db.attachment.create({ data: file })).id;
  }
  return {
    id: year.id,
    calendarYear,
    blocId: bloc.id,
    blocCode: bloc.code,
    u: { u0: units[0].id, u1: units[1].id, u2: units[2].id },
    u2Code: units[2].code,
    sheets,
    nodes: { n1: nodes.n1.id, n2: nodes.n2.id },
    roundId: round.id,
    evidenceId,
    pdf: PDF,
  };
}
