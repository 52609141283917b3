import type { BlocReportDocData } from "@/lib/documents/report-data";
import { actDateLine } from "@/lib/documents/act-date";
import { upperVi } from "@/lib/documents/layout";
import { bold, italic, para, recipientsColumn, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { blocFrame, blocWord, groundsPunctuated, legalGrounds, regulationGrounds, type DocSettings } from "./common";

// Báo cáo sơ kết 6 tháng / tổng kết năm of the bloc (lib/reports): the leader's text, as edited
// and passed at the conference, in the official frame. A line "I. …", "II. …" is a section heading,
// "1. …" a sub-heading; every other line a paragraph with a first-line indent.

const SECTION = /^[IVX]+\.\s/;
const SUBSECTION = /^\d+(\.\d+)*\.\s/;

function textBlocks(summary: string): Block[] {
  return summary
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      SECTION.test(l)
        ? para([bold(upperVi(l))], { align: "left", keepWithNext: true, spaceBefore: 6 })
        : SUBSECTION.test(l)
          ? para([bold(l)], { indent: true, keepWithNext: true })
          : para(l, { indent: true }),
    );
}

const period = (kind: BlocReportDocData["kind"], year: number) => (kind === "MID_YEAR" ? `6 tháng đầu năm ${year}` : `năm ${year}`);

export function blocReportDocument(d: BlocReportDocData, settings: DocSettings): OfficialDocument {
  const year = d.blocYear;
  const cum = year.bloc.kind === "CUM";
  const khoi = blocWord(year);
  const leader = year.leader;
  const what = `kết quả công tác thi đua, khen thưởng ${period(d.kind, year.year)}`;
  // Each căn cứ ends with ";" and the last with "." (Phụ lục I).
  const grounds = groundsPunctuated([
    ...legalGrounds(settings, d.date.date),
    ...regulationGrounds(settings, d.regulations, d.date.date),
    `Căn cứ Kế hoạch hoạt động năm ${year.year} của ${year.bloc.name}`,
    `Căn cứ báo cáo của các đơn vị thành viên ${khoi}`,
  ]);
  const blocks: Block[] = [
    ...grounds.map((g) => para([italic(g)], { indent: true })),
    para(`${year.bloc.name} báo cáo ${what} như sau:`, { indent: true, keepWithNext: true }),
    ...(d.summary?.trim() ? textBlocks(d.summary) : [para([italic("Chưa có nội dung báo cáo.")], { indent: true })]),
  ];
  if (d.conference) blocks.push(para([italic(`Báo cáo đã được thông qua tại ${d.conference.title}.`)], { indent: true, spaceBefore: 6 }));
  blocks.push({
    type: "columns",
    spaceBefore: 12,
    columns: [
      recipientsColumn(45, [`- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]),
      signatureColumn(55, [cum ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI", ...(leader ? [upperVi(leader.headTitle?.trim() || leader.name)] : [])], leader?.headName),
    ],
  });
  const frame = blocFrame("bloc-report", settings, year);
  return {
    title: `Báo cáo ${what} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...frame.frame,
      placeDate: actDateLine(frame.issuer.place, d.date),
      docType: "BÁO CÁO",
      summary: [`Kết quả công tác thi đua, khen thưởng ${period(d.kind, year.year)}`, `của ${year.bloc.name}`],
    },
    blocks,
  };
}
