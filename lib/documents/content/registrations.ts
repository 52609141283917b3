import type { RegistrationsDocData } from "@/lib/documents/report-data";
import { actDateLine } from "@/lib/documents/act-date";
import { formatDate, upperVi } from "@/lib/documents/layout";
import { cell, italic, para, recipientsColumn, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { targetText } from "@/lib/format/target-text";
import { blocFrame, blocWord, type DocSettings } from "./common";

// Bảng tổng hợp đăng ký thi đua (lib/registrations): what each member unit registered, as the
// leader announces it at the signing conference. One row per unit that submitted; the count of
// units per title under the table. Portrait, with the targets as numbered lines in their cell.

export function registrationsDocument(d: RegistrationsDocData, settings: DocSettings): OfficialDocument {
  const cum = d.bloc.kind === "CUM";
  const khoi = blocWord(d);
  const perForm = new Map<string, number>();
  for (const u of d.units) for (const title of u.titles) perForm.set(title, (perForm.get(title) ?? 0) + 1);
  const blocks: Block[] = [
    para(
      `Thực hiện Kế hoạch hoạt động năm ${d.year}, ${d.bloc.name} tổng hợp đăng ký danh hiệu thi đua, hình thức khen thưởng và chỉ tiêu công tác chủ yếu năm ${d.year} của các đơn vị thành viên (${d.units.length}/${d.memberCount} đơn vị đã đăng ký) như sau:`,
      { indent: true, keepWithNext: true },
    ),
  ];
  if (d.units.length === 0) blocks.push(para([italic("Chưa có đơn vị gửi đăng ký.")], { indent: true }));
  else
    blocks.push(
      {
        type: "table",
        size: 12,
        columns: [
          { header: "STT", width: 7, align: "center" },
          { header: "Đơn vị", width: 24 },
          { header: "Danh hiệu, hình thức khen thưởng đăng ký", width: 25 },
          { header: "Chỉ tiêu công tác chủ yếu", width: 44 },
        ],
        rows: d.units.map((u, i) => [
          cell(String(i + 1)),
          cell(u.unit.name, [italic(`Thủ trưởng phê duyệt: ${u.headApprovedBy ?? ""}${u.submittedAt ? `, gửi ngày ${formatDate(u.submittedAt)}` : ""}`)]),
          cell(...u.titles.map((t) => `- ${t}`)),
          cell(...(u.targets.length ? u.targets.map((t, n) => `${n + 1}. ${targetText(t)}`) : ["…"])),
        ]),
      },
      para(`Số đơn vị đăng ký theo hình thức: ${[...perForm].map(([name, n]) => `${name}: ${n}`).join("; ")}.`, { indent: true, spaceBefore: 6 }),
    );
  blocks.push({
    type: "columns",
    spaceBefore: 12,
    columns: [
      recipientsColumn(45, [`- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]),
      signatureColumn(
        55,
        [cum ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI", ...(d.leader ? [upperVi(d.leader.headTitle?.trim() || d.leader.name)] : [])],
        d.leader?.headName,
      ),
    ],
  });
  const frame = blocFrame("registrations", settings, d);
  return {
    title: `Bảng tổng hợp đăng ký thi đua năm ${d.year} - ${d.bloc.name}`,
    subject: d.bloc.name,
    frame: {
      ...frame.frame,
      placeDate: actDateLine(frame.issuer.place, d.date),
      docType: "BẢNG TỔNG HỢP",
      summary: [`Đăng ký thi đua năm ${d.year} của các đơn vị thành viên`, d.bloc.name],
    },
    blocks,
  };
}
