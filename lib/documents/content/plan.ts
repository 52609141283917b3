import type { PlanDocData } from "@/lib/documents/data";
import { actDateLine, planActDate } from "@/lib/documents/act-date";
import { DOC_SYMBOL, formatDate, numberSymbolLine, upperVi } from "@/lib/documents/layout";
import { cell, heading, italic, labelled, para, recipientsColumn, signatureColumn, type Block, type OfficialDocument } from "@/lib/documents/model";
import { blocWord, issuerOf, themeParagraphs, type DocSettings } from "./common";

/** "15/01/2026", "15/01/2026 - 20/01/2026", or "" */
function when(start: Date | null, end: Date | null): string {
  const a = formatDate(start);
  const b = formatDate(end);
  if (a && b && a !== b) return `${a} - ${b}`;
  return a || b;
}

/** Kế hoạch hoạt động của khối trong năm: theme, leadership and the table of plan items. */
export function planDocument({ blocYear: year, planItems, dateOverride }: PlanDocData, settings: DocSettings): OfficialDocument {
  const khoi = blocWord(year);
  const cum = year.bloc.kind === "CUM";
  const leaderTitle = cum ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI";

  const blocks: Block[] = [
    heading("I. MỤC ĐÍCH, YÊU CẦU"),
    para(
      `Cụ thể hóa các nội dung giao ước thi đua năm ${year.year}; tổ chức các hoạt động của ${khoi} đúng thời gian, thiết thực, hiệu quả, tạo động lực để các đơn vị thành viên hoàn thành tốt nhiệm vụ được giao.`,
      { indent: true },
    ),
  ];
  const theme = themeParagraphs(year);
  if (theme.length) blocks.push(heading("II. CHỦ ĐỀ, KHẨU HIỆU, PHƯƠNG CHÂM"), ...theme);
  const roman = theme.length ? ["III", "IV"] : ["II", "III"];

  blocks.push(
    heading(`${roman[0]}. TỔ CHỨC THỰC HIỆN`),
    labelled(cum ? "Cụm trưởng" : "Trưởng khối", year.leader?.name ?? "…………………………"),
    labelled(cum ? "Cụm phó" : "Phó Trưởng khối", year.deputy?.name ?? "…………………………"),
    labelled("Đơn vị thành viên", `${year.members.length} đơn vị`),
    heading(`${roman[1]}. NỘI DUNG, THỜI GIAN THỰC HIỆN`),
  );
  if (planItems.length === 0) blocks.push(para([italic("Chưa có nội dung hoạt động.")], { indent: true }));
  else
    blocks.push({
      type: "table",
      columns: [
        { header: "TT", width: 7, align: "center" },
        { header: "Nội dung", width: 43 },
        { header: "Thời gian", width: 17, align: "center" },
        { header: "Đơn vị chủ trì", width: 21 },
        { header: "Ghi chú", width: 12 },
      ],
      rows: planItems.map((item, i) => [
        cell(String(i + 1)),
        cell(item.title.trim()),
        cell(when(item.startDate, item.endDate)),
        cell(item.host?.name ?? ""),
        cell(item.note?.trim() ?? ""),
      ]),
    });

  blocks.push(
    para(
      `Trên đây là Kế hoạch hoạt động năm ${year.year} của ${year.bloc.name}. Đề nghị các đơn vị thành viên triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về đơn vị ${cum ? "Cụm trưởng" : "Trưởng khối"} để thống nhất giải quyết.`,
      { indent: true, spaceBefore: 6, keepWithNext: true },
    ),
    {
      type: "columns",
      spaceBefore: 12,
      columns: [
        recipientsColumn(45, [`- ${settings.boardName};`, `- Các đơn vị thành viên ${khoi};`, "- Lưu: VT."]),
        signatureColumn(
          55,
          [`ĐƠN VỊ ${leaderTitle}`, ...(year.leader ? [upperVi(year.leader.headTitle?.trim() || year.leader.name)] : [])],
          year.leader?.headName,
        ),
      ],
    },
  );

  return {
    title: `Kế hoạch hoạt động năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...issuerOf(settings, year),
      numberLine: numberSymbolLine(DOC_SYMBOL.plan, year.bloc.code),
      placeDate: actDateLine(settings.place, planActDate(year, dateOverride)),
      docType: "KẾ HOẠCH",
      summary: [`Hoạt động năm ${year.year} của ${year.bloc.name}`],
    },
    blocks,
  };
}
