// Every onboarding kind's template and export: the same workbook, empty or filled. A bold frozen
// header, text columns kept as text, drop-downs for fixed values, the example row (row 2, grey
// italics, with a note saying it is skipped) and a guide sheet. Read back by read.ts.
import { MAX_ROWS } from "@/lib/onboarding/read";
import type { AnySpec } from "@/lib/onboarding/spec";
import { markTable, printTitle } from "@/lib/xlsx/print";
import { addListValidation, linesFor, newWorkbook, toBuffer } from "@/lib/xlsx/workbook";

const GUIDE_WIDTH = 72;
const EXAMPLE_NOTE = "Dòng ví dụ: để nguyên thì khi nhập được bỏ qua; có thể xóa hoặc ghi đè bằng dữ liệu thật.";

export const COMMON_GUIDE = [
  "Chỉ trang đầu tiên được đọc; các cột được nhận theo tên ở dòng tiêu đề (dòng 1), không phân biệt thứ tự. Không đổi tên cột.",
  "Dòng 2 là dòng ví dụ (chữ nghiêng, màu xám): để nguyên thì được bỏ qua khi nhập; sửa nó thì nó được nhập như mọi dòng khác.",
  "Ô có danh sách thả xuống chỉ nhận các giá trị trong danh sách. Dòng để trống được bỏ qua.",
  "Khi tải lên, hệ thống cho xem trước những gì sẽ được tạo mới, thay đổi hay giữ nguyên; chưa lưu gì cho đến khi bấm Áp dụng.",
  "Có bất kỳ dòng nào sai thì không lưu gì cả: sửa theo danh sách lỗi (có số dòng) rồi tải lên lại.",
];

/** The title printed at the top of every page (row 1 stays the header the import reads): "Nhập đơn vị từ Excel". */
export const onboardingTitle = (spec: AnySpec) => `Nhập ${spec.sheetName.toLocaleLowerCase("vi")} từ Excel`;

export async function onboardingWorkbook(spec: AnySpec, rows: readonly Record<string, string>[]): Promise<Buffer> {
  const workbook = newWorkbook();
  // Printed as every workbook is (lib/xlsx/print.ts): A4, one page wide, the header on every page.
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const fields = Object.keys(spec.columns);
  sheet.columns = fields.map((f) => ({ key: f, header: spec.columns[f].header, width: spec.columns[f].width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.height = 30;
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin" } };
  });
  fields.forEach((f, i) => {
    const column = spec.columns[f];
    const letter = sheet.getColumn(i + 1).letter;
    if (column.text) sheet.getColumn(i + 1).numFmt = "@";
    if (column.choices) addListValidation(sheet, `${letter}2:${letter}${MAX_ROWS + 1}`, column.header, column.choices);
  });
  const example = sheet.addRow(spec.example);
  example.font = { italic: true, color: { argb: "FF64748B" } };
  example.getCell(1).note = EXAMPLE_NOTE;
  // A blank stays an empty cell, not an empty string.
  for (const r of rows) sheet.addRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === "" ? null : v])));
  markTable(sheet, { headerRow: 1, columns: fields.length, lastRow: sheet.rowCount });
  printTitle(sheet, onboardingTitle(spec));

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = GUIDE_WIDTH;
  guide.addRow([onboardingTitle(spec)]).font = { bold: true, size: 13 };
  for (const line of [...COMMON_GUIDE, ...spec.guide]) {
    const row = guide.addRow([line]);
    row.alignment = { wrapText: true, vertical: "top" };
    // Spreadsheets do not size wrapped rows on open: without a height the lines overlap.
    row.height = 15 * linesFor(line, GUIDE_WIDTH);
  }
  return toBuffer(workbook);
}
