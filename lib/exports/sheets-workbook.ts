// Every member's score sheet of a bloc year as one .xlsx: a summary worksheet, then one
// worksheet per unit with each leaf's three layers, the final value and why. Pure: data in,
// bytes out.
import type { LeafKind } from "@/lib/criteria/types";
import { formatNumber } from "@/lib/format/vi";
import { KIND_LABELS_VI } from "@/lib/criteria/excel-cells";
import type { GateResults, PointsTotals } from "@/lib/scoring/totals";
import { addRows, addTable, newWorkbook, toBuffer, worksheetNames, type ColumnSpec } from "@/lib/xlsx/workbook";
import { addLeafTotals } from "@/lib/exports/sheet-totals";

type Value = number | boolean | null;

export type SheetExportLeaf = {
  code: string;
  title: string;
  kind: LeafKind;
  max: number | null;
  self: Value;
  reviewed: Value;
  appraised: Value;
  final: Value;
  reason: string | null;
  evidenceCount: number;
};

export type SheetExportUnit = {
  unitName: string;
  /** Short name for the worksheet tab. */
  shortName: string;
  status: "NONE" | "DRAFT" | "SUBMITTED" | "RETURNED";
  /** Totals of the final layer; null when the unit has no sheet. */
  totals: PointsTotals | null;
  gates: GateResults | null;
  leaves: SheetExportLeaf[];
};

export type SheetsExport = {
  blocName: string;
  /** A cluster's workbook says "cụm" where a bloc's says "khối". */
  blocKind: "KHOI" | "CUM";
  year: number;
  /** The year's state as the ranking export words it: tạm tính, đã ký, đã phê duyệt. */
  state: string;
  exportedAt: string;
  units: SheetExportUnit[];
};

export const SHEET_STATUS_VI: Record<SheetExportUnit["status"], string> = {
  NONE: "Chưa chấm",
  DRAFT: "Đang chấm",
  SUBMITTED: "Đã nộp",
  RETURNED: "Bị trả lại",
};

const SUMMARY_NAME = "Tổng hợp";

/** A gate as a word, a point as a number, nothing as an empty cell. */
export const cellOf = (v: Value): string | number | null => (v === null ? null : typeof v === "boolean" ? (v ? "Đạt" : "Không đạt") : v);

/** "Đạt", or what failed and what is missing: "Không đạt: G1; Chưa đánh giá: G2". */
export function gatesText(gates: GateResults | null): string {
  if (!gates) return "";
  const parts = [
    gates.failed.length ? `Không đạt: ${gates.failed.join(", ")}` : "",
    gates.missing.length ? `Chưa đánh giá: ${gates.missing.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "Đạt";
}

const SUMMARY_COLUMNS: ColumnSpec[] = [
  { header: "STT", width: 6, center: true },
  { header: "Đơn vị", width: 40, wrap: true },
  { header: "Trạng thái", width: 14 },
  { header: "Điểm tiêu chuẩn", width: 12, points: true },
  { header: "Điểm thưởng", width: 12, points: true },
  { header: "Điểm trừ", width: 12, points: true },
  { header: "Tổng điểm", width: 12, points: true },
  { header: "Điều kiện", width: 24, wrap: true },
];

const unitColumns = (kind: SheetsExport["blocKind"]): ColumnSpec[] => [
  { header: "Mã", width: 8, center: true },
  { header: "Tiêu chí", width: 50, wrap: true },
  { header: "Loại", width: 13 },
  { header: "Điểm tối đa", width: 10, points: true },
  { header: "Tự chấm", width: 10, points: true },
  { header: kind === "CUM" ? "Cụm trưởng chấm" : "Trưởng khối chấm", width: 12, points: true },
  { header: "Ban TĐKT thẩm định", width: 12, points: true },
  { header: "Điểm cuối cùng", width: 11, points: true },
  { header: "Lý do điều chỉnh", width: 36, wrap: true },
  { header: "Số minh chứng", width: 10, center: true },
];

export async function sheetsWorkbook(data: SheetsExport): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `Bảng điểm thi đua năm ${data.year}`;
  const summary = addTable(
    workbook,
    SUMMARY_NAME,
    [`${title} – ${data.blocName}`, `Trạng thái: ${data.state} – xuất ngày ${data.exportedAt}`],
    SUMMARY_COLUMNS,
  );
  const UNIT_COLUMNS = unitColumns(data.blocKind);
  addRows(
    summary,
    SUMMARY_COLUMNS,
    data.units.map((u, i) => [
      i + 1,
      u.unitName,
      SHEET_STATUS_VI[u.status],
      u.totals?.standard ?? null,
      u.totals?.bonus ?? null,
      u.totals?.deduction ?? null,
      u.totals?.total ?? null,
      gatesText(u.gates),
    ]),
  );
  const names = worksheetNames([SUMMARY_NAME, ...data.units.map((u) => u.shortName || u.unitName)]).slice(1);
  data.units.forEach((u, i) => {
    const totals = u.totals ? `Tổng điểm: ${formatNumber(u.totals.total)}` : "Chưa có phiếu chấm";
    const sheet = addTable(workbook, names[i], [u.unitName, `${title} – ${data.blocName} – ${SHEET_STATUS_VI[u.status]} – ${totals}`], UNIT_COLUMNS);
    addRows(
      sheet,
      UNIT_COLUMNS,
      u.leaves.map((l) => [
        l.code,
        l.title,
        KIND_LABELS_VI[l.kind],
        l.max,
        cellOf(l.self),
        cellOf(l.reviewed),
        cellOf(l.appraised),
        cellOf(l.final),
        l.reason,
        l.evidenceCount,
      ]),
    );
    addLeafTotals(sheet, UNIT_COLUMNS, u.leaves);
  });
  return toBuffer(workbook);
}
