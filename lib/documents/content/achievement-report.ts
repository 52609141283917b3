import type { AchievementReportDocData } from "@/lib/documents/data";
import { achievementReportActDate, actDateLine } from "@/lib/documents/act-date";
import { formatDate, numberSymbolLine } from "@/lib/documents/layout";
import { bold, cell, heading, italic, labelled, para, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { gatesWord, points } from "./ranking-table";
import type { DocSettings } from "./common";

/** Room for the prose the unit writes itself: two dotted lines under each item. */
const PROSE = "…".repeat(30);
const prose = (label: string) => [
  para([bold(label)], { indent: true, keepWithNext: true }),
  para(PROSE, { align: "left", spaceAfter: 0 }),
  para(PROSE, { align: "left" }),
];

/**
 * Báo cáo thành tích: the skeleton a nominee completes, with section II filled from the ranking
 * snapshot (rank, total, group totals, bonus, deduction, gates).
 */
export function achievementReportDocument(d: AchievementReportDocData, settings: DocSettings): OfficialDocument {
  const { blocYear: year, nominee, snapshot } = d;
  const unit = nominee.unit;
  const row = snapshot?.data.rows.find((r) => r.unitId === unit.id) ?? null;
  const count = snapshot?.data.rows.length ?? 0;
  const gateTitle = (code: string) => row?.leaves.find((l) => l.code === code)?.title ?? "";

  const blocks: Block[] = [
    labelled("Tên đơn vị", unit.name),
    labelled("Thuộc", `${year.bloc.name} năm ${year.year}`),
    heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
    ...prose("1. Đặc điểm, tình hình:"),
    ...prose("2. Chức năng, nhiệm vụ được giao:"),
    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    ...prose("1. Kết quả thực hiện nhiệm vụ chính trị được giao:"),
    para([bold(`2. Kết quả chấm điểm, xếp hạng thi đua năm ${year.year} của ${year.bloc.name}`)], { indent: true, keepWithNext: true }),
  ];

  if (!row) blocks.push(para([italic("Chưa có kết quả xếp hạng được ký duyệt.")], { indent: true }));
  else {
    const t = row.totals;
    blocks.push(
      labelled("Xếp hạng", `thứ ${row.rank}/${count} đơn vị${row.shared ? " (đồng hạng)" : ""}`),
      labelled("Tổng điểm", `${points(t.total)} điểm (điểm tiêu chí ${points(t.standard)}; điểm thưởng ${points(t.bonus)}; điểm trừ ${points(t.deduction)})`, {
        keepWithNext: true,
      }),
      {
        type: "table",
        columns: [
          { header: "Mã", width: 10, align: "center" },
          { header: "Nhóm tiêu chí", width: 60 },
          { header: "Điểm", width: 15, align: "right" },
        ],
        rows: [
          // A gate standing alone at the top level carries no points: it is reported below, not in the table.
          ...row.byGroup
            .filter((g) => row.leaves.find((l) => l.code === g.groupCode)?.kind !== "gate")
            .map((g) => [cell(g.groupCode), cell(g.title), cell(points(g.total))]),
          [cell(""), cell([bold("Tổng cộng")]), cell([bold(points(t.total))])],
        ],
      },
      labelled("Điểm thưởng", points(t.bonus), { spaceBefore: 6 }),
      labelled("Điểm trừ", points(t.deduction)),
      labelled(
        "Tiêu chí điều kiện",
        `${gatesWord(row)}${row.gates.passed.length ? `; đạt: ${row.gates.passed.map((c) => [c, gateTitle(c)].filter(Boolean).join(" - ")).join("; ")}` : ""}` +
          `${row.gates.failed.length ? `; không đạt: ${row.gates.failed.join(", ")}` : ""}${row.gates.missing.length ? `; chưa đánh giá: ${row.gates.missing.join(", ")}` : ""}.`,
      ),
    );
    if (snapshot?.approvedAt) blocks.push(para([italic(`(Kết quả xếp hạng được phê duyệt ngày ${formatDate(snapshot.approvedAt)}.)`)], { indent: true }));
  }

  blocks.push(
    ...prose("3. Các giải pháp, kinh nghiệm, mô hình mới:"),
    heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    {
      type: "table",
      columns: [
        { header: "Năm", width: 14, align: "center" },
        { header: "Hình thức khen thưởng", width: 46 },
        { header: "Số, ngày quyết định; cơ quan ban hành", width: 40 },
      ],
      rows: [0, 1, 2].map(() => [cell("…"), cell("…"), cell("…")]),
    },
    {
      type: "columns",
      spaceBefore: 18,
      columns: [{ width: 45, lines: [] }, signatureColumn(55, ["THỦ TRƯỞNG ĐƠN VỊ"], unit.headName)],
    },
  );

  return {
    title: `Báo cáo thành tích đề nghị tặng ${nominee.awardForm.name} năm ${year.year} - ${unit.name}`,
    subject: year.bloc.name,
    frame: {
      issuerParent: year.bloc.name,
      issuerName: unit.name,
      numberLine: numberSymbolLine("BC", unit.code),
      placeDate: actDateLine(settings.place, achievementReportActDate(d.dateOverride)),
      docType: "BÁO CÁO",
      summary: [`Thành tích đề nghị tặng ${nominee.awardForm.name} năm ${year.year}`],
    },
    blocks,
  };
}
