import type { PledgeDocData } from "@/lib/documents/data";
import { actDateLine } from "@/lib/documents/act-date";
import { DOC_SYMBOL, formatDate, numberSymbolLine } from "@/lib/documents/layout";
import { bodyParagraphs, bold, cell, heading, italic, para, text, type Cell, type OfficialDocument } from "@/lib/documents/model";
import { issuerOf, themeParagraphs, unitWithRole, type DocSettings } from "./common";

const BLANK = "…………………………";

/** Giao ước thi đua: content items, then one signature row per member unit. */
export function pledgeDocument(p: PledgeDocData, settings: DocSettings): OfficialDocument {
  const year = p.blocYear;
  const signatures = new Map(p.signatures.map((s) => [s.unitId, s]));
  // Units that signed but are no longer members still appear (the signature is part of the record).
  const units = [...year.members, ...p.signatures.filter((s) => !year.members.some((m) => m.id === s.unitId)).map((s) => s.unit)];

  const title = p.title.trim();
  const genericTitle = /^giao ước thi đua$/i.test(title);
  const summary = genericTitle || !title ? [`Năm ${year.year}`] : [title];
  if (!title.toLowerCase().includes(year.bloc.name.toLowerCase())) summary.push(year.bloc.name);

  const rows: Cell[][] = units.map((u, i) => {
    const s = signatures.get(u.id);
    return [
      cell(String(i + 1)),
      cell(unitWithRole(year, u)),
      s ? cell([bold(s.signerName)], s.signerTitle) : cell(BLANK, BLANK),
      s ? cell(formatDate(s.signedAt)) : cell("…/…/20…"),
      // A paper signature's ink is on the signed copy; an online one exists only in the system.
      s ? cell([italic(s.onPaper ? "Đã ký trên giấy" : "Đã ký trực tuyến")]) : cell(""),
    ];
  });

  return {
    title: `Giao ước thi đua năm ${year.year} - ${year.bloc.name}`,
    subject: title || undefined,
    frame: {
      ...issuerOf(settings, year),
      numberLine: numberSymbolLine(DOC_SYMBOL.pledge, year.bloc.code),
      placeDate: actDateLine(settings.place, p.actDate),
      docType: "GIAO ƯỚC THI ĐUA",
      summary,
    },
    blocks: [
      ...themeParagraphs(year),
      ...bodyParagraphs(p.preamble),
      heading("NỘI DUNG GIAO ƯỚC"),
      ...p.items.map((item, i) => para([bold(`${i + 1}. `), text(item.content.trim())], { indent: true })),
      para(`Các đơn vị thành viên ${year.bloc.name} thống nhất ký kết giao ước thi đua năm ${year.year}, cam kết thực hiện đầy đủ các nội dung trên.`, {
        indent: true,
      }),
      para([bold("ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN KÝ KẾT")], { align: "center", spaceBefore: 6, keepWithNext: true }),
      {
        type: "table",
        columns: [
          { header: "TT", width: 6, align: "center" },
          { header: "Đơn vị", width: 31 },
          { header: "Người ký (họ tên, chức vụ)", width: 31 },
          { header: "Ngày ký", width: 15, align: "center" },
          { header: "Chữ ký", width: 17, align: "center" },
        ],
        rows,
      },
    ],
  };
}
