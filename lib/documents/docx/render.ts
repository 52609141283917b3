import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { textWidthPt } from "@/lib/documents/fonts";
import {
  FIRST_LINE_INDENT_MM,
  FONT_FAMILY,
  HEADER_COLUMNS_MM,
  MARGIN,
  MOTTO,
  NATIONAL_TITLE,
  PAGE,
  PARAGRAPH_AFTER_PT,
  SIZE,
  TEXT_WIDTH_MM,
  mmToTwip,
  ptToTwip,
  upperVi,
} from "@/lib/documents/layout";
import { issuerLines } from "@/lib/documents/name-lines";
import type { Align, Block, Cell, Columns, Line, OfficialDocument, Paragraph, Run, Table } from "@/lib/documents/model";

const halfPt = (pt: number) => Math.round(pt * 2);
const TEXT_W = mmToTwip(TEXT_WIDTH_MM);
const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };
const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const RULE = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } as const;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function runs(list: Run[], size: number): TextRun[] {
  return list.map((r) => new TextRun({ text: r.text.normalize("NFC"), bold: r.bold, italics: r.italic, size: halfPt(size), font: FONT_FAMILY }));
}

const line = (list: Run[], size: number, align: Align = "center", extra: Partial<ConstructorParameters<typeof DocxParagraph>[0] & object> = {}) =>
  new DocxParagraph({ children: runs(list, size), alignment: ALIGN[align], spacing: { before: 0, after: 0 }, ...extra });

/** An empty, thin paragraph whose top border is a centred rule `lengthPt` long in a box `boxTwip` wide. */
function rule(boxTwip: number, lengthPt: number) {
  const side = Math.max(0, Math.round((boxTwip - ptToTwip(lengthPt)) / 2));
  return new DocxParagraph({
    children: [new TextRun({ text: "", size: 2 })],
    border: { top: RULE },
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0, line: 40, lineRule: "exact" },
  });
}

function plainCell(children: DocxParagraph[], widthTwip: number) {
  return new TableCell({ children, width: { size: widthTwip, type: WidthType.DXA }, margins: NO_MARGIN, borders: TableBorders.NONE });
}

/** The header: issuer | national title, then number | place and date (Phụ lục I, ô 1–5). */
function header(doc: OfficialDocument): DocxTable {
  const f = doc.frame;
  const wl = mmToTwip(HEADER_COLUMNS_MM.left);
  const wr = TEXT_W - wl;
  // Each line its own paragraph, broken between meaningful groups (name-lines.ts).
  const lines = issuerLines(f);
  // The rule under the issuer: 1/3 to 1/2 of the issuer line (measured on its widest line, at most the column).
  const issuerW = Math.min(Math.max(...lines.name.map((l) => textWidthPt(l, SIZE.issuer, "bold"))), (wl / 20) * 0.95);
  const mottoW = textWidthPt(MOTTO, SIZE.motto, "bold");
  const mottoSide = Math.max(0, Math.round((wr - ptToTwip(mottoW + 4)) / 2));
  const left1 = [
    ...lines.parent.map((l) => line([{ text: l }], SIZE.issuer)),
    ...lines.name.map((l) => line([{ text: l, bold: true }], SIZE.issuer)),
    rule(wl, Math.max(issuerW * 0.4, 51)),
  ];
  const right1 = [
    line([{ text: NATIONAL_TITLE, bold: true }], SIZE.nationalTitle),
    // The motto's own bottom border, trimmed by indents to the motto's length.
    line([{ text: MOTTO, bold: true }], SIZE.motto, "center", { border: { bottom: { ...RULE, space: 2 } }, indent: { left: mottoSide, right: mottoSide } }),
  ];
  const row2 = { before: 240, after: 0 };
  return new DocxTable({
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: [wl, wr],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGIN,
    rows: [
      new TableRow({ children: [plainCell(left1, wl), plainCell(right1, wr)] }),
      new TableRow({
        children: [
          plainCell([line([{ text: f.numberLine }], SIZE.number, "center", { spacing: row2 })], wl),
          plainCell([line([{ text: f.placeDate, italic: true }], SIZE.placeDate, "center", { spacing: row2 })], wr),
        ],
      }),
    ],
  });
}

function title(doc: OfficialDocument): DocxParagraph[] {
  const f = doc.frame;
  const out = [line([{ text: upperVi(f.docType), bold: true }], SIZE.docType, "center", { spacing: { before: 360, after: 0 }, keepNext: true })];
  const box = Math.round(TEXT_W * 0.85);
  const pad = Math.round((TEXT_W - box) / 2);
  for (const s of f.summary) out.push(line([{ text: s, bold: true }], SIZE.summary, "center", { indent: { left: pad, right: pad }, keepNext: true }));
  if (f.summary.length) {
    const widest = Math.max(...f.summary.map((s) => Math.min(textWidthPt(s, SIZE.summary, "bold"), (box / 20) * 0.95)));
    out.push(rule(TEXT_W, Math.max(widest * 0.35, 71)));
  }
  out.push(new DocxParagraph({ children: [], spacing: { before: 0, after: 120 } }));
  return out;
}

function paragraph(p: Paragraph): DocxParagraph {
  return new DocxParagraph({
    children: runs(p.runs, p.size ?? SIZE.body),
    alignment: ALIGN[p.align ?? "justify"],
    indent: p.indent ? { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) } : undefined,
    spacing: { before: ptToTwip(p.spaceBefore ?? 0), after: ptToTwip(p.spaceAfter ?? PARAGRAPH_AFTER_PT) },
    keepNext: p.keepWithNext,
    widowControl: true,
  });
}

function cellParagraphs(cell: Cell, size: number, align: Align, bold = false) {
  const lines = cell.length ? cell : [[{ text: "" }]];
  return lines.map((l) => line(bold ? l.map((r) => ({ ...r, bold: true })) : l, size, align));
}

function table(t: Table): DocxTable {
  const size = t.size ?? SIZE.table;
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.round((c.width / total) * TEXT_W));
  const cellOf = (paragraphs: DocxParagraph[], i: number) =>
    new TableCell({ children: paragraphs, width: { size: widths[i], type: WidthType.DXA }, margins: CELL_MARGIN, verticalAlign: VerticalAlignTable.CENTER });
  return new DocxTable({
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((c, i) => cellOf(cellParagraphs([[{ text: c.header }]], size, "center", true), i)),
      }),
      ...t.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            height: t.minRowHeightMm ? { value: mmToTwip(t.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined,
            children: row.map((cell, i) => cellOf(cellParagraphs(cell, size, t.columns[i].align ?? "left"), i)),
          }),
      ),
    ],
  });
}

function columns(c: Columns): DocxTable {
  const total = c.columns.reduce((s, col) => s + col.width, 0);
  const widths = c.columns.map((col) => Math.round((col.width / total) * TEXT_W));
  const para = (l: Line, first: boolean) =>
    line(l.runs, l.size ?? SIZE.signature, l.align ?? "center", {
      spacing: { before: ptToTwip((l.spaceBefore ?? 0) + (first ? (c.spaceBefore ?? 0) : 0)), after: 0 },
      keepNext: true,
    });
  return new DocxTable({
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGIN,
    rows: [
      new TableRow({
        cantSplit: true,
        children: c.columns.map((col, i) =>
          plainCell(
            col.lines.map((l, li) => para(l, li === 0)),
            widths[i],
          ),
        ),
      }),
    ],
  });
}

function block(b: Block) {
  return b.type === "paragraph" ? paragraph(b) : b.type === "table" ? table(b) : columns(b);
}

/** Two tables in a row would merge into one in Word and LibreOffice (the second taking the first's borders): an empty paragraph keeps them apart. */
function separated(blocks: Block[]): Block[] {
  return blocks.flatMap((b, i) =>
    b.type !== "paragraph" && blocks[i + 1] && blocks[i + 1].type !== "paragraph" ? [b, { type: "paragraph", runs: [], spaceAfter: 0 } as Paragraph] : [b],
  );
}

/** Renders the document as DOCX: A4, Nghị định 30 margins, Times New Roman. */
export async function renderDocx(model: OfficialDocument): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new DocxParagraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPt(SIZE.number), font: FONT_FAMILY })],
      }),
    ],
  });
  const doc = new Document({
    creator: "Thi đua khối",
    title: model.title,
    subject: model.subject,
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: halfPt(SIZE.body), language: { value: "vi-VN" } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true, // no page number on the first page
          page: {
            size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwip(MARGIN.topMm),
              bottom: mmToTwip(MARGIN.bottomMm),
              left: mmToTwip(MARGIN.leftMm),
              right: mmToTwip(MARGIN.rightMm),
              header: mmToTwip(8),
              footer: mmToTwip(8),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [header(model), ...title(model), ...separated(model.blocks).map(block)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
