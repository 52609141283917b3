// A small document model both renderers draw: the Nghị định 30 frame (header, type, summary)
// and a list of blocks. Content builders (content/*.ts) fill it from loaded data.

export type Align = "left" | "center" | "right" | "justify";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface Paragraph {
  type: "paragraph";
  runs: Run[];
  align?: Align; // default "justify"
  /** First-line indent (body text). */
  indent?: boolean;
  size?: number; // default SIZE.body
  spaceBefore?: number; // pt
  spaceAfter?: number; // pt, default PARAGRAPH_AFTER_PT
  keepWithNext?: boolean;
  /** A heading of the body, kept as a Word heading style in the DOCX (1: "I. …", 2: "1. …", 3: "a) …"). */
  level?: 1 | 2 | 3;
}

export interface Line {
  runs: Run[];
  align?: Align; // default "center"
  size?: number;
  /** Empty space before the line, in points (room for a handwritten signature). */
  spaceBefore?: number;
}

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: Align; // default "left"
}

/** A cell is one or more lines of runs. */
export type Cell = Run[][];

export interface Table {
  type: "table";
  columns: TableColumn[];
  rows: Cell[][];
  size?: number; // default SIZE.table
}

/** Borderless side-by-side columns: the signature block, or "Nơi nhận" beside a signature. */
export interface Columns {
  type: "columns";
  columns: { width: number; lines: Line[] }[];
  spaceBefore?: number;
}

export type Block = Paragraph | Table | Columns;

export interface DocumentFrame {
  /** Issuer, top left, upper-cased by the renderers: the superior body (regular) then the issuer (bold). */
  issuerParent: string;
  issuerName: string;
  numberLine: string; // "Số: …/GƯTĐ-NOICHINH"
  placeDate: string; // "Ninh Bình, ngày 28 tháng 02 năm 2026"
  docType: string; // "GIAO ƯỚC THI ĐUA"
  /** Trích yếu: bold lines under the type, with a short rule under them. */
  summary: string[];
}

export interface OfficialDocument {
  frame: DocumentFrame;
  blocks: Block[];
  /** Document properties. */
  title: string;
  subject?: string;
}

// ---- small constructors used by the content builders ----

export const text = (t: string, style: Omit<Run, "text"> = {}): Run => ({ text: t, ...style });
export const bold = (t: string): Run => ({ text: t, bold: true });
export const italic = (t: string): Run => ({ text: t, italic: true });

export function para(runs: Run[] | string, opts: Omit<Paragraph, "type" | "runs"> = {}): Paragraph {
  return { type: "paragraph", runs: typeof runs === "string" ? [text(runs)] : runs, ...opts };
}

/** Body paragraphs from free text: one per non-empty line, first line indented. */
export function bodyParagraphs(source: string | null | undefined, opts: Omit<Paragraph, "type" | "runs"> = {}): Paragraph[] {
  return (source ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => para(l, { indent: true, ...opts }));
}

/** A section heading in the body: "I. THÀNH PHẦN THAM DỰ". */
export const heading = (t: string): Paragraph => para([bold(t)], { align: "left", keepWithNext: true, spaceBefore: 6, level: 1 });

/** A numbered part under a section heading: "1. Đặc điểm, tình hình". */
export const subheading = (t: string): Paragraph => para([bold(t)], { indent: true, keepWithNext: true, level: 2 });

/** "Label: value" with a bold label. */
export const labelled = (label: string, value: string, opts: Omit<Paragraph, "type" | "runs"> = {}): Paragraph =>
  para([bold(`${label}: `), text(value)], { indent: true, ...opts });

export const cell = (...lines: (string | Run[])[]): Cell => lines.map((l) => (typeof l === "string" ? [text(l)] : l));

/** A signature column: authority lines (bold capitals), the hint, room to sign, then the name. */
export function signatureColumn(width: number, authority: string[], name: string | null | undefined): { width: number; lines: Line[] } {
  return {
    width,
    lines: [
      ...authority.map((a) => ({ runs: [bold(a)] })),
      { runs: [italic("(Ký, ghi rõ họ tên)")], size: 13 },
      { runs: [bold(name?.trim() || " ")], spaceBefore: 60 },
    ],
  };
}

/** "Nơi nhận:" list, bottom left of a document. */
export function recipientsColumn(width: number, recipients: string[]): { width: number; lines: Line[] } {
  return {
    width,
    lines: [
      { runs: [{ text: "Nơi nhận:", bold: true, italic: true }], align: "left", size: 12 },
      ...recipients.map((r) => ({ runs: [text(r)], align: "left" as const, size: 11 })),
    ],
  };
}
