import type { ReviewMinutesDocData } from "@/lib/documents/data";
import { actDateLine, reviewMinutesActDate } from "@/lib/documents/act-date";
import { clockVi, longDateVi, numberSymbolLine, upperVi } from "@/lib/documents/layout";
import { bold, cell, heading, italic, labelled, para, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { compareVi } from "@/lib/format/vi";
import { blocWord, issuerOf, unitWithRole, type DocSettings } from "./common";
import { groupLegend, rankingTable, snapshotGroups, tieBreakText } from "./ranking-table";

const BLANK = "…………………………………………";

const people = (name: string | null | undefined, title: string | null | undefined) => [name?.trim(), title?.trim()].filter(Boolean).join(", ");

/** Biên bản họp bình xét thi đua: the meeting, the rules applied, the ranking table, any ballot, the conclusion. */
export function reviewMinutesDocument(d: ReviewMinutesDocData, settings: DocSettings): OfficialDocument {
  const { blocYear: year, meeting, snapshot } = d;
  const data = snapshot.data;
  const khoi = blocWord(year);
  const cum = year.bloc.kind === "CUM";
  const leader = year.leader;
  const date = reviewMinutesActDate(snapshot, d.dateOverride);
  const names = new Map<string, string>([...year.members.map((u) => [u.id, u.name] as const), ...data.rows.map((r) => [r.unitId, r.unitName] as const)]);

  const chair = meeting ? people(meeting.chairName, meeting.chairTitle) : people(leader?.headName, leader?.headTitle);
  const blocks: Block[] = [
    labelled("Thời gian", meeting ? `Vào hồi ${clockVi(meeting.date)}, ${longDateVi(meeting.date)}.` : `Vào hồi …… giờ ……, ${longDateVi(date.date)}.`),
    labelled("Địa điểm", meeting?.venue?.trim() || BLANK),
    labelled("Chủ trì", chair || BLANK),
    labelled("Thư ký", BLANK),
    heading("I. THÀNH PHẦN THAM DỰ"),
  ];

  const present = (meeting?.attendance ?? []).filter((a) => a.status === "PRESENT").sort((a, b) => compareVi(a.unit.name, b.unit.name));
  if (meeting && present.length) {
    blocks.push(
      para(`Đại diện các đơn vị thành viên ${khoi}: có mặt ${present.length}/${year.members.length} đơn vị, gồm:`, { indent: true, keepWithNext: true }),
    );
    for (const a of present) {
      const who = a.representativeName?.trim();
      blocks.push(para(`- ${unitWithRole(year, a.unit)}${who ? `: ${who}` : ""};`, { indent: true }));
    }
  } else {
    blocks.push(para(`Đại diện các đơn vị thành viên ${khoi}: có mặt ……/${year.members.length} đơn vị (danh sách kèm theo).`, { indent: true }));
  }

  const groups = snapshotGroups(data);
  blocks.push(
    heading("II. NỘI DUNG CUỘC HỌP"),
    para([bold("1. Nguyên tắc xếp hạng")], { indent: true, keepWithNext: true }),
    para(
      "Tổng điểm của mỗi đơn vị bằng điểm các tiêu chí cộng điểm thưởng, trừ điểm trừ; các đơn vị được xếp theo tổng điểm từ cao xuống thấp. Các tiêu chí điều kiện được đánh giá riêng (đạt/không đạt), không cộng vào tổng điểm.",
      { indent: true },
    ),
  );
  if (data.rules.length) {
    blocks.push(para("Các đơn vị bằng tổng điểm được xếp theo lần lượt các tiêu chí phụ sau:", { indent: true, keepWithNext: true }));
    data.rules.forEach((r, i) => blocks.push(para(`${String.fromCharCode(97 + i)}) ${tieBreakText(r, groups)};`, { indent: true })));
  } else {
    blocks.push(para("Không áp dụng tiêu chí phụ; các đơn vị bằng tổng điểm được xếp đồng hạng.", { indent: true }));
  }

  blocks.push(para([bold("2. Kết quả chấm điểm và xếp hạng")], { indent: true, keepWithNext: true }), rankingTable(data));
  const legend = groupLegend(data);
  if (legend) blocks.push(para([italic(`Ghi chú: ${legend}.`)], { indent: true, size: 12 }));

  if (data.ballots.length) {
    blocks.push(para([bold("3. Kết quả bỏ phiếu")], { indent: true, keepWithNext: true }));
    for (const [i, b] of data.ballots.entries()) {
      const label = data.ballots.length > 1 ? `Lần ${i + 1}: ` : "";
      blocks.push(para(`${label}có mặt ${b.presentCount}/${b.memberCount} đơn vị thành viên.`, { indent: true, keepWithNext: true }), {
        type: "table",
        columns: [
          { header: "TT", width: 8, align: "center" },
          { header: "Đơn vị", width: 72 },
          { header: "Số phiếu", width: 20, align: "center" },
        ],
        rows: Object.entries(b.votes)
          .sort(([, x], [, y]) => y - x)
          .map(([unitId, votes], j) => [cell(String(j + 1)), cell(names.get(unitId) ?? unitId), cell(String(votes))]),
      });
    }
  }

  blocks.push(heading("III. KẾT LUẬN"));
  blocks.push(
    para(
      `${khoi} thống nhất xếp hạng như trên. ${leader ? `${leader.name} (${cum ? "Cụm trưởng" : "Trưởng khối"})` : `Đơn vị ${cum ? "Cụm trưởng" : "Trưởng khối"}`} tổng hợp, hoàn thiện hồ sơ đề nghị khen thưởng năm ${year.year} theo quy định.`,
      { indent: true },
    ),
  );
  if (data.unresolvedTies.length) {
    const ties = data.unresolvedTies.map((t) => t.map((id) => names.get(id) ?? id).join(", ")).join("; ");
    blocks.push(para([italic(`Các đơn vị còn đồng hạng: ${ties}.`)], { indent: true }));
  }
  blocks.push(
    para(`Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được đọc lại trước cuộc họp, đại diện các đơn vị thành viên ${khoi} nhất trí thông qua.`, {
      indent: true,
      spaceBefore: 6,
      keepWithNext: true,
    }),
    {
      type: "columns",
      spaceBefore: 12,
      columns: [
        signatureColumn(50, ["THƯ KÝ"], null),
        signatureColumn(50, ["CHỦ TRÌ", ...(leader?.headTitle?.trim() ? [upperVi(leader.headTitle.trim())] : [])], leader?.headName),
      ],
    },
  );

  const summary = [`Họp bình xét thi đua năm ${year.year}`, year.bloc.name];
  return {
    title: `Biên bản họp bình xét thi đua năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...issuerOf(settings, year),
      numberLine: numberSymbolLine("BB", year.bloc.code),
      placeDate: actDateLine(settings.place, date),
      docType: "BIÊN BẢN",
      summary,
    },
    blocks,
  };
}
