import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAchievementReport } from "@/lib/achievement-reports/service";
import { reportFacts } from "@/lib/achievement-reports/report-facts";
import { generateDocument } from "@/lib/documents/generate";
import { DomainError } from "@/lib/errors";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { storedActor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

// The unit's achievement report (lib/achievement-reports): written by the unit until the proposal
// is sent, prefilled from its registration, with its earlier awards and ranking read from the
// database; the document drawn from it, read back from both files.

const stamp = Math.random().toString(36).slice(2, 7).toUpperCase();
const YEAR = 2028;
let unitId: string;
let otherId: string;
let yearId: string;
let proposalId: string;
let nomineeId: string;

const texts = {
  situation: "Trụ sở tại Phủ Lý; 45 công chức.",
  duties: "Tham mưu về công tác thanh tra.",
  results: "Hoàn thành 18/18 cuộc thanh tra.",
  causes: "Đoàn kết.",
  lessons: "Bám sát kế hoạch.",
};

function snapshot(): RankingSnapshotData {
  const row = (id: string, rank: number, total: number) => ({
    unitId: id,
    unitName: id,
    rank,
    shared: false,
    totals: { standard: total, bonus: 0, deduction: 0, total },
    byGroup: [],
    gates: { passed: [], failed: [], missing: [] },
    allGatesPassed: true,
    submittedAt: null,
    sheetId: `s-${id}`,
    aboveSeparation: null,
    belowSeparation: null,
    leaves: [],
  });
  return { computedAt: new Date().toISOString(), rules: [], rows: [row(unitId, 1, 97.5), row(otherId, 2, 90)], unresolvedTies: [], ballots: [] };
}

beforeAll(async () => {
  unitId = (
    await db.unit.create({
      data: { code: `AR${stamp}`, name: `Thanh tra tỉnh ${stamp}`, shortName: "TTT", headName: "Hoàng Văn Nam", headTitle: "Chánh Thanh tra tỉnh" },
    })
  ).id;
  otherId = (await db.unit.create({ data: { code: `AR${stamp}B`, name: `Sở Tư pháp ${stamp}`, shortName: "STP" } })).id;
  const bloc = await db.bloc.create({ data: { code: `AR${stamp}`, name: `Khối thi đua Nội chính ${stamp}`, kind: "KHOI" } });
  const members = { create: [{ unitId }, { unitId: otherId }] };
  const flag = await db.awardForm.create({ data: { code: `ARCO${stamp}`, name: "Cờ thi đua của Ủy ban nhân dân tỉnh", position: 1 } });
  const merit = await db.awardForm.create({ data: { code: `ARBK${stamp}`, name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", position: 2 } });
  // Last year: decided, the unit given a certificate of merit.
  const last = await db.blocYear.create({ data: { blocId: bloc.id, year: YEAR - 1, leaderUnitId: otherId, members } });
  await db.awardProposal.create({
    data: {
      blocYearId: last.id,
      status: "DECIDED",
      decisionNumber: "198/QĐ-UBND",
      decisionDate: new Date(`${YEAR}-01-20T00:00:00Z`),
      decisionIssuer: "Chủ tịch Ủy ban nhân dân tỉnh",
      nominees: { create: [{ unitId, awardFormId: merit.id, position: 0, awarded: true }] },
    },
  });
  const year = await db.blocYear.create({ data: { blocId: bloc.id, year: YEAR, leaderUnitId: unitId, members } });
  yearId = year.id;
  await db.registration.create({
    data: {
      blocYearId: yearId,
      unitId,
      status: "SUBMITTED",
      titles: { create: [{ awardFormId: flag.id }] },
      targets: { create: [{ position: 0, content: "Hoàn thành kế hoạch thanh tra", value: 100, measure: "%" }] },
    },
  });
  const ranking = await db.rankingSnapshot.create({
    data: { blocYearId: yearId, status: "APPROVED", data: snapshot(), signedAt: new Date(), signerName: "Hoàng Văn Nam" },
  });
  const proposal = await db.awardProposal.create({
    data: { blocYearId: yearId, rankingId: ranking.id, nominees: { create: [{ unitId, awardFormId: flag.id, position: 0 }] } },
    include: { nominees: true },
  });
  proposalId = proposal.id;
  nomineeId = proposal.nominees[0].id;
});

const officer = () => storedActor({ userId: `ar-officer-${stamp}`, username: `ar-${stamp}`, role: "UNIT_OFFICER", unitId, allBlocs: false });

describe("the unit's report", () => {
  it("is prefilled from the unit's data: targets, ranking, registered titles, earlier awards", async () => {
    const facts = (await reportFacts(db, yearId, unitId))!;
    expect(facts.stored).toBeNull();
    expect(facts.ranking).toEqual({ rank: 1, count: 2, total: "97,5", shared: false });
    expect(facts.registered).toEqual(["Cờ thi đua của Ủy ban nhân dân tỉnh"]);
    expect(facts.targets).toEqual([{ content: "Hoàn thành kế hoạch thanh tra", value: "100", measure: "%" }]);
    expect(facts.pastAwards).toMatchObject([{ year: YEAR - 1, formName: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", decisionNumber: "198/QĐ-UBND" }]);
  });

  it("is saved with an audit entry, and a stale version is refused", async () => {
    const who = await officer();
    const first = await saveAchievementReport(who, yearId, unitId, { version: 0, ...texts });
    expect(first.version).toBe(1);
    const second = await saveAchievementReport(who, yearId, unitId, { version: 1, ...texts, lessons: "Bám sát kế hoạch, chủ động phối hợp." });
    expect(second.version).toBe(2);
    await expect(saveAchievementReport(who, yearId, unitId, { version: 1, ...texts })).rejects.toMatchObject({ key: "achievementReports.errors.stale" });
    const row = await db.achievementReport.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: yearId, unitId } } });
    expect(row).toMatchObject({ ...texts, lessons: "Bám sát kế hoạch, chủ động phối hợp.", version: 2, updatedById: who.userId });
    const audit = await db.auditLog.findMany({ where: { entityType: "AchievementReport", entityId: row.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["achievementReport.save", "achievementReport.save"]);
    expect(audit[0].blocId).not.toBeNull();
  });

  it("is frozen once the proposal is sent, and open again when it is returned", async () => {
    const who = await officer();
    await db.awardProposal.update({ where: { id: proposalId }, data: { status: "SUBMITTED", submittedAt: new Date(`${YEAR}-12-28T03:00:00Z`) } });
    const before = await db.achievementReport.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: yearId, unitId } } });
    const refused = saveAchievementReport(who, yearId, unitId, { version: before.version, ...texts, causes: "Ghi đè" });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ key: "achievementReports.errors.sent" });
    expect(await db.achievementReport.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ version: before.version, causes: texts.causes });
    await db.awardProposal.update({ where: { id: proposalId }, data: { status: "RETURNED" } });
    expect((await saveAchievementReport(who, yearId, unitId, { version: before.version, ...texts })).version).toBe(before.version + 1);
    await db.awardProposal.update({ where: { id: proposalId }, data: { status: "SUBMITTED" } });
  });
});

describe("the report as a document", () => {
  it("prints the unit's text, the ranking once and the earlier awards, dated by the submission", async () => {
    const docx = (await generateDocument("achievement-report", nomineeId, "docx", {}, await officer()))!;
    const pdf = (await generateDocument("achievement-report", nomineeId, "pdf", {}, await officer()))!;
    const xml = unzip(Buffer.from(docx.bytes)).get("word/document.xml")!.toString("utf8");
    for (const text of [docxText(xml), await pdfText(pdf.bytes)]) {
      for (const t of Object.values(texts)) expect(text).toContain(t);
      for (const h of [
        "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
        "1. Danh hiệu thi đua",
        "2. Hình thức khen thưởng",
      ])
        expect(text).toContain(h);
      expect(text.match(/97,5/g)).toHaveLength(1);
      expect(text).toContain(`ngày 28 tháng 12 năm ${YEAR}`);
      expect(text).toContain("198/QĐ-UBND ngày 20/01/");
      expect(text).toContain("NHẬN XÉT, XÁC NHẬN");
      expect(text).toContain("CHÁNH THANH TRA TỈNH");
    }
    // Heading styles carry the sections; the two award tables are ruled tables of the document's style.
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:tblStyle w:val="DocumentTable"\/>/g)).toHaveLength(2);
  });
});
