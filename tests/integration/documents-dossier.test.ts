import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { buildDocument, generateDocument } from "@/lib/documents/generate";
import type { DocumentKind } from "@/lib/documents/kinds";
import type { AppSession } from "@/lib/auth/session-types";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { GET } from "@/app/api/documents/[kind]/[id]/route";
import { actor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.current }));

// The award dossier (review minutes, submission, achievement reports) from rows written with
// plain prisma in a scratch bloc year, checked as files, and who may download it.

const stamp = Math.random().toString(36).slice(2, 7).toUpperCase();
const code = `DOS${stamp}`;
const YEAR = 2039;
const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const names = ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"].map((n) => `${n} ${stamp}`);

let unitIds: string[] = [];
let outsiderUnitId: string;
let otherBlocMemberId: string;
let snapshotId: string;
let proposalId: string;
let nomineeIds: string[] = [];

const group = (groupCode: string, title: string, standard: number) => ({ groupCode, title, standard, bonus: 0, deduction: 0, total: standard });
function rankingData(): RankingSnapshotData {
  const rows = [
    { i: 0, rank: 1, I: 45.5, II: 48, bonus: 2 },
    { i: 1, rank: 2, I: 44, II: 47.25, bonus: 0 },
    { i: 2, rank: 3, I: 40, II: 45, bonus: 0 },
  ].map(({ i, rank, I, II, bonus }) => ({
    unitId: unitIds[i],
    unitName: names[i],
    rank,
    shared: false,
    totals: { standard: I + II, bonus, deduction: 0, total: I + II + bonus },
    byGroup: [group("I", "Công tác chỉ đạo, điều hành", I), group("II", "Thực hiện nhiệm vụ chuyên môn", II)],
    gates: { passed: ["G1"], failed: [], missing: [] },
    allGatesPassed: true,
    submittedAt: null,
    sheetId: `sheet-${i}`,
    aboveSeparation: null,
    belowSeparation: null,
    leaves: [],
  }));
  return { computedAt: new Date().toISOString(), rules: [{ kind: "fewerDeduction" }], rows, unresolvedTies: [], ballots: [] };
}

beforeAll(async () => {
  unitIds = [];
  for (const [i, name] of names.entries()) {
    const u = await db.unit.create({
      data: { code: `${code}-${i}`, name, shortName: name, headName: i === 0 ? "Trần Thị Ngọc Ánh" : null, headTitle: i === 0 ? "Giám đốc Sở Nội vụ" : null },
    });
    unitIds.push(u.id);
  }
  outsiderUnitId = (await db.unit.create({ data: { code: `${code}-X`, name: `Sở Y tế ${stamp}`, shortName: "Sở Y tế" } })).id;
  const bloc = await db.bloc.create({ data: { code, name: `Khối thi đua các cơ quan Nội chính ${stamp}`, kind: "KHOI" } });
  const year = await db.blocYear.create({
    data: { blocId: bloc.id, year: YEAR, leaderUnitId: unitIds[0], deputyUnitId: unitIds[1], members: { create: unitIds.map((unitId) => ({ unitId })) } },
  });
  // Another bloc where the outsider is a member: it sees that bloc, not this one.
  const other = await db.bloc.create({ data: { code: `${code}O`, name: `Khối khác ${stamp}`, kind: "KHOI" } });
  await db.blocYear.create({ data: { blocId: other.id, year: YEAR, members: { create: [{ unitId: outsiderUnitId }] } } });
  otherBlocMemberId = outsiderUnitId;

  await db.conference.create({
    data: {
      blocYearId: year.id,
      kind: "YEAR_END",
      title: `Hội nghị tổng kết năm ${YEAR}`,
      date: new Date(`${YEAR}-12-10T01:30:00Z`),
      venue: "Hội trường Sở Nội vụ",
      chairName: "Trần Thị Ngọc Ánh",
      chairTitle: "Giám đốc Sở Nội vụ",
      attendance: { create: unitIds.map((unitId) => ({ unitId, status: "PRESENT" as const })) },
    },
  });
  const snapshot = await db.rankingSnapshot.create({
    data: { blocYearId: year.id, status: "SIGNED_OFF", data: rankingData(), signedAt: new Date(`${YEAR}-12-10T04:00:00Z`), signerName: "Trần Thị Ngọc Ánh" },
  });
  snapshotId = snapshot.id;
  const flag = await db.awardForm.create({ data: { code: `CO${stamp}`, name: "Cờ thi đua của Ủy ban nhân dân tỉnh", position: 1 } });
  const merit = await db.awardForm.create({ data: { code: `BK${stamp}`, name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", position: 2 } });
  const proposal = await db.awardProposal.create({ data: { blocYearId: year.id, rankingId: snapshotId } });
  proposalId = proposal.id;
  nomineeIds = [];
  for (const [i, form] of [flag, merit].entries()) {
    nomineeIds.push((await db.awardNominee.create({ data: { proposalId, unitId: unitIds[i], awardFormId: form.id, position: 1 } })).id);
  }
});

async function textOf(kind: DocumentKind, id: string) {
  const docx = await generateDocument(kind, id, "docx", {}, actor());
  const pdf = await generateDocument(kind, id, "pdf", {}, actor());
  expect(docx).not.toBeNull();
  expect(pdf).not.toBeNull();
  return {
    docx: docxText(unzip(Buffer.from(docx!.bytes)).get("word/document.xml")!.toString("utf8")),
    pdf: await pdfText(pdf!.bytes),
    docxName: docx!.fileName,
    pdfName: pdf!.fileName,
  };
}

describe("review minutes", () => {
  it("prints the meeting, the ranking rows and the chair, in DOCX and PDF", async () => {
    const t = await textOf("review-minutes", snapshotId);
    expect(t.docxName).toBe(`bien-ban-binh-xet_${code}_${YEAR}.docx`);
    expect(t.pdfName).toBe(`bien-ban-binh-xet_${code}_${YEAR}.pdf`);
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain(NATIONAL);
      expect(text).toContain("BIÊN BẢN");
      expect(text).toContain(`Họp bình xét thi đua năm ${YEAR}`);
      expect(text).toContain("Hội trường Sở Nội vụ");
      for (const n of names) expect(text).toContain(n.normalize("NFC"));
      expect(text).toContain("95,5"); // 45,5 + 48 + 2
      expect(text).toContain("91,25");
      expect(text).toContain("Trần Thị Ngọc Ánh");
    }
    expect(t.docx).toContain(`1${names[0]}45,5482095,5Đạt`); // one table row, cells run together
  });
});

describe("award submission and achievement reports", () => {
  it("prints the submission with the nominees and their award forms", async () => {
    const t = await textOf("award-submission", proposalId);
    expect(t.docxName).toBe(`to-trinh-de-nghi-khen-thuong_${code}_${YEAR}.docx`);
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain(NATIONAL);
      expect(text).toContain("TỜ TRÌNH");
      expect(text).toContain("Kính gửi:");
      expect(text).toContain("Cờ thi đua của Ủy ban nhân dân tỉnh");
      expect(text).toContain(`ngày 10/12/${YEAR}`); // the review meeting
      expect(text).toContain(names[1].normalize("NFC"));
    }
    expect(t.docx).toContain(`1${names[0]}195,5Cờ thi đua của Ủy ban nhân dân tỉnh`);
  });

  it("prints each nominee's report in the statutory form; the ranking is the approved one's, so none yet", async () => {
    const t = await textOf("achievement-report", nomineeIds[1]);
    expect(t.pdfName).toBe(`bao-cao-thanh-tich_${code}-1_${YEAR}.pdf`);
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain(NATIONAL);
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain("Thành tích đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
      expect(text).toContain(`Kết quả xếp hạng thi đua năm ${YEAR} của Khối chưa được phê duyệt.`);
      expect(text).toContain("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
      expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    }
  });
});

describe("who may download the dossier", () => {
  const officer = (unitId: string) => actor({ role: "UNIT_OFFICER", unitId, allBlocs: false });
  const build = (kind: DocumentKind, id: string, who: AppSession) => buildDocument(kind, id, visibleBlocsWhere(who), who);

  it("before approval: board staff and the leader unit; a nominee its own report; other members nothing", async () => {
    for (const who of [actor(), actor({ role: "COUNCIL" }), officer(unitIds[0])]) {
      expect(await build("review-minutes", snapshotId, who)).not.toBeNull();
      expect(await build("award-submission", proposalId, who)).not.toBeNull();
      expect(await build("achievement-report", nomineeIds[1], who)).not.toBeNull();
    }
    expect(await build("achievement-report", nomineeIds[1], officer(unitIds[1]))).not.toBeNull();
    expect(await build("achievement-report", nomineeIds[0], officer(unitIds[1]))).toBeNull();
    expect(await build("review-minutes", snapshotId, officer(unitIds[2]))).toBeNull();
    expect(await build("award-submission", proposalId, officer(unitIds[2]))).toBeNull();
    // Without a viewer the dossier is never built.
    expect(await buildDocument("review-minutes", snapshotId, {})).toBeNull();
  });

  it("refuses another bloc, and answers 404 through the route as for a missing document", async () => {
    const otherBoard = actor({ role: "BOARD", allBlocs: false, assignedBlocIds: ["some-other-bloc"] });
    for (const who of [officer(otherBlocMemberId), otherBoard]) {
      expect(await build("review-minutes", snapshotId, who)).toBeNull();
      expect(await build("award-submission", proposalId, who)).toBeNull();
      expect(await build("achievement-report", nomineeIds[0], who)).toBeNull();
    }
    const call = (kind: string, id: string) =>
      GET(new Request(`http://localhost/api/documents/${kind}/${id}?format=docx`), { params: Promise.resolve({ kind, id }) });
    session.current = officer(unitIds[2]);
    expect((await call("review-minutes", snapshotId)).status).toBe(404);
    expect((await call("review-minutes", "missing")).status).toBe(404);
    session.current = officer(unitIds[0]);
    const ok = await call("award-submission", proposalId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename="to-trinh-de-nghi-khen-thuong_${code}_${YEAR}.docx"`);
  });

  it("after approval: every member of the year", async () => {
    await db.rankingSnapshot.update({ where: { id: snapshotId }, data: { status: "APPROVED", approvedAt: new Date() } });
    expect(await build("review-minutes", snapshotId, officer(unitIds[2]))).not.toBeNull();
    expect(await build("award-submission", proposalId, officer(unitIds[2]))).not.toBeNull();
    expect(await build("achievement-report", nomineeIds[0], officer(unitIds[2]))).not.toBeNull();
    expect(await build("review-minutes", snapshotId, officer(otherBlocMemberId))).toBeNull();
  });
});
