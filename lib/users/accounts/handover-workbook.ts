import { addNote, addRows, addTable, newWorkbook, toBuffer, type ColumnSpec } from "@/lib/xlsx/workbook";
import { compareVi, formatDateTime } from "@/lib/format/vi";
import type { IssuedLink } from "@/lib/users/accounts/service";

const COLUMNS: ColumnSpec[] = [
  { header: "STT", width: 6, center: true },
  { header: "Họ và tên", width: 28, wrap: true },
  { header: "Đơn vị", width: 34, wrap: true },
  { header: "Tên đăng nhập", width: 20 },
  { header: "Liên kết đặt mật khẩu", width: 80, wrap: true },
];

/** Sorted as the handover sheet on screen: by unit, then name, Vietnamese collation. */
export function sortLinks(links: IssuedLink[]): IssuedLink[] {
  return [...links].sort((a, b) => compareVi(a.unitName ?? "", b.unitName ?? "") || compareVi(a.name, b.name));
}

/** The handover sheet as an Excel file, built while the links are known (they are never stored). */
export async function handoverWorkbook(links: IssuedLink[], expiresAt: Date): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = addTable(workbook, "Liên kết đặt mật khẩu", ["Bàn giao liên kết đặt mật khẩu", `Dùng được một lần, đến ${formatDateTime(expiresAt)}`], COLUMNS);
  addRows(
    sheet,
    COLUMNS,
    sortLinks(links).map((l, i) => [i + 1, l.name, l.unitName ?? "", l.username, l.url]),
  );
  addNote(sheet, COLUMNS, "Mỗi người mở liên kết của mình để tự đặt mật khẩu, rồi đăng nhập bằng tên đăng nhập trên. Giữ kín tệp này như giữ mật khẩu.");
  return toBuffer(workbook);
}

export type Handover = { links: IssuedLink[]; expiresAt: Date; workbook: string };

/** What the browser gets once after issuing: the sorted links and the same sheet as an Excel file (base64). */
export async function handoverOf(issued: { links: IssuedLink[]; expiresAt: Date }): Promise<Handover> {
  return { links: sortLinks(issued.links), expiresAt: issued.expiresAt, workbook: (await handoverWorkbook(issued.links, issued.expiresAt)).toString("base64") };
}
