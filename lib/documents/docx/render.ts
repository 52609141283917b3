import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { textWidthPt } from "@/lib/documents/fonts";
import { HEADER_COLUMNS_MM, MARGIN, MOTTO, NATIONAL_TITLE, PAGE, SIZE, TEXT_WIDTH_MM, mmToTwip, ptToTwip, upperVi } from "@/lib/documents/layout";
import type { Align, Block, Cell, Columns, Line, OfficialDocument, Paragraph, Run, Table } from "@/lib/documents/model";
import { DOCUMENT_STYLES, STYLE, STYLE_DEFAULTS, halfPt } from "./styles";

// Every paragraph names its Word style (styles.ts) and carries only what differs from it, so a
// clerk who changes the body's font or a heading's spacing changes the whole document.

type StyleId = keyof typeof STYLE_DEFAULTS;
type ParagraphOptions = Partial<ConstructorParameters<typeof DocxParagraph>[0] & object>;

const TEXT_W = mmToTwip(TEXT_WIDTH_MM);
const RULE = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } as const;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
/** Each style's own alignment: a paragraph aligned the same way writes none. */
const STYLE_ALIGN: Record<StyleId, Align> = {
  [STYLE.normal]: "justify",
  [STYLE.body]: "justify",
  [STYLE.heading[1]]: "left",
  [STYLE.heading[2]]: "left",
  [STYLE.heading[3]]: "left",
  [STYLE.frame]: "center",
  [STYLE.tableText]: "left",
  [STYLE.tableHeading]: "center",
};

/** Runs with their size only where it differs from the style's, and bold left to a heading style. */
function runs(list: Run[], style: StyleId, size: number = STYLE_DEFAULTS[style].size, styleBold = false): TextRun[] {
  const own = size === STYLE_DEFAULTS[style].size ? undefined : halfPt(size);
  return list.map((r) => new TextRun({ text: r.text.normalize("NFC"), bold: styleBold ? undefined : r.bold, italics: r.italic, size: own }));
}

/** A paragraph of `style`, with alignment and spacing written only where they differ from it. */
function styled(
  style: StyleId,
  list: Run[],
  o: { size?: number; align?: Align; before?: number; after?: number; styleBold?: boolean } & ParagraphOptions = {},
) {
  const { size, align, before, after, styleBold, ...extra } = o;
  const d = STYLE_DEFAULTS[style];
  const b = before ?? d.before;
  const a = after ?? d.after;
  return new DocxParagraph({
    style,
    children: runs(list, style, size, styleBold),
    alignment: align && align !== STYLE_ALIGN[style] ? ALIGN[align] : undefined,
    spacing: b !== d.before || a !== d.after ? { before: ptToTwip(b), after: ptToTwip(a) } : undefined,
    ...extra,
  });
}

const frameLine = (list: Run[], size: number, align: Align = "center", extra: ParagraphOptions & { before?: number } = {}) =>
  styled(STYLE.frame, list, { size, align, ...extra });

/** An empty, thin paragraph whose top border is a centred rule `lengthPt` long in a box `boxTwip` wide. */
function rule(boxTwip: number, lengthPt: number) {
  const side = Math.max(0, Math.round((boxTwip - ptToTwip(lengthPt)) / 2));
  return new DocxParagraph({
    style: STYLE.frame,
    children: [new TextRun({ text: "", size: 2 })],
    border: { top: RULE },
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0, line: 40, lineRule: "exact" },
  });
}

/** A cell of a borderless layout table (the header, the signatures). */
const plainCell = (children: DocxParagraph[], widthTwip: number) => new TableCell({ children, width: { size: widthTwip, type: WidthType.DXA } });

const layoutTable = (widths: number[], rows: TableRow[]) =>
  new DocxTable({ style: STYLE.layoutTable, width: { size: TEXT_W, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows });

/** The header: issuer | national title, then number | place and date (Phụ lục I, ô 1–5). */
function header(doc: OfficialDocument): DocxTable {
  const f = doc.frame;
  const wl = mmToTwip(HEADER_COLUMNS_MM.left);
  const wr = TEXT_W - wl;
  const issuer = upperVi(f.issuerName);
  // The rule under the issuer: 1/3 to 1/2 of the issuer line (measured on its widest line, at most the column).
  const issuerW = Math.min(textWidthPt(issuer, SIZE.issuer, "bold"), (wl / 20) * 0.95);
  const mottoW = textWidthPt(MOTTO, SIZE.motto, "bold");
  const mottoSide = Math.max(0, Math.round((wr - ptToTwip(mottoW + 4)) / 2));
  const left1 = [
    // No governing body on record: no empty line above the issuer.
    ...(f.issuerParent.trim() ? [frameLine([{ text: upperVi(f.issuerParent) }], SIZE.issuer)] : []),
    frameLine([{ text: issuer, bold: true }], SIZE.issuer),
    rule(wl, Math.max(issuerW * 0.4, 51)),
  ];
  const right1 = [
    frameLine([{ text: NATIONAL_TITLE, bold: true }], SIZE.nationalTitle),
    // The motto's own bottom border, trimmed by indents to the motto's length.
    frameLine([{ text: MOTTO, bold: true }], SIZE.motto, "center", {
      border: { bottom: { ...RULE, space: 2 } },
      indent: { left: mottoSide, right: mottoSide },
    }),
  ];
  return layoutTable(
    [wl, wr],
    [
      new TableRow({ children: [plainCell(left1, wl), plainCell(right1, wr)] }),
      new TableRow({
        children: [
          plainCell([frameLine([{ text: f.numberLine }], SIZE.number, "center", { before: 12 })], wl),
          plainCell([frameLine([{ text: f.placeDate, italic: true }], SIZE.placeDate, "center", { before: 12 })], wr),
        ],
      }),
    ],
  );
}

/** The kind in the Title style, the trích yếu in Subtitle, the short rule under them. */
function title(doc: OfficialDocument): DocxParagraph[] {
  const f = doc.frame;
  const out = [new DocxParagraph({ style: STYLE.title, children: [new TextRun(upperVi(f.docType))] })];
  const box = Math.round(TEXT_W * 0.85);
  const pad = Math.round((TEXT_W - box) / 2);
  for (const s of f.summary)
    out.push(new DocxParagraph({ style: STYLE.subtitle, children: [new TextRun(s.normalize("NFC"))], indent: { left: pad, right: pad } }));
  if (f.summary.length) {
    const widest = Math.max(...f.summary.map((s) => Math.min(textWidthPt(s, SIZE.summary, "bold"), (box / 20) * 0.95)));
    out.push(rule(TEXT_W, Math.max(widest * 0.35, 71)));
  }
  out.push(new DocxParagraph({ style: STYLE.frame, children: [], spacing: { before: 0, after: 120 } }));
  return out;
}

function paragraph(p: Paragraph): DocxParagraph {
  const style: StyleId = p.level ? STYLE.heading[p.level] : p.indent ? STYLE.body : STYLE.normal;
  const heading = p.level !== undefined;
  return styled(style, p.runs, {
    size: p.size ?? SIZE.body,
    align: p.align ?? STYLE_ALIGN[style],
    before: p.spaceBefore ?? STYLE_DEFAULTS[style].before,
    after: p.spaceAfter ?? STYLE_DEFAULTS[style].after,
    styleBold: heading && p.runs.every((r) => r.bold),
    keepNext: !heading && p.keepWithNext ? true : undefined,
  });
}

function cellParagraphs(cell: Cell, size: number, align: Align, head = false) {
  const lines = cell.length ? cell : [[{ text: "" }]];
  return lines.map((l) => styled(head ? STYLE.tableHeading : STYLE.tableText, l, { size, align, styleBold: head }));
}

/** A table of content in the "Bảng văn bản" style: its borders and cell margins come from the style. */
function table(t: Table): DocxTable {
  const size = t.size ?? SIZE.table;
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.round((c.width / total) * TEXT_W));
  const cellOf = (paragraphs: DocxParagraph[], i: number) =>
    new TableCell({ children: paragraphs, width: { size: widths[i], type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
  return new DocxTable({
    style: STYLE.table,
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((c, i) => cellOf(cellParagraphs([[{ text: c.header }]], size, "center", true), i)),
      }),
      ...t.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((cell, i) => cellOf(cellParagraphs(cell, size, t.columns[i].align ?? "left"), i)) }),
      ),
    ],
  });
}

function columns(c: Columns): DocxTable {
  const total = c.columns.reduce((s, col) => s + col.width, 0);
  const widths = c.columns.map((col) => Math.round((col.width / total) * TEXT_W));
  const para = (l: Line, first: boolean) =>
    frameLine(l.runs, l.size ?? SIZE.signature, l.align ?? "center", { before: (l.spaceBefore ?? 0) + (first ? (c.spaceBefore ?? 0) : 0), keepNext: true });
  return layoutTable(widths, [
    new TableRow({
      cantSplit: true,
      children: c.columns.map((col, i) =>
        plainCell(
          col.lines.map((l, li) => para(l, li === 0)),
          widths[i],
        ),
      ),
    }),
  ]);
}

function block(b: Block) {
  return b.type === "paragraph" ? paragraph(b) : b.type === "table" ? table(b) : columns(b);
}

/** Renders the document as DOCX: A4, Nghị định 30 margins, Times New Roman, Word styles, the page number as a PAGE field from page 2. */
export async function renderDocx(model: OfficialDocument): Promise<Buffer> {
  // PageNumber.CURRENT is written as a PAGE field, which Word and LibreOffice update themselves.
  const pageNumber = new Header({ children: [new DocxParagraph({ style: STYLE.header, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
  const doc = new Document({
    creator: "Thi đua khối",
    title: model.title,
    subject: model.subject,
    styles: DOCUMENT_STYLES,
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
        children: [header(model), ...title(model), ...model.blocks.map(block)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
