import type { AchievementReportDocData } from "@/lib/documents/data";
import { actDateLine } from "@/lib/documents/act-date";
import { unitIssuer } from "@/lib/documents/issuer";
import { formatDate, numberSymbolLine, upperVi } from "@/lib/documents/layout";
import { bodyParagraphs, bold, cell, heading, italic, para, subheading, type Block, type Line, type OfficialDocument, type Table } from "@/lib/documents/model";
import { COLLECTIVE_ACHIEVEMENT_FORMS, formCitation, formInForceOn } from "@/lib/documents/statutory-forms";
import { reportTexts, splitPastAwards, type PastAward } from "@/lib/achievement-reports/facts";
import { blocWord, type DocSettings } from "./common";

/** Two dotted lines where the unit has written nothing yet, to be completed by hand. */
const DOTS = "…".repeat(30);
const blankLines = () => [para(DOTS, { align: "left", spaceAfter: 0 }), para(DOTS, { align: "left" })];
const sub = subheading;
const part = (label: string, text: string) => {
  const body = bodyParagraphs(text);
  return [sub(label), ...(body.length ? body : blankLines())];
};

/** Section III's table: year, the title or award, the decision's number and date, its issuer (one row per award). */
function awardsTable(what: string, awards: PastAward[]): Table {
  const rows = awards.map((a) => [
    cell(String(a.year)),
    cell(a.formName),
    cell([a.decisionNumber, a.decisionDate && `ngày ${formatDate(a.decisionDate)}`].filter(Boolean).join(" ")),
    cell(a.issuer ?? ""),
  ]);
  return {
    type: "table",
    columns: [
      { header: "Năm", width: 11, align: "center" },
      { header: what, width: 37 },
      { header: "Số, ngày quyết định", width: 26, align: "center" },
      { header: "Cơ quan ban hành", width: 26 },
    ],
    rows: rows.length ? rows : [[cell(""), cell([italic("Không có")]), cell(""), cell("")]],
  };
}

/** A signature column of Mẫu số 02: authority lines, "(Ký, đóng dấu)", room for the seal, then the name. */
const signature = (width: number, authority: string[], name: string | null | undefined) => ({
  width,
  lines: [
    ...authority.map((a): Line => ({ runs: [bold(a)] })),
    { runs: [italic("(Ký, đóng dấu)")], size: 13 },
    { runs: [bold(name?.trim() || " ")], spaceBefore: 72 },
  ],
});

/**
 * Báo cáo thành tích of a collective proposed for a Cờ thi đua or a Bằng khen, in the statutory
 * form in force on its date (statutory-forms.ts): I. đặc điểm, tình hình; II. thành tích (results
 * against the targets, the ranking once, causes, lessons); III. the titles and awards granted
 * before, in two tables; the head's signature and the superior's "nhận xét, xác nhận".
 */
export function achievementReportDocument(d: AchievementReportDocData, settings: DocSettings): OfficialDocument {
  const { blocYear: year, nominee, facts } = d;
  const unit = nominee.unit;
  const issuer = unitIssuer(unit, settings.place);
  const texts = facts ? reportTexts(facts) : { situation: "", duties: "", results: "", causes: "", lessons: "" };
  const past = splitPastAwards(facts?.pastAwards ?? []);
  const form = formInForceOn(COLLECTIVE_ACHIEVEMENT_FORMS, d.actDate.date ?? settings.today ?? new Date());
  const r = facts?.ranking;

  const blocks: Block[] = [
    para([bold(unit.name)], { align: "center", spaceAfter: 12 }),
    heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
    ...part("1. Đặc điểm, tình hình", texts.situation),
    ...part("2. Chức năng, nhiệm vụ", texts.duties),
    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    ...part("1. Kết quả thực hiện nhiệm vụ được giao", texts.results),
    // The ranking is the bloc's record, not the unit's prose: printed here once, from the approved snapshot.
    r
      ? para(
          `Kết quả chấm điểm, xếp hạng thi đua năm ${year.year} trong ${year.bloc.name}: đạt ${r.total} điểm, xếp thứ ${r.rank}/${r.count} đơn vị${r.shared ? " (đồng hạng)" : ""}.`,
          { indent: true },
        )
      : para([italic(`Kết quả xếp hạng thi đua năm ${year.year} của ${blocWord(year)} chưa được phê duyệt.`)], { indent: true }),
    ...part("2. Nguyên nhân đạt được thành tích", texts.causes),
    ...part("3. Bài học kinh nghiệm", texts.lessons),
    heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    sub("1. Danh hiệu thi đua"),
    awardsTable("Danh hiệu thi đua", past.titles),
    { ...sub("2. Hình thức khen thưởng"), spaceBefore: 6 },
    awardsTable("Hình thức khen thưởng", past.forms),
    {
      type: "columns",
      spaceBefore: 18,
      columns: [
        signature(50, ["THỦ TRƯỞNG ĐƠN VỊ", "CẤP TRÊN TRỰC TIẾP", "NHẬN XÉT, XÁC NHẬN"], null),
        signature(50, [upperVi(unit.headTitle?.trim() || "Thủ trưởng đơn vị")], unit.headName),
      ],
    },
  ];

  return {
    title: `Báo cáo thành tích đề nghị tặng ${nominee.awardForm.name} năm ${year.year} - ${unit.name}`,
    subject: formCitation(form),
    frame: {
      // Under the unit's own header (its governing body over its name), in its register's
      // abbreviation and dated at its seat, as every unit's document is (issuer.ts).
      issuerParent: issuer.parent,
      issuerName: issuer.name,
      numberLine: numberSymbolLine("BC", issuer.symbol),
      placeDate: actDateLine(issuer.place, d.actDate),
      docType: "BÁO CÁO",
      summary: [`Thành tích đề nghị tặng ${nominee.awardForm.name} năm ${year.year}`],
    },
    blocks,
  };
}
