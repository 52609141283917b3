import type { AwardSubmissionDocData } from "@/lib/documents/data";
import { actDateLine, awardSubmissionActDate, reviewMinutesActDate } from "@/lib/documents/act-date";
import { formatDate, numberSymbolLine } from "@/lib/documents/layout";
import { cell, italic, para, recipientsColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { headSignature, signatureBlock } from "@/lib/documents/signature";
import {
  blocFrame,
  blocIssuerOf,
  blocLeaderSignature,
  blocWord,
  groundsPunctuated,
  legalGrounds,
  regulationGrounds,
  titleWithoutUnit,
  type DocSettings,
} from "./common";
import { points } from "./ranking-table";

/** "… năm 2025" once: a title that already names the year is not given it again. */
const withYear = (title: string, year: number) => (title.includes(String(year)) ? title : `${title} năm ${year}`);

/** One sentence of achievement from the ranking: the leader of the table, or its place in it. */
function achievement(rank: number | null, of: number, khoi: string, year: number): string {
  if (rank === null) return `Hoàn thành xuất sắc nhiệm vụ năm ${year}`;
  if (rank === 1) return `Dẫn đầu phong trào thi đua năm ${year} của ${khoi}`;
  return `Hoàn thành xuất sắc nhiệm vụ, xếp thứ ${rank}/${of} đơn vị của ${khoi}`;
}

/**
 * Tờ trình đề nghị khen thưởng: issued by the leader unit for the bloc (by default under its own
 * header, issuer.ts), to whom the bloc submits its awards (the council, through its board).
 */
export function awardSubmissionDocument(d: AwardSubmissionDocData, settings: DocSettings): OfficialDocument {
  const { blocYear: year, proposal, snapshot, pledge, criteriaSet } = d;
  const khoi = blocWord(year);
  const cum = year.bloc.kind === "CUM";
  const leaderRole = cum ? "Cụm trưởng" : "Trưởng khối";
  const { issuer, frame } = blocFrame("award-submission", settings, year);
  const to = year.bloc.awardBody?.trim() || settings.councilName;
  const through = year.bloc.awardBody?.trim() ? "" : ` (qua ${settings.boardName})`;
  const rows = new Map((snapshot?.data.rows ?? []).map((r) => [r.unitId, r]));
  const date = awardSubmissionActDate(proposal, d.dateOverride);
  // Cited with the dates and numbers they carry (act-date.ts, numbering.ts).
  // The minutes carry the meeting's day in their first line (Mẫu 1.9): cited by it, else by the sign-off.
  const reviewDate = snapshot ? (d.snapshotDateOverride ?? d.meeting?.date ?? reviewMinutesActDate(snapshot).date) : null;
  const minutesNo =
    snapshot && d.snapshotNumber ? ` số ${numberSymbolLine("BB", blocIssuerOf("review-minutes", settings, year).symbol, d.snapshotNumber).slice(4)}` : "";
  const pledgeDate = pledge?.actDate.date ?? null;

  const grounds = groundsPunctuated(
    [
      ...legalGrounds(settings, date.date),
      ...regulationGrounds(settings, d.regulations, date.date),
      pledge
        ? `Căn cứ ${withYear(pledge.title.trim() || "Giao ước thi đua", year.year)}${pledgeDate ? ` ký ngày ${formatDate(pledgeDate)}` : ""} của ${year.bloc.name}`
        : null,
      criteriaSet ? `Căn cứ ${withYear(criteriaSet.name.trim() || "Bảng tiêu chí chấm điểm thi đua", year.year)} của ${year.bloc.name}` : null,
      `Căn cứ Biên bản${minutesNo} họp bình xét thi đua năm ${year.year} của ${year.bloc.name}${reviewDate ? ` ngày ${formatDate(reviewDate)}` : ""}`,
    ].filter((s): s is string => s !== null),
  );

  const counts = new Map<string, number>();
  for (const n of proposal.nominees) counts.set(n.awardForm.name, (counts.get(n.awardForm.name) ?? 0) + 1);
  const countLine = [...counts].map(([form, n]) => `${form}: ${n} đơn vị`).join("; ");
  const ranked = snapshot?.data.rows.length ?? year.members.length;
  const leaderName = year.leader?.name ?? `Đơn vị ${leaderRole}`;

  const blocks: Block[] = [
    para(`Kính gửi: ${to}${through}.`, { align: "center", spaceAfter: 12 }),
    ...grounds.map((g) => para([italic(g)], { indent: true })),
    para(
      `${leaderName}, đơn vị ${leaderRole} ${year.bloc.name} năm ${year.year}, kính trình ${to} xem xét, khen thưởng các đơn vị thành viên có thành tích xuất sắc trong phong trào thi đua năm ${year.year}, cụ thể như sau:`,
      { indent: true, keepWithNext: true },
    ),
  ];
  if (proposal.nominees.length === 0) blocks.push(para([italic("Chưa có đơn vị được đề nghị.")], { indent: true }));
  else
    blocks.push(
      {
        type: "table",
        columns: [
          { header: "STT", width: 7, align: "center" },
          { header: "Đơn vị", width: 25 },
          { header: "Hình thức đề nghị", width: 20 },
          { header: "Thành tích", width: 26 },
          { header: "Hạng", width: 10, align: "center" },
          { header: "Tổng điểm", width: 12, align: "right" },
        ],
        rows: proposal.nominees.map((n, i) => {
          const r = rows.get(n.unitId);
          return [
            cell(String(i + 1)),
            cell(n.unit.name),
            cell(n.awardForm.name),
            cell(achievement(r?.rank ?? null, ranked, khoi, year.year)),
            cell(r ? String(r.rank) : "…"),
            cell(r ? points(r.totals.total) : "…"),
          ];
        }),
      },
      para(`Tổng số: ${proposal.nominees.length} đơn vị (${countLine}).`, { indent: true, spaceBefore: 6 }),
    );

  blocks.push(
    para(`(Kèm theo Biên bản họp bình xét thi đua năm ${year.year} của ${khoi} và Báo cáo thành tích của các đơn vị được đề nghị khen thưởng.)`, {
      indent: true,
    }),
    para(`Kính trình ${to} xem xét, quyết định./.`, { indent: true, keepWithNext: true }),
    {
      type: "columns",
      spaceBefore: 12,
      columns: [
        recipientsColumn(45, ["- Như trên;", ...(through ? [`- ${settings.boardName};`] : []), `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]),
        // Under the leader unit's own header its head signs for the unit; under the bloc's, as the bloc's leader.
        signatureBlock(
          55,
          issuer.registerKey.startsWith("unit:")
            ? headSignature(year.leader ? titleWithoutUnit(year.leader.headTitle, year.leader.name) : null, year.leader?.headName)
            : blocLeaderSignature(year),
        ),
      ],
    },
  );

  return {
    title: `Tờ trình đề nghị khen thưởng năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...frame,
      // A number typed in full at submission ("12/TTr-SNV") is printed as it is.
      numberLine: !settings.number && proposal.number?.includes("/") ? `Số: ${proposal.number.trim()}` : frame.numberLine,
      placeDate: actDateLine(issuer.place, date),
      docType: "TỜ TRÌNH",
      summary: [`Về việc đề nghị khen thưởng thành tích thi đua năm ${year.year}`, `của các đơn vị thuộc ${year.bloc.name}`],
    },
    blocks,
  };
}
