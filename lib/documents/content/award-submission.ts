import type { AwardSubmissionDocData } from "@/lib/documents/data";
import { actDateLine, awardSubmissionActDate, reviewMinutesActDate } from "@/lib/documents/act-date";
import { formatDate, numberSymbolLine, upperVi } from "@/lib/documents/layout";
import { cell, italic, para, recipientsColumn, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { blocWord, legalGrounds, type DocSettings } from "./common";
import { points } from "./ranking-table";

/** Tờ trình đề nghị khen thưởng: issued by the leader unit for the bloc, to the provincial council. */
export function awardSubmissionDocument(d: AwardSubmissionDocData, settings: DocSettings): OfficialDocument {
  const { blocYear: year, proposal, snapshot, pledge, criteriaSet } = d;
  const khoi = blocWord(year);
  const leaderRole = year.bloc.kind === "CUM" ? "Cụm trưởng" : "Trưởng khối";
  const leaderName = year.leader?.name ?? "…………………………";
  const rows = new Map((snapshot?.data.rows ?? []).map((r) => [r.unitId, r]));
  // Cited with the dates they carry (act-date.ts).
  const reviewDate = snapshot ? reviewMinutesActDate(snapshot, d.snapshotDateOverride).date : null;
  const pledgeDate = pledge?.actDate.date ?? null;

  const grounds = [
    ...legalGrounds(settings, awardSubmissionActDate(proposal, d.dateOverride).date),
    pledge ? `Căn cứ ${pledge.title.trim() || "Giao ước thi đua"}${pledgeDate ? ` ký ngày ${formatDate(pledgeDate)}` : ""} của ${year.bloc.name};` : null,
    criteriaSet ? `Căn cứ ${criteriaSet.name.trim() || "Bảng tiêu chí chấm điểm thi đua"} năm ${year.year} của ${year.bloc.name};` : null,
    `Căn cứ Biên bản họp bình xét thi đua năm ${year.year} của ${year.bloc.name}${reviewDate ? ` ngày ${formatDate(reviewDate)}` : ""},`,
  ].filter((s): s is string => s !== null);

  const counts = new Map<string, number>();
  for (const n of proposal.nominees) counts.set(n.awardForm.name, (counts.get(n.awardForm.name) ?? 0) + 1);
  const countLine = [...counts].map(([form, n]) => `${form}: ${n} đơn vị`).join("; ");

  const blocks: Block[] = [
    para(`Kính gửi: ${settings.councilName} (qua ${settings.boardName}).`, { align: "center", spaceAfter: 12 }),
    ...grounds.map((g) => para([italic(g)], { indent: true })),
    para(
      `${leaderName}, đơn vị ${leaderRole} ${year.bloc.name} năm ${year.year}, kính trình ${settings.councilName} xem xét, khen thưởng các đơn vị thành viên có thành tích xuất sắc trong phong trào thi đua năm ${year.year}, cụ thể như sau:`,
      { indent: true, keepWithNext: true },
    ),
  ];
  if (proposal.nominees.length === 0) blocks.push(para([italic("Chưa có đơn vị được đề nghị.")], { indent: true }));
  else
    blocks.push(
      {
        type: "table",
        columns: [
          { header: "STT", width: 8, align: "center" },
          { header: "Đơn vị", width: 36 },
          { header: "Hạng", width: 12, align: "center" },
          { header: "Tổng điểm", width: 14, align: "right" },
          { header: "Hình thức đề nghị", width: 30 },
        ],
        rows: proposal.nominees.map((n, i) => {
          const r = rows.get(n.unitId);
          return [cell(String(i + 1)), cell(n.unit.name), cell(r ? String(r.rank) : "…"), cell(r ? points(r.totals.total) : "…"), cell(n.awardForm.name)];
        }),
      },
      para(`Tổng số: ${proposal.nominees.length} đơn vị (${countLine}).`, { indent: true, spaceBefore: 6 }),
    );

  blocks.push(
    para(`(Kèm theo Biên bản họp bình xét thi đua năm ${year.year} của ${khoi} và Báo cáo thành tích của các đơn vị được đề nghị khen thưởng.)`, {
      indent: true,
    }),
    para(`Kính trình ${settings.councilName} xem xét, quyết định./.`, { indent: true, keepWithNext: true }),
    {
      type: "columns",
      spaceBefore: 12,
      columns: [
        recipientsColumn(45, ["- Như trên;", `- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]),
        signatureColumn(55, [upperVi(leaderRole), ...(year.leader?.headTitle?.trim() ? [upperVi(year.leader.headTitle.trim())] : [])], year.leader?.headName),
      ],
    },
  );

  return {
    title: `Tờ trình đề nghị khen thưởng năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      issuerParent: year.bloc.name,
      issuerName: year.leader?.name ?? leaderRole,
      // A number typed in full ("12/TTr-KNC") is printed as it is.
      numberLine: proposal.number?.includes("/") ? `Số: ${proposal.number.trim()}` : numberSymbolLine("TTr", year.bloc.code, proposal.number),
      placeDate: actDateLine(settings.place, awardSubmissionActDate(proposal, d.dateOverride)),
      docType: "TỜ TRÌNH",
      summary: [`Về việc đề nghị khen thưởng thành tích thi đua năm ${year.year}`, `của các đơn vị thuộc ${year.bloc.name}`],
    },
    blocks,
  };
}
