// The compiled registrations of a bloc year as an .xlsx (Bảng tổng hợp đăng ký thi đua): one row
// per submitted unit with its titles and targets, then the count of units per award form. Pure:
// data in, bytes out; written through lib/xlsx/workbook.ts like every export.
import { targetText, type TargetValue } from "@/lib/format/target-text";
import { addNote, addRows, addTable, newWorkbook, toBuffer, type ColumnSpec } from "@/lib/xlsx/workbook";

export type CompiledUnit = { unitName: string; headApprovedBy: string | null; submittedAt: string; titles: string[]; targets: TargetValue[] };
export type CompiledRegistrations = {
  kind: "KHOI" | "CUM";
  blocName: string;
  year: number;
  exportedAt: string;
  memberCount: number;
  units: CompiledUnit[];
  perForm: { name: string; count: number }[];
};

const COLUMNS: ColumnSpec[] = [
  { header: "STT", width: 6, center: true },
  { header: "Đơn vị", width: 32, wrap: true },
  { header: "Danh hiệu, hình thức khen thưởng đăng ký", width: 36, wrap: true },
  { header: "Chỉ tiêu công tác chủ yếu", width: 60, wrap: true },
  { header: "Thủ trưởng phê duyệt", width: 22, wrap: true },
  { header: "Ngày gửi", width: 18 },
];

export async function registrationsWorkbook(data: CompiledRegistrations): Promise<Buffer> {
  const workbook = newWorkbook();
  const bloc = data.kind === "CUM" ? "cụm" : "khối";
  const sheet = addTable(
    workbook,
    "Tổng hợp đăng ký",
    [
      `Bảng tổng hợp đăng ký thi đua năm ${data.year}`,
      `${data.blocName}: ${data.units.length}/${data.memberCount} đơn vị trong ${bloc} đã gửi đăng ký. Xuất lúc ${data.exportedAt}.`,
    ],
    COLUMNS,
  );
  addRows(
    sheet,
    COLUMNS,
    data.units.map((u, i) => [
      i + 1,
      u.unitName,
      u.titles.join("\n"),
      u.targets.map((t, n) => `${n + 1}. ${targetText(t)}`).join("\n"),
      u.headApprovedBy ?? "",
      u.submittedAt,
    ]),
  );
  addNote(sheet, COLUMNS, `Số đơn vị đăng ký theo hình thức: ${data.perForm.map((f) => `${f.name}: ${f.count}`).join("; ") || "chưa có"}.`);
  return toBuffer(workbook);
}
