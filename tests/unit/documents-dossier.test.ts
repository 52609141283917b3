import { describe, expect, it } from "vitest";
import { achievementReportDocument } from "@/lib/documents/content/achievement-report";
import { awardSubmissionDocument } from "@/lib/documents/content/award-submission";
import { rankingTable, standardGroups } from "@/lib/documents/content/ranking-table";
import { reviewMinutesDocument } from "@/lib/documents/content/review-minutes";
import { canSeeDossier } from "@/lib/blocs/policy";
import type { AchievementReportDocData, AwardSubmissionDocData, ReviewMinutesDocData } from "@/lib/documents/data";
import type { Block, Cell, Table } from "@/lib/documents/model";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { actor } from "../support/actors";
import type { ReportFacts } from "@/lib/achievement-reports/facts";
import { COLLECTIVE_ACHIEVEMENT_FORMS, formInForceOn } from "@/lib/documents/statutory-forms";

// The award dossier's content builders, from hand-built data: headings, the ranking table,
// numbers with a comma decimal, placeholders for the prose a unit writes.

const settings = { councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam", boardName: "Ban Thi đua - Khen thưởng, Sở Nội vụ", place: "Hà Nam" };
const unit = (id: string, name: string, headName: string | null = null, headTitle: string | null = null) => ({
  id,
  code: `NC-${id.toUpperCase()}`,
  name,
  shortName: name,
  headName,
  headTitle,
});
const members = [
  unit("u1", "Sở Nội vụ", "Trần Thị Ngọc Ánh", "Giám đốc Sở Nội vụ"),
  unit("u2", "Sở Tư pháp", "Nguyễn Đức Hưởng", "Giám đốc Sở Tư pháp"),
  unit("u3", "Thanh tra tỉnh"),
];
const year = {
  id: "y",
  year: 2026,
  bloc: { id: "b", code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính tỉnh", kind: "KHOI" },
  leaderUnitId: "u1",
  deputyUnitId: "u2",
  leader: members[0],
  deputy: members[1],
  members,
};

const group = (groupCode: string, title: string, standard: number, bonus = 0, deduction = 0) => ({
  groupCode,
  title,
  standard,
  bonus,
  deduction,
  total: standard + bonus - deduction,
});
const leaf = (code: string, title: string, kind: string) => ({
  code,
  title,
  kind,
  self: null,
  reviewed: null,
  appraised: null,
  final: null,
  finalLayer: null,
  reason: null,
  by: null,
  evidenceCount: 0,
});
const leaves = [
  leaf("B1", "Được tặng Cờ thi đua của tỉnh", "bonus"),
  leaf("D1", "Báo cáo chậm, thiếu hoặc sai", "deduction"),
  leaf("G1", "Nội bộ đoàn kết", "gate"),
];
function row(unitId: string, unitName: string, rank: number, shared: boolean, I: number, II: number, bonus: number, deduction: number, gate: boolean) {
  const byGroup = [
    group("I", "Công tác chỉ đạo, điều hành", I),
    group("II", "Thực hiện nhiệm vụ chuyên môn", II),
    group("B1", "Được tặng Cờ thi đua của tỉnh", 0, bonus),
    group("D1", "Báo cáo chậm", 0, 0, deduction),
    group("G1", "Nội bộ đoàn kết", 0),
  ];
  return {
    unitId,
    unitName,
    rank,
    shared,
    totals: { standard: I + II, bonus, deduction, total: Math.round((I + II + bonus - deduction) * 100) / 100 },
    byGroup,
    gates: gate ? { passed: ["G1"], failed: [], missing: [] } : { passed: [], failed: ["G1"], missing: [] },
    allGatesPassed: gate,
    submittedAt: null,
    sheetId: `s-${unitId}`,
    aboveSeparation: null,
    belowSeparation: null,
    leaves,
  };
}
const data: RankingSnapshotData = {
  computedAt: "2026-12-10T02:00:00.000Z",
  rules: [{ kind: "groupScore", groupCode: "II" }, { kind: "fewerDeduction" }, { kind: "ballot" }],
  rows: [
    row("u2", "Sở Tư pháp", 2, true, 40, 50.5, 0, 1, true),
    row("u1", "Sở Nội vụ", 1, false, 45, 50, 2.25, 0, true),
    row("u3", "Thanh tra tỉnh", 2, true, 40.5, 49, 0, 0, false),
  ],
  unresolvedTies: [],
  ballots: [{ id: "bal", votes: { u2: 3, u3: 1 }, presentCount: 4, memberCount: 5 }],
};
const snapshot = {
  id: "snap",
  status: "APPROVED",
  data,
  signedAt: new Date("2026-12-10T02:00:00Z"),
  signerName: "Trần Thị Ngọc Ánh",
  approvedAt: new Date("2026-12-15T03:00:00Z"),
};

const cellText = (c: Cell) => c.map((l) => l.map((r) => r.text).join("")).join(" / ");
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === "table");
const rowsOf = (t: Table) => t.rows.map((r) => r.map(cellText));
const allText = (blocks: Block[]) =>
  blocks
    .flatMap((b) =>
      b.type === "paragraph"
        ? [b.runs.map((r) => r.text).join("")]
        : b.type === "table"
          ? b.rows.flat().map(cellText)
          : b.columns.flatMap((c) => c.lines.map((l) => l.runs.map((r) => r.text).join(""))),
    )
    .join("\n");

describe("ranking table", () => {
  it("has a column per standard group, then bonus, deduction, total and gates; rows by rank with comma decimals", () => {
    expect(standardGroups(data).map((g) => g.code)).toEqual(["I", "II"]);
    const t = rankingTable(data);
    expect(t.columns.map((c) => c.header)).toEqual(["Hạng", "Đơn vị", "I", "II", "Thưởng", "Trừ", "Tổng", "Điều kiện"]);
    expect(rowsOf(t)).toEqual([
      ["1", "Sở Nội vụ", "45", "50", "2,25", "0", "97,25", "Đạt"],
      ["2 / (đồng hạng)", "Sở Tư pháp", "40", "50,5", "0", "1", "89,5", "Đạt"],
      ["2 / (đồng hạng)", "Thanh tra tỉnh", "40,5", "49", "0", "0", "89,5", "Không đạt"],
    ]);
  });
});

describe("review minutes", () => {
  const base = { blocYear: year, snapshot, pledge: null, criteriaSet: null, latestApproved: null, nominees: [] };

  it("takes time, place and attendance from the year-end conference", () => {
    const meeting = {
      date: new Date("2026-12-10T01:30:00Z"),
      venue: "Hội trường Sở Nội vụ",
      chairName: "Trần Thị Ngọc Ánh",
      chairTitle: "Giám đốc Sở Nội vụ",
      attendance: [
        { unitId: "u2", status: "PRESENT", representativeName: "Nguyễn Đức Hưởng", unit: members[1] },
        { unitId: "u1", status: "PRESENT", representativeName: null, unit: members[0] },
        { unitId: "u3", status: "ABSENT", representativeName: null, unit: members[2] },
      ],
    };
    const doc = reviewMinutesDocument({ ...base, meeting } as unknown as ReviewMinutesDocData, settings);
    // The bloc alone, and no place-and-date line (Mẫu 1.9).
    expect(doc.frame).toMatchObject({
      issuerParent: "",
      issuerName: year.bloc.name,
      numberLine: "Số: …/BB-NOICHINH",
      placeDate: "",
      docType: "BIÊN BẢN",
      summary: ["Họp bình xét thi đua năm 2026", year.bloc.name],
    });
    const text = allText(doc.blocks);
    expect(text).toContain("Thời gian bắt đầu: Vào hồi 08 giờ 30, ngày 10 tháng 12 năm 2026.");
    expect(text).toContain("Địa điểm: Hội trường Sở Nội vụ");
    expect(text).toContain("Chủ trì (chủ tọa): Trần Thị Ngọc Ánh, Giám đốc Sở Nội vụ");
    expect(text).toContain("có mặt 2/3 đơn vị, gồm:");
    expect(text).toContain("- Sở Nội vụ (Trưởng khối);\n- Sở Tư pháp (Phó Trưởng khối): Nguyễn Đức Hưởng;");
    for (const h of ["I. THÀNH PHẦN THAM DỰ", "II. NỘI DUNG CUỘC HỌP", "III. KẾT LUẬN"]) expect(text).toContain(h);
    expect(text).toContain(
      "a) Điểm nhóm tiêu chí II (Thực hiện nhiệm vụ chuyên môn) cao hơn;\nb) Điểm trừ ít hơn;\nc) Nhiều phiếu bầu hơn tại cuộc họp bình xét;",
    );
    expect(text).toContain("Ghi chú: I: Công tác chỉ đạo, điều hành; II: Thực hiện nhiệm vụ chuyên môn.");
    expect(text).toContain("Khối thống nhất kết quả chấm điểm, xếp hạng năm 2026 như trên.");
    expect(text).toContain("CHỦ TỌA\nTrần Thị Ngọc Ánh");
    const [ranking, ballot] = tables(doc.blocks);
    expect(rowsOf(ranking)[0]).toEqual(["1", "Sở Nội vụ", "45", "50", "2,25", "0", "97,25", "Đạt"]);
    expect(text).toContain("có mặt 4/5 đơn vị thành viên.");
    expect(rowsOf(ballot)).toEqual([
      ["1", "Sở Tư pháp", "3"],
      ["2", "Thanh tra tỉnh", "1"],
    ]);
  });

  it("falls back on the sign-off date and placeholders without a conference", () => {
    const doc = reviewMinutesDocument(
      { ...base, meeting: null, snapshot: { ...snapshot, data: { ...data, rules: [], ballots: [] } } } as unknown as ReviewMinutesDocData,
      settings,
    );
    const text = allText(doc.blocks);
    expect(doc.frame.placeDate).toBe("");
    expect(text).toContain("Thời gian bắt đầu: Vào hồi …… giờ ……, ngày 10 tháng 12 năm 2026.");
    expect(text).toMatch(/Địa điểm: …+/);
    expect(text).toContain("Chủ trì (chủ tọa): Trần Thị Ngọc Ánh, Giám đốc Sở Nội vụ");
    expect(text).toMatch(/Thư ký \(người ghi biên bản\): …+/);
    expect(text).toContain("có mặt ……/3 đơn vị");
    expect(text).toContain("Không áp dụng tiêu chí phụ");
    expect(text).not.toContain("Kết quả bỏ phiếu");
    expect(tables(doc.blocks)).toHaveLength(1);
  });
});

const forms = {
  flag: { id: "f1", code: "CO", name: "Cờ thi đua của UBND tỉnh", position: 1 },
  merit: { id: "f2", code: "BK", name: "Bằng khen của Chủ tịch UBND tỉnh", position: 2 },
};
const nominee = (id: string, u: (typeof members)[number], awardForm: typeof forms.flag) => ({
  id,
  unitId: u.id,
  unit: { ...u, code: `NC-${u.id.toUpperCase()}` },
  awardForm,
  awardFormId: awardForm.id,
  position: 1,
  awarded: null,
});
const proposal = {
  id: "p",
  number: null,
  submittedAt: null,
  nominees: [nominee("n1", members[0], forms.flag), nominee("n2", members[1], forms.merit)],
};

describe("award submission", () => {
  const d = {
    blocYear: year,
    meeting: null,
    pledge: { title: "Giao ước thi đua năm 2026", actDate: { date: new Date("2026-02-28T03:00:00Z"), year: null } },
    criteriaSet: { name: "Bảng tiêu chí chấm điểm thi đua", publishedAt: null },
    latestApproved: null,
    snapshot,
    proposal,
    regulations: [],
  } as unknown as AwardSubmissionDocData;
  const doc = awardSubmissionDocument(d, settings);

  it("is issued by the leader unit for the bloc, to the council through the board", () => {
    // The leader unit's own header (no governing body on record here), numbered in its register.
    expect(doc.frame).toMatchObject({
      issuerParent: "",
      issuerName: "Sở Nội vụ",
      numberLine: "Số: …/TTr-NC-U1",
      docType: "TỜ TRÌNH",
      summary: ["Về việc đề nghị khen thưởng thành tích thi đua năm 2026", `của các đơn vị thuộc ${year.bloc.name}`],
    });
    expect(doc.frame.placeDate).toMatch(/^Hà Nam, ngày \s+ tháng \s+ năm 20\s+$/);
    const text = allText(doc.blocks);
    expect(text).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam (qua Ban Thi đua - Khen thưởng, Sở Nội vụ).");
    expect(text).toContain(`Căn cứ Giao ước thi đua năm 2026 ký ngày 28/02/2026 của ${year.bloc.name};`);
    expect(text).toContain(`Căn cứ Bảng tiêu chí chấm điểm thi đua năm 2026 của ${year.bloc.name};`);
    // The last căn cứ ends with ".".
    expect(text).toContain(`Căn cứ Biên bản họp bình xét thi đua năm 2026 của ${year.bloc.name} ngày 10/12/2026.`);
    expect(text).toContain("Tổng số: 2 đơn vị (Cờ thi đua của UBND tỉnh: 1 đơn vị; Bằng khen của Chủ tịch UBND tỉnh: 1 đơn vị).");
    // Under its own header the unit's head signs by the bare title.
    expect(text).toContain("GIÁM ĐỐC\nTrần Thị Ngọc Ánh");
    expect(text).toContain("Nơi nhận:\n- Như trên;");
  });

  it("cites the legal documents in force on its date, none when none are on record", () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const law = (id: string, number: string, issued: string, from: string, until: string | null) => ({
      id,
      number,
      title: "Luật Thi đua, khen thưởng",
      issuer: null,
      issuedOn: day(issued),
      inForceFrom: day(from),
      inForceUntil: until ? day(until) : null,
      position: 1,
    });
    const legal = [law("a", "15/2003/QH11", "2003-11-26", "2004-07-01", "2024-01-01"), law("b", "06/2022/QH15", "2022-06-15", "2024-01-01", null)];
    const grounds = (submittedAt: Date | null, today: Date) =>
      allText(awardSubmissionDocument({ ...d, proposal: { ...proposal, submittedAt } } as AwardSubmissionDocData, { ...settings, legal, today }).blocks)
        .split("\n")
        .filter((l) => l.startsWith("Căn cứ Luật"));
    // Submitted in December 2023: the 2003 law, whatever the day the file is printed.
    expect(grounds(new Date("2023-12-20T02:00:00Z"), new Date("2026-12-06T02:00:00Z"))).toEqual([
      "Căn cứ Luật Thi đua, khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003;",
    ]);
    // Not yet submitted: what is in force today.
    expect(grounds(null, new Date("2026-12-06T02:00:00Z"))).toEqual(["Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"]);
    expect(allText(doc.blocks)).not.toContain("Căn cứ Luật");
  });

  it("cites the bloc's regulation in force on its date, after the legal documents", () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const regulations = [
      { title: "Quy chế hoạt động 2025", adoptedOn: day("2025-03-01"), conference: null, decision: null },
      {
        title: "Quy chế tổ chức và hoạt động của Khối",
        adoptedOn: day("2026-03-10"),
        conference: null,
        decision: { number: "02/QĐ-K", issuedOn: day("2026-03-10"), issuer: "Khối thi đua" },
      },
    ];
    const grounds = (submittedAt: Date) =>
      allText(awardSubmissionDocument({ ...d, regulations, proposal: { ...proposal, submittedAt } } as AwardSubmissionDocData, settings).blocks)
        .split("\n")
        .filter((l) => l.startsWith("Căn cứ Quy chế"));
    expect(grounds(new Date("2026-02-01T02:00:00Z"))).toEqual(["Căn cứ Quy chế hoạt động 2025 thông qua ngày 1 tháng 3 năm 2025;"]);
    expect(grounds(new Date("2026-12-01T02:00:00Z"))).toEqual([
      "Căn cứ Quy chế tổ chức và hoạt động của Khối ban hành kèm theo Quyết định số 02/QĐ-K ngày 10 tháng 3 năm 2026 của Khối thi đua;",
    ]);
  });

  it("lists the nominees with award form, achievement, rank and total", () => {
    const [t] = tables(doc.blocks);
    expect(t.columns.map((c) => c.header)).toEqual(["STT", "Đơn vị", "Hình thức đề nghị", "Thành tích", "Hạng", "Tổng điểm"]);
    expect(rowsOf(t)).toEqual([
      ["1", "Sở Nội vụ", "Cờ thi đua của UBND tỉnh", "Dẫn đầu phong trào thi đua năm 2026 của Khối", "1", "97,25"],
      ["2", "Sở Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "Hoàn thành xuất sắc nhiệm vụ, xếp thứ 2/3 đơn vị của Khối", "2", "89,5"],
    ]);
  });
});

describe("achievement report", () => {
  const facts: ReportFacts = {
    unit: { id: "u2", name: "Sở Tư pháp" },
    year: 2026,
    blocName: year.bloc.name,
    ranking: { rank: 2, count: 3, total: "89,5", shared: true },
    registered: ["Bằng khen của Chủ tịch UBND tỉnh"],
    targets: [{ content: "Hoàn thành kế hoạch kiểm tra văn bản", value: "100", measure: "%" }],
    pastAwards: [
      {
        year: 2024,
        formName: "Cờ thi đua của Ủy ban nhân dân tỉnh",
        decisionNumber: "215/QĐ-UBND",
        decisionDate: new Date("2025-01-20"),
        issuer: "Chủ tịch UBND tỉnh",
      },
      {
        year: 2025,
        formName: "Bằng khen của Chủ tịch UBND tỉnh",
        decisionNumber: "198/QĐ-UBND",
        decisionDate: new Date("2026-01-20"),
        issuer: "Chủ tịch UBND tỉnh",
      },
    ],
    stored: null,
  };
  const d = {
    blocYear: year,
    snapshot,
    proposal,
    nominee: proposal.nominees[1],
    facts,
    actDate: { date: null, year: 2026 },
  } as unknown as AchievementReportDocData;
  const doc = achievementReportDocument(d, { ...settings, today: new Date("2026-12-20T02:00:00Z") });
  const text = allText(doc.blocks);

  it("is headed by the unit as its other documents are: governing body, registered abbreviation, dated at its seat", () => {
    const registered = { ...proposal.nominees[1], unit: { ...proposal.nominees[1].unit, parentBody: "UBND TỈNH", symbol: "STP", place: "Hạ Long" } };
    const own = achievementReportDocument({ ...d, nominee: registered } as unknown as AchievementReportDocData, settings);
    expect(own.frame).toMatchObject({ issuerParent: "UBND TỈNH", issuerName: "Sở Tư pháp", numberLine: "Số: …/BC-STP" });
    expect(own.frame.placeDate).toMatch(/^Hạ Long, ngày/);
  });

  it("follows the statutory form in force on its date: sections I, II, III, the head's signature and the superior's", () => {
    expect(doc.frame).toMatchObject({ issuerName: "Sở Tư pháp", numberLine: "Số: …/BC-NC-U2", docType: "BÁO CÁO" });
    expect(doc.frame.summary).toEqual(["Thành tích đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026"]);
    expect(doc.frame.placeDate).toMatch(/năm 2026$/);
    expect(doc.subject).toBe("Mẫu số 02, Phụ lục I ban hành kèm theo Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ");
    const order = [
      "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
      "1. Đặc điểm, tình hình",
      "2. Chức năng, nhiệm vụ",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "2. Nguyên nhân",
      "3. Bài học kinh nghiệm",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "1. Danh hiệu thi đua",
      "2. Hình thức khen thưởng",
    ];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toContain("NHẬN XÉT, XÁC NHẬN\n(Ký, đóng dấu)");
    expect(text).toContain("GIÁM ĐỐC SỞ TƯ PHÁP\n(Ký, đóng dấu)\nNguyễn Đức Hưởng");
  });

  it("prints the targets as the prefill, the ranking once, and blank lines where the unit wrote nothing", () => {
    expect(text).toContain("- Hoàn thành kế hoạch kiểm tra văn bản: 100 %.");
    expect(text.match(/89,5/g)).toHaveLength(1);
    expect(text).toContain("đạt 89,5 điểm, xếp thứ 2/3 đơn vị (đồng hạng).");
    expect(text).toMatch(/1\. Đặc điểm, tình hình\n…{30}\n…{30}\n/);
    expect(text).not.toMatch(/20\u00a0|20…/);
  });

  it("lists earlier emulation titles and awards in two tables: year, title or form, decision, issuer", () => {
    const [titles, forms] = tables(doc.blocks);
    expect(titles.columns.map((c) => c.header)).toEqual(["Năm", "Danh hiệu thi đua", "Số, ngày quyết định", "Cơ quan ban hành"]);
    expect(rowsOf(titles)).toEqual([["2024", "Cờ thi đua của Ủy ban nhân dân tỉnh", "215/QĐ-UBND ngày 20/01/2025", "Chủ tịch UBND tỉnh"]]);
    expect(rowsOf(forms)).toEqual([["2025", "Bằng khen của Chủ tịch UBND tỉnh", "198/QĐ-UBND ngày 20/01/2026", "Chủ tịch UBND tỉnh"]]);
  });

  it("prints the unit's saved text instead of the prefill", () => {
    const stored = {
      situation: "Trụ sở tại Phủ Lý.",
      duties: "Tham mưu về tư pháp.",
      results: "Hoàn thành 100% chỉ tiêu.",
      causes: "Đoàn kết.",
      lessons: "Bám sát kế hoạch.",
      version: 2,
      updatedAt: new Date(),
    };
    const own = allText(achievementReportDocument({ ...d, facts: { ...facts, stored } } as AchievementReportDocData, settings).blocks);
    for (const t of Object.values(stored).slice(0, 5)) expect(own).toContain(t as string);
    expect(own).not.toContain("Hoàn thành kế hoạch kiểm tra văn bản");
  });

  it("says so when the ranking is not approved", () => {
    const none = achievementReportDocument({ ...d, facts: { ...facts, ranking: null } } as AchievementReportDocData, settings);
    expect(allText(none.blocks)).toContain("Kết quả xếp hạng thi đua năm 2026 của Khối chưa được phê duyệt.");
  });
});

describe("the statutory form by date", () => {
  it("takes Nghị định 98/2023 until 30/06/2025 and 152/2025 from 01/07/2025 (Vietnam days)", () => {
    const on = (iso: string) => formInForceOn(COLLECTIVE_ACHIEVEMENT_FORMS, new Date(iso)).decree;
    expect(on("2024-12-28T03:00:00Z")).toContain("98/2023/NĐ-CP");
    expect(on("2025-06-30T16:59:00Z")).toContain("98/2023/NĐ-CP");
    expect(on("2025-06-30T17:00:00Z")).toContain("152/2025/NĐ-CP");
    expect(on("2023-05-01T03:00:00Z")).toContain("91/2017/NĐ-CP");
  });
});

describe("who may read the dossier (beyond the bloc filter)", () => {
  const y = { leaderUnitId: "u1", memberUnitIds: ["u1", "u2", "u3"] };
  it("lets the board side and the leader unit in before approval, members after", () => {
    expect(canSeeDossier(actor(), y, "SIGNED_OFF")).toBe(true);
    expect(canSeeDossier(actor({ role: "COUNCIL" }), y, null)).toBe(true);
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: "u1" }), y, "SIGNED_OFF")).toBe(true);
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: "u2" }), y, "SIGNED_OFF")).toBe(false);
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: "u2" }), y, "APPROVED")).toBe(true);
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: "u9" }), y, "APPROVED")).toBe(false);
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: null }), y, "APPROVED")).toBe(false);
  });
  it("lets a nominee's officers read their own report", () => {
    expect(canSeeDossier(actor({ role: "UNIT_OFFICER", unitId: "u3" }), y, "SIGNED_OFF", ["u3"])).toBe(true);
  });
});
