import type { MinutesDocData } from "@/lib/documents/data";
import { formatNumber } from "@/lib/format/vi";
import { bodyParagraphs, bold, cell, heading, italic, labelled, para, text, type Block, type OfficialDocument } from "@/lib/documents/model";
import { blocFrame, blocWord, unitWithRole, type DocSettings } from "./common";
import { meetingClosing, meetingOfficers, meetingOpening } from "./meeting";

const KIND_TITLE: Record<MinutesDocData["kind"], string> = {
  SIGNING: "Hội nghị ký kết giao ước thi đua",
  MID_YEAR: "Hội nghị sơ kết 6 tháng",
  YEAR_END: "Hội nghị tổng kết",
  OTHER: "Hội nghị",
};

function voteLine(d: MinutesDocData["decisions"][number]): string {
  const present = d.presentCount ?? 0;
  const share = present > 0 && d.votesFor !== null ? ` (${formatNumber(((d.votesFor ?? 0) / present) * 100, 1)}% số đơn vị có mặt)` : "";
  return (
    `Kết quả biểu quyết: có mặt ${d.presentCount ?? "…"}/${d.memberCount ?? "…"} đơn vị thành viên; ` +
    `tán thành ${d.votesFor ?? "…"}${share}, không tán thành ${d.votesAgainst ?? "…"}, không có ý kiến ${d.votesAbstain ?? "…"}.`
  );
}

/** Biên bản hội nghị (Mẫu 1.9): time, venue, participants, chair, secretary, proceedings, decisions, end, signatures. */
export function minutesDocument(c: MinutesDocData, settings: DocSettings): OfficialDocument {
  const year = c.blocYear;
  const khoi = blocWord(year);
  const summary = [c.title.trim() || `${KIND_TITLE[c.kind]} năm ${year.year}`];
  if (!summary[0].toLowerCase().includes(year.bloc.name.toLowerCase())) summary.push(year.bloc.name);

  const attendance = new Map(c.attendance.map((a) => [a.unitId, a]));
  const units = [...year.members, ...c.attendance.filter((a) => !year.members.some((m) => m.id === a.unitId)).map((a) => a.unit)];
  const present = c.attendance.filter((a) => a.status === "PRESENT").length;
  const unitName = (id: string | null) => (id ? (units.find((u) => u.id === id)?.name ?? null) : null);

  const blocks: Block[] = [
    ...meetingOpening(c, c.dateOverride, c.date),
    labelled("Đơn vị tổ chức", c.host?.name ?? "…………………………………………"),
    heading("I. THÀNH PHẦN THAM DỰ"),
    para([bold("1. Khách mời")], { indent: true, keepWithNext: true }),
    ...(c.guests.length
      ? c.guests.map((g) =>
          para(
            `- ${[g.name, g.title, g.organisation]
              .map((s) => s?.trim())
              .filter(Boolean)
              .join(", ")}.`,
            { indent: true },
          ),
        )
      : [para([italic("Không có.")], { indent: true })]),
    para([bold(`2. Các đơn vị thành viên: có mặt ${present}/${units.length} đơn vị`)], { indent: true, keepWithNext: true }),
    {
      type: "table",
      columns: [
        { header: "TT", width: 7, align: "center" },
        { header: "Đơn vị", width: 43 },
        { header: "Tham dự", width: 15, align: "center" },
        { header: "Người dự / Lý do vắng", width: 35 },
      ],
      rows: units.map((u, i) => {
        const a = attendance.get(u.id);
        const status = !a ? "Chưa ghi nhận" : a.status === "PRESENT" ? "Có mặt" : "Vắng";
        const note = !a ? "" : a.status === "PRESENT" ? (a.representativeName ?? "") : a.absenceReason ? `Lý do: ${a.absenceReason}` : "";
        return [cell(String(i + 1)), cell(unitWithRole(year, u)), cell(status), cell(note)];
      }),
    },

    ...meetingOfficers(c),

    heading("II. NỘI DUNG HỘI NGHỊ"),
    para([bold("1. Chương trình")], { indent: true, keepWithNext: true }),
    ...(bodyParagraphs(c.agenda).length ? bodyParagraphs(c.agenda) : [para("…………………………………………………………………………", { indent: true })]),
    para([bold("2. Diễn biến hội nghị")], { indent: true, keepWithNext: true }),
    ...(bodyParagraphs(c.minutes).length ? bodyParagraphs(c.minutes) : [para("…………………………………………………………………………", { indent: true })]),

    heading("III. KẾT LUẬN CỦA HỘI NGHỊ"),
  ];

  if (c.decisions.length === 0) blocks.push(para([italic("Hội nghị không có nội dung cần quyết định.")], { indent: true }));
  c.decisions.forEach((d, i) => {
    blocks.push(para([bold(`${i + 1}. `), text(d.content.trim())], { indent: true, keepWithNext: d.needsVote }));
    if (d.needsVote) blocks.push(para([italic(voteLine(d))], { indent: true }));
  });

  const nextLeader = unitName(c.nextLeaderUnitId);
  const nextDeputy = unitName(c.nextDeputyUnitId);
  if (c.kind === "YEAR_END" && (nextLeader || nextDeputy)) {
    const roles = year.bloc.kind === "CUM" ? ["Cụm trưởng", "Cụm phó"] : ["Trưởng khối", "Phó Trưởng khối"];
    const parts = [nextLeader && `${nextLeader} làm ${roles[0]}`, nextDeputy && `${nextDeputy} làm ${roles[1]}`].filter(Boolean);
    blocks.push(para(`Hội nghị thống nhất đề xuất ${parts.join(", ")} năm ${year.year + 1}.`, { indent: true }));
  }

  blocks.push(...meetingClosing(c, "Hội nghị", ["- Các đơn vị thành viên " + khoi + ";", ...(c.guests.length ? ["- Khách mời;"] : []), "- Lưu: VT."]));

  return {
    title: `Biên bản - ${summary[0]}`,
    subject: year.bloc.name,
    frame: {
      ...blocFrame("minutes", settings, year).frame,
      // Mẫu 1.9: no place-and-date line; the date is the meeting's, in its first line.
      placeDate: "",
      docType: "BIÊN BẢN",
      summary,
    },
    blocks,
  };
}
