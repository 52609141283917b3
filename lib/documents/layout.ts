// The frame of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I),
// as data shared by the DOCX and PDF builders: page, margins, font sizes, header strings.
import { formatDate, formatDateTime, toDateInputValue, type DateLike } from "@/lib/format/vi";

export const MM_PER_INCH = 25.4;
/** A4 portrait. */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;
/** Margins: top and bottom 20 mm (20–25), left 30 mm (30–35), right 15 mm (15–20). */
export const MARGIN = { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } as const;
export const TEXT_WIDTH_MM = PAGE.widthMm - MARGIN.leftMm - MARGIN.rightMm; // 165 mm

/** The header table: issuer on the left, national title on the right. */
export const HEADER_COLUMNS_MM = { left: 68, right: TEXT_WIDTH_MM - 68 } as const;

export const FONT_FAMILY = "Times New Roman";

/** Sizes in points (Phụ lục I, bảng chi tiết trình bày thể thức). */
export const SIZE = {
  issuer: 12, // tên cơ quan: 12–13
  nationalTitle: 12, // quốc hiệu: 12–13, bold capitals
  motto: 13, // tiêu ngữ: 13–14, bold
  number: 13, // số, ký hiệu
  placeDate: 14, // địa danh, thời gian: 13–14, italic
  docType: 14, // tên loại văn bản: 13–14, bold capitals
  summary: 14, // trích yếu: 13–14, bold
  body: 14, // nội dung: 13–14
  table: 13,
  signature: 14, // quyền hạn, chức vụ, họ tên người ký: 13–14, bold
  recipientsLabel: 12, // "Nơi nhận:" 12, bold italic
  recipients: 11,
} as const;

/** Line height as a multiple of the font size (single to 1.5 lines allowed). */
export const LINE_HEIGHT = 1.2;
/** Space after a body paragraph, in points (at least 6 pt). */
export const PARAGRAPH_AFTER_PT = 6;
/** First-line indent of body paragraphs: 1–1.27 cm. */
export const FIRST_LINE_INDENT_MM = 12.7;

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export const mmToPt = (mm: number) => (mm / MM_PER_INCH) * 72;
export const mmToTwip = (mm: number) => Math.round((mm / MM_PER_INCH) * 1440);
export const ptToTwip = (pt: number) => Math.round(pt * 20);

/** Vietnamese capitals keep their diacritics: "Khối thi đua" → "KHỐI THI ĐUA". */
export const upperVi = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi-VN");

/** Room to write a day or month by hand (no-break spaces survive line layout). */
export const BLANK_DAY = "\u00a0".repeat(7);

/**
 * The place and date line: "Ninh Bình, ngày 28 tháng 02 năm 2026". Days below 10 and the
 * months 1 and 2 take a leading zero (Phụ lục I, mục 5). Without a date the day and month
 * are left blank to be filled in by hand; `year` then fills the year if known.
 */
export function placeDateLine(place: string, date: DateLike, year?: number): string {
  const ymd = toDateInputValue(date);
  if (!ymd) return `${place}, ngày ${BLANK_DAY} tháng ${BLANK_DAY} năm ${year ?? `20${BLANK_DAY}`}`;
  const [y, m, d] = ymd.split("-").map(Number);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * "Số: 05/TTr-SNV": the number in the issuer's register (numbering.ts), a leading zero under 10;
 * without one, "…" for the clerk to fill in.
 */
export function numberSymbolLine(docSymbol: string, issuerCode: string, number?: string | number | null): string {
  const raw = number === null || number === undefined ? "" : String(number).trim();
  const n = raw === "" ? "…" : /^\d$/.test(raw) ? `0${raw}` : raw;
  return `Số: ${n}/${docSymbol}-${issuerCode}`;
}

/** Document symbols (ký hiệu) used in the number line: Phụ lục III (GƯTĐ: giao ước, not listed there). */
export const DOC_SYMBOL = { pledge: "GƯTĐ", minutes: "BB", plan: "KH", submission: "TTr", report: "BC" } as const;

/** The ký hiệu of each numbered kind; a kind not listed here is not numbered in a bloc's register. */
const KIND_SYMBOL: Record<string, string> = {
  pledge: DOC_SYMBOL.pledge,
  minutes: DOC_SYMBOL.minutes,
  "review-minutes": DOC_SYMBOL.minutes,
  plan: DOC_SYMBOL.plan,
  "award-submission": DOC_SYMBOL.submission,
  "bloc-report": DOC_SYMBOL.report,
  registrations: DOC_SYMBOL.report,
};
export const docSymbolOf = (kind: string): string | null => KIND_SYMBOL[kind] ?? null;

/** "08 giờ 30" for the minutes' opening time, in Vietnam time. */
export function clockVi(date: DateLike): string {
  const dt = formatDateTime(date);
  if (!dt) return "";
  const [hh, mm] = dt.split(" ")[1].split(":");
  return `${hh} giờ ${mm}`;
}

/** "ngày 22 tháng 7 năm 2026" (same leading-zero rule as the date line). */
export function longDateVi(date: DateLike): string {
  const line = placeDateLine("x", date);
  return line.slice(line.indexOf("ngày"));
}

export { formatDate };
