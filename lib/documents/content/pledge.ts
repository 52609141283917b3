import type { PledgeDocData } from "@/lib/documents/data";
import { actDateLine } from "@/lib/documents/act-date";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import { bodyParagraphs, bold, cell, heading, italic, para, recipientsColumn, text, type Cell, type OfficialDocument } from "@/lib/documents/model";
import { blocFrame, blocWord, themeParagraphs, unitWithRole, type DocSettings } from "./common";

/** A seal is 35–40 mm across: each signing row leaves at least this much height for ink and seal. */
export const PLEDGE_SIGN_ROW_MM = 32;

/** Online or recorded from paper: a note beside the ink space, never in it. */
function signingNote(s: PledgeDocData["signatures"][number] | undefined): Cell {
  if (!s) return cell("");
  if (s.onPaper) return cell([italic(`Ký trên giấy ngày ${formatDate(s.signedAt)}`)]);
  return cell([italic("Đã ký trực tuyến:")], [italic(s.signerName)], [italic(formatDateTime(s.signedAt))]);
}

/** Giao ước thi đua: content items, then one signing row per member unit, the leader and deputy first. */
export function pledgeDocument(p: PledgeDocData, settings: DocSettings): OfficialDocument {
  const year = p.blocYear;
  const khoi = blocWord(year);
  const signatures = new Map(p.signatures.map((s) => [s.unitId, s]));
  // Units that signed but are no longer members still appear (the signature is part of the record).
  const formerSigners = p.signatures.filter((s) => !year.members.some((m) => m.id === s.unitId)).map((s) => ({ ...s.unit, headName: null, headTitle: null }));
  const units = [...year.members, ...formerSigners];
  const { issuer, frame } = blocFrame("pledge", settings, year);

  const title = p.title.trim();
  // The trích yếu does not repeat the kind: "Giao ước thi đua năm 2026" → "Năm 2026".
  const rest = title.replace(/^giao ước thi đua\s*/i, "").trim();
  const summary = rest ? [rest.charAt(0).toLocaleUpperCase("vi-VN") + rest.slice(1)] : [`Năm ${year.year}`];
  if (!title.toLowerCase().includes(year.bloc.name.toLowerCase())) summary.push(year.bloc.name);

  const rows: Cell[][] = units.map((u, i) => {
    const s = signatures.get(u.id);
    // Who signs: the head as recorded on the signature, else the unit's head on file.
    const name = s?.signerName ?? u.headName ?? "";
    const role = s?.signerTitle ?? u.headTitle ?? "";
    return [
      cell(String(i + 1)),
      cell(unitWithRole(year, u)),
      name || role ? cell([text(role)], [bold(name)]) : cell("Họ và tên:", "Chức vụ:"),
      cell(""), // ink and seal
      signingNote(s),
    ];
  });

  return {
    title: `Giao ước thi đua năm ${year.year} - ${year.bloc.name}`,
    subject: title || undefined,
    frame: { ...frame, placeDate: actDateLine(issuer.place, p.actDate), docType: "GIAO ƯỚC THI ĐUA", summary },
    blocks: [
      ...themeParagraphs(year),
      ...bodyParagraphs(p.preamble),
      heading("NỘI DUNG GIAO ƯỚC"),
      ...p.items.map((item, i) => para([bold(`${i + 1}. `), text(item.content.trim())], { indent: true })),
      para(
        `Các đơn vị thành viên ${year.bloc.name} thống nhất ký kết giao ước thi đua năm ${year.year}, cam kết thực hiện đầy đủ các nội dung trên. Giao ước được lập thành ${String(units.length + 1).padStart(2, "0")} bản, mỗi đơn vị thành viên giữ 01 bản, gửi 01 bản về ${settings.boardName} để theo dõi./.`,
        { indent: true },
      ),
      para([bold("ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN KÝ KẾT")], { align: "center", spaceBefore: 6, keepWithNext: true }),
      {
        type: "table",
        minRowHeightMm: PLEDGE_SIGN_ROW_MM,
        columns: [
          { header: "TT", width: 6, align: "center" },
          { header: "Đơn vị", width: 25 },
          { header: "Thủ trưởng đơn vị (chức vụ, họ tên)", width: 25, align: "center" },
          { header: "Ký tên, đóng dấu", width: 26, align: "center" },
          { header: "Ghi chú", width: 18, align: "center" },
        ],
        rows,
      },
      {
        type: "columns",
        spaceBefore: 12,
        columns: [recipientsColumn(50, [`- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]), { width: 50, lines: [] }],
      },
    ],
  };
}
