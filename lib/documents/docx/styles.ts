import { AlignmentType, ImportedXmlComponent, type IStylesOptions } from "docx";
import { FIRST_LINE_INDENT_MM, FONT_FAMILY, PARAGRAPH_AFTER_PT, SIZE, mmToTwip, ptToTwip } from "@/lib/documents/layout";

// The Word styles every generated DOCX carries, so a clerk edits it like one of their own
// (docs/ARCHITECTURE.md, "Word files and the achievement report"): the body is Normal or Body
// Text, section headings are Heading 1–3, the document's kind is Title and its trích yếu
// Subtitle, table text has its own style and tables the "Bảng văn bản" table style. The renderer
// writes direct formatting only where a paragraph differs from its style (a centred line, a
// larger gap, a smaller size).

/** Style ids the renderer refers to. */
export const STYLE = {
  normal: "Normal",
  body: "BodyText",
  heading: { 1: "Heading1", 2: "Heading2", 3: "Heading3" },
  title: "Title",
  subtitle: "Subtitle",
  frame: "FrameLine",
  tableText: "TableText",
  tableHeading: "TableHeading",
  header: "Header",
  table: "DocumentTable",
  layoutTable: "LayoutTable",
} as const;

export const halfPt = (pt: number) => Math.round(pt * 2);

/** What each paragraph style gives, for the renderer to leave out of the paragraph itself. */
export const STYLE_DEFAULTS = {
  [STYLE.normal]: { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER_PT },
  [STYLE.body]: { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER_PT },
  [STYLE.heading[1]]: { size: SIZE.body, before: 6, after: PARAGRAPH_AFTER_PT },
  [STYLE.heading[2]]: { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER_PT },
  [STYLE.heading[3]]: { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER_PT },
  [STYLE.frame]: { size: SIZE.body, before: 0, after: 0 },
  [STYLE.tableText]: { size: SIZE.table, before: 0, after: 0 },
  [STYLE.tableHeading]: { size: SIZE.table, before: 0, after: 0 },
} as const;

const spacing = (before: number, after: number) => ({ before: ptToTwip(before), after: ptToTwip(after) });
const heading = (id: string, name: string, extra: { italics?: boolean; indent?: boolean }) => ({
  id,
  name,
  basedOn: STYLE.normal,
  next: STYLE.body,
  quickFormat: true,
  run: { font: FONT_FAMILY, size: halfPt(SIZE.body), bold: true, italics: extra.italics, color: "000000" },
  paragraph: {
    alignment: AlignmentType.LEFT,
    keepNext: true,
    keepLines: true,
    spacing: spacing(STYLE_DEFAULTS[id as keyof typeof STYLE_DEFAULTS].before, PARAGRAPH_AFTER_PT),
    indent: extra.indent ? { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) } : undefined,
    outlineLevel: Number(id.slice(-1)) - 1,
  },
});

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const cellMargins = (top: number, side: number) =>
  `<w:tblCellMar><w:top w:w="${top}" w:type="dxa"/><w:left w:w="${side}" w:type="dxa"/><w:bottom w:w="${top}" w:type="dxa"/><w:right w:w="${side}" w:type="dxa"/></w:tblCellMar>`;

/** The table styles: ruled tables of content, and the borderless ones that lay out the header and signatures. */
const TABLE_STYLES = [
  // Word's own default table style, which the two below are based on.
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>${cellMargins(0, 108)}</w:tblPr></w:style>`,
  `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Bảng văn bản"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="${halfPt(SIZE.table)}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>${cellMargins(40, 80)}</w:tblPr></w:style>`,
  `<w:style w:type="table" w:styleId="${STYLE.layoutTable}"><w:name w:val="Bảng trình bày"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
    `<w:tblPr>${cellMargins(0, 0)}</w:tblPr></w:style>`,
];

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_FAMILY, size: halfPt(SIZE.body), language: { value: "vi-VN" } },
      paragraph: { spacing: spacing(0, PARAGRAPH_AFTER_PT) },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.normal,
      name: "Normal",
      quickFormat: true,
      run: { font: FONT_FAMILY, size: halfPt(SIZE.body) },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: spacing(0, PARAGRAPH_AFTER_PT) },
    },
    {
      id: STYLE.body,
      name: "Body Text",
      basedOn: STYLE.normal,
      next: STYLE.body,
      quickFormat: true,
      paragraph: { indent: { firstLine: mmToTwip(FIRST_LINE_INDENT_MM) } },
    },
    heading(STYLE.heading[1], "heading 1", {}),
    heading(STYLE.heading[2], "heading 2", { indent: true }),
    heading(STYLE.heading[3], "heading 3", { italics: true, indent: true }),
    {
      id: STYLE.title,
      name: "Title",
      basedOn: STYLE.normal,
      next: STYLE.subtitle,
      quickFormat: true,
      run: { font: FONT_FAMILY, size: halfPt(SIZE.docType), bold: true, allCaps: false, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: spacing(18, 0) },
    },
    {
      id: STYLE.subtitle,
      name: "Subtitle",
      basedOn: STYLE.normal,
      next: STYLE.body,
      quickFormat: true,
      run: { font: FONT_FAMILY, size: halfPt(SIZE.summary), bold: true, italics: false, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: spacing(0, 0) },
    },
    {
      id: STYLE.frame,
      name: "Dòng thể thức",
      basedOn: STYLE.normal,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0, 0) },
    },
    {
      id: STYLE.tableText,
      name: "Chữ trong bảng",
      basedOn: STYLE.normal,
      quickFormat: true,
      run: { size: halfPt(SIZE.table) },
      paragraph: { alignment: AlignmentType.LEFT, spacing: spacing(0, 0) },
    },
    {
      id: STYLE.tableHeading,
      name: "Tiêu đề cột",
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    },
    {
      id: STYLE.header,
      name: "header",
      basedOn: STYLE.normal,
      run: { size: halfPt(SIZE.number) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0, 0) },
    },
  ],
  importedStyles: TABLE_STYLES.map((xml) => ImportedXmlComponent.fromXmlString(xml)),
};
