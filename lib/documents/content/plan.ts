import type { PlanDocData } from "@/lib/documents/data";
import { actDateLine, planActDate } from "@/lib/documents/act-date";
import { formatDate, upperVi } from "@/lib/documents/layout";
import {
  cell,
  heading,
  italic,
  labelled,
  para,
  recipientsColumn,
  subheading,
  signatureColumn,
  type Block,
  type Cell,
  type OfficialDocument,
  type Table,
} from "@/lib/documents/model";

const sub = subheading;
import { blocFrame, blocWord, themeParagraphs, type DocSettings } from "./common";

/** The time cell: "15/01/2026", or the start and end on two lines so a date never breaks. */
function when(start: Date | null, end: Date | null): Cell {
  const a = formatDate(start);
  const b = formatDate(end);
  if (a && b && a !== b) return cell(`${a} -`, b);
  return cell(a || b);
}

/**
 * The activities table. Widths are chosen so "30/11/2026" (and "30/11/2026 -") stays on one line
 * in the time and notes columns at the table's 13 pt (tests/unit/documents-content.test.ts).
 */
export const PLAN_COLUMNS = [
  { header: "TT", width: 6, align: "center" },
  { header: "Nội dung", width: 35 },
  { header: "Thời gian", width: 17, align: "center" },
  { header: "Đơn vị chủ trì", width: 20 },
  { header: "Ghi chú", width: 22 },
] as const satisfies Table["columns"];

/**
 * Kế hoạch hoạt động của khối trong năm, in the order of a kế hoạch: I. Mục đích, yêu cầu;
 * II. Nội dung (theme, the activities with their time and host); III. Tổ chức thực hiện (each
 * party's duties, reporting, funding).
 */
export function planDocument({ blocYear: year, planItems, dateOverride }: PlanDocData, settings: DocSettings): OfficialDocument {
  const khoi = blocWord(year);
  const cum = year.bloc.kind === "CUM";
  const leaderTitle = cum ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI";
  const leaderWord = cum ? "Cụm trưởng" : "Trưởng khối";
  const deputyWord = cum ? "Cụm phó" : "Phó Trưởng khối";

  const blocks: Block[] = [
    heading("I. MỤC ĐÍCH, YÊU CẦU"),
    para(
      `Cụ thể hóa các nội dung giao ước thi đua năm ${year.year}; tổ chức các hoạt động của ${khoi} đúng thời gian, thiết thực, hiệu quả, tạo động lực để các đơn vị thành viên hoàn thành tốt nhiệm vụ được giao.`,
      { indent: true },
    ),
    heading("II. NỘI DUNG"),
  ];
  const theme = themeParagraphs(year);
  if (theme.length) blocks.push(sub("1. Chủ đề, khẩu hiệu, phương châm"), ...theme);
  blocks.push(sub(`${theme.length ? "2" : "1"}. Các hoạt động, thời gian và đơn vị chủ trì`));
  if (planItems.length === 0) blocks.push(para([italic("Chưa có nội dung hoạt động.")], { indent: true }));
  else
    blocks.push({
      type: "table",
      columns: [...PLAN_COLUMNS],
      rows: planItems.map((item, i) => [
        cell(String(i + 1)),
        cell(item.title.trim()),
        when(item.startDate, item.endDate),
        cell(item.host?.name ?? ""),
        cell(item.note?.trim() ?? ""),
      ]),
    });

  blocks.push(
    heading("III. TỔ CHỨC THỰC HIỆN"),
    labelled(
      `1. Đơn vị ${leaderWord}${year.leader ? ` (${year.leader.name})` : ""}`,
      `chủ trì triển khai Kế hoạch; đôn đốc các đơn vị thành viên thực hiện; tổng hợp kết quả, báo cáo Ban Thi đua - Khen thưởng.`,
    ),
    labelled(
      `2. Đơn vị ${deputyWord}${year.deputy ? ` (${year.deputy.name})` : ""}`,
      `phối hợp với đơn vị ${leaderWord} tổ chức các hoạt động; thay mặt đơn vị ${leaderWord} khi được phân công.`,
    ),
    labelled(
      `3. Các đơn vị thành viên (${year.members.length} đơn vị)`,
      `tham gia đầy đủ các hoạt động; đăng ký thi đua, báo cáo sơ kết 6 tháng và tổng kết năm đúng thời hạn.`,
    ),
    labelled("4. Kinh phí", `đơn vị chủ trì hoạt động bảo đảm kinh phí tổ chức hoạt động do mình chủ trì theo quy định.`),
  );

  blocks.push(
    para(
      `Trên đây là Kế hoạch hoạt động năm ${year.year} của ${year.bloc.name}. Đề nghị các đơn vị thành viên triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về đơn vị ${leaderWord} để thống nhất giải quyết.`,
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

  // Who heads it and where it is dated follow the council's practice for plans (content/common.ts).
  const frame = blocFrame("plan", settings, year);
  return {
    title: `Kế hoạch hoạt động năm ${year.year} - ${year.bloc.name}`,
    subject: year.bloc.name,
    frame: {
      ...frame.frame,
      placeDate: actDateLine(frame.issuer.place, planActDate(year, dateOverride)),
      docType: "KẾ HOẠCH",
      summary: [`Hoạt động năm ${year.year} của ${year.bloc.name}`],
    },
    blocks,
  };
}
