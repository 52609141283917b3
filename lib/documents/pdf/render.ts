import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { fontBytes, subsetSafeFontkit, type FontStyle } from "@/lib/documents/fonts";
import {
  FIRST_LINE_INDENT_MM,
  HEADER_COLUMNS_MM,
  LINE_HEIGHT,
  MARGIN,
  MOTTO,
  NATIONAL_TITLE,
  PAGE,
  PARAGRAPH_AFTER_PT,
  SIZE,
  mmToPt,
  upperVi,
} from "@/lib/documents/layout";
import type { Align, Block, Cell, Columns, Line, OfficialDocument, Paragraph, Run, Table } from "@/lib/documents/model";
import { drawLine, layoutRuns, type LaidLine, type PdfFonts } from "./text-layout";

const BLACK = rgb(0, 0, 0);
const RULE = 0.6; // pt
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

const pageW = mmToPt(PAGE.widthMm);
const pageH = mmToPt(PAGE.heightMm);
const left = mmToPt(MARGIN.leftMm);
const textW = pageW - left - mmToPt(MARGIN.rightMm);
const top = mmToPt(MARGIN.topMm);
const bottomLimit = pageH - mmToPt(MARGIN.bottomMm);

const lineHeight = (size: number) => size * LINE_HEIGHT;

/** Lays out the document top to bottom; `y` is the distance from the top edge of the page. */
class PdfWriter {
  page!: PDFPage;
  y = top;
  pageCount = 0;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([pageW, pageH]);
    this.pageCount += 1;
    this.y = top;
    // Page numbers from the second page, centred in the top margin (Phụ lục I).
    if (this.pageCount > 1) {
      const label = String(this.pageCount);
      const w = this.fonts.regular.widthOfTextAtSize(label, SIZE.number);
      this.page.drawText(label, { x: (pageW - w) / 2, y: pageH - top / 2 - SIZE.number / 2, size: SIZE.number, font: this.fonts.regular, color: BLACK });
    }
  }

  ensure(height: number) {
    if (this.y + height > bottomLimit && this.y > top) this.newPage();
  }

  text(text: string, x: number, yTop: number, size: number, font: PDFFont) {
    // Baseline about 0.95 em below the top of a 1.2 em line.
    this.page.drawText(text, { x, y: pageH - yTop - size * 0.95, size, font, color: BLACK });
  }

  hLine(x1: number, x2: number, yTop: number, thickness = RULE) {
    this.page.drawLine({ start: { x: x1, y: pageH - yTop }, end: { x: x2, y: pageH - yTop }, thickness, color: BLACK });
  }

  /** Draws laid-out lines at the current page from yTop; returns the height used. */
  drawLines(lines: LaidLine[], x: number, width: number, yTop: number, size: number, align: Align): number {
    const space = this.fonts.regular.widthOfTextAtSize(" ", size);
    lines.forEach((line, i) => {
      drawLine((t, lx, font) => this.text(t, lx, yTop + i * lineHeight(size), size, font), line, x, width, align, space);
    });
    return lines.length * lineHeight(size);
  }

  layout(runs: Run[], size: number, width: number, indent = 0) {
    return layoutRuns(runs, this.fonts, size, width, indent);
  }

  // ---- blocks ----

  paragraph(p: Paragraph, next?: Block) {
    const size = p.size ?? SIZE.body;
    const lh = lineHeight(size);
    const lines = this.layout(p.runs, size, textW, p.indent ? mmToPt(FIRST_LINE_INDENT_MM) : 0);
    this.y += p.spaceBefore ?? 0;
    // Keep a heading with the start of what follows; never leave one line alone at a page foot.
    const keep = p.keepWithNext && next ? lines.length * lh + this.leadHeight(next) : Math.min(lines.length, 2) * lh;
    this.ensure(keep);
    const align = p.align ?? "justify";
    const space = this.fonts.regular.widthOfTextAtSize(" ", size);
    for (const line of lines) {
      this.ensure(lh);
      drawLine((t, x, font) => this.text(t, x, this.y, size, font), line, left, textW, align, space);
      this.y += lh;
    }
    this.y += p.spaceAfter ?? PARAGRAPH_AFTER_PT;
  }

  /** Height of the first part of a block: what a heading must stay with. */
  leadHeight(b: Block): number {
    if (b.type === "paragraph") return 2 * lineHeight(b.size ?? SIZE.body) + (b.spaceBefore ?? 0);
    if (b.type === "table") {
      const widths = this.columnWidths(b);
      const size = b.size ?? SIZE.table;
      const head = this.rowHeight(
        b.columns.map((c) => [[{ text: c.header, bold: true }]]),
        widths,
        size,
      );
      return head + (b.rows[0] ? this.rowHeight(b.rows[0], widths, size) : 0);
    }
    return this.columnsHeight(b);
  }

  columnWidths(t: Table): number[] {
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    return t.columns.map((c) => (c.width / total) * textW);
  }

  cellLines(cell: Cell, width: number, size: number) {
    return cell.flatMap((runs) => this.layout(runs, size, width - 2 * CELL_PAD_X));
  }

  rowHeight(row: Cell[], widths: number[], size: number) {
    const lines = Math.max(1, ...row.map((c, i) => this.cellLines(c, widths[i], size).length));
    return lines * lineHeight(size) + 2 * CELL_PAD_Y;
  }

  drawRow(row: Cell[], widths: number[], size: number, aligns: Align[], height: number) {
    this.drawCells(
      row.map((cell, i) => this.cellLines(cell, widths[i], size)),
      widths,
      size,
      aligns,
      height,
    );
  }

  drawCells(cells: LaidLine[][], widths: number[], size: number, aligns: Align[], height: number) {
    let x = left;
    cells.forEach((lines, i) => {
      const used = lines.length * lineHeight(size);
      const yTop = this.y + (height - used) / 2; // vertically centred
      this.drawLines(lines, x + CELL_PAD_X, widths[i] - 2 * CELL_PAD_X, yTop, size, aligns[i]);
      this.page.drawRectangle({ x, y: pageH - this.y - height, width: widths[i], height, borderColor: BLACK, borderWidth: 0.5 });
      x += widths[i];
    });
    this.y += height;
  }

  table(t: Table) {
    const size = t.size ?? SIZE.table;
    const widths = this.columnWidths(t);
    const header: Cell[] = t.columns.map((c) => [[{ text: c.header, bold: true }]]);
    const headAligns: Align[] = t.columns.map(() => "center");
    const aligns: Align[] = t.columns.map((c) => c.align ?? "left");
    const headH = this.rowHeight(header, widths, size);
    const first = t.rows[0] ? this.rowHeight(t.rows[0], widths, size) : 0;
    this.ensure(headH + first);
    this.drawRow(header, widths, size, headAligns, headH);
    const continued = () => {
      this.newPage();
      this.drawRow(header, widths, size, headAligns, headH); // the header repeats on every page
    };
    for (const row of t.rows) {
      const h = this.rowHeight(row, widths, size);
      if (this.y + h <= bottomLimit) this.drawRow(row, widths, size, aligns, h);
      else if (headH + h <= bottomLimit - top) {
        continued();
        this.drawRow(row, widths, size, aligns, h);
      } else this.splitRow(row, widths, size, aligns, continued);
    }
    this.y += PARAGRAPH_AFTER_PT;
  }

  /** A row taller than a page (a long note) breaks across pages, as Word does: nothing is drawn past the foot. */
  splitRow(row: Cell[], widths: number[], size: number, aligns: Align[], continued: () => void) {
    const lh = lineHeight(size);
    const cells = row.map((cell, i) => this.cellLines(cell, widths[i], size));
    while (cells.some((lines) => lines.length)) {
      const fit = Math.floor((bottomLimit - this.y - 2 * CELL_PAD_Y) / lh);
      if (fit < 1) {
        continued();
        continue;
      }
      const part = cells.map((lines) => lines.splice(0, fit));
      this.drawCells(part, widths, size, aligns, Math.max(...part.map((lines) => lines.length)) * lh + 2 * CELL_PAD_Y);
      if (cells.some((lines) => lines.length)) continued();
    }
  }

  columnLayouts(c: Columns) {
    const total = c.columns.reduce((s, col) => s + col.width, 0);
    return c.columns.map((col) => {
      const width = (col.width / total) * textW;
      return {
        width,
        lines: col.lines.map((l: Line) => {
          const size = l.size ?? SIZE.signature;
          return { l, size, laid: this.layout(l.runs, size, width) };
        }),
      };
    });
  }

  columnsHeight(c: Columns) {
    return (
      (c.spaceBefore ?? 0) +
      Math.max(...this.columnLayouts(c).map((col) => col.lines.reduce((s, x) => s + (x.l.spaceBefore ?? 0) + x.laid.length * lineHeight(x.size), 0)))
    );
  }

  columns(c: Columns) {
    this.ensure(this.columnsHeight(c));
    this.y += c.spaceBefore ?? 0;
    let x = left;
    let maxY = this.y;
    for (const col of this.columnLayouts(c)) {
      let y = this.y;
      for (const { l, size, laid } of col.lines) {
        y += l.spaceBefore ?? 0;
        y += this.drawLines(laid, x, col.width, y, size, l.align ?? "center");
      }
      maxY = Math.max(maxY, y);
      x += col.width;
    }
    this.y = maxY + PARAGRAPH_AFTER_PT;
  }

  // ---- the Nghị định 30 frame ----

  header(doc: OfficialDocument) {
    const f = doc.frame;
    const wl = mmToPt(HEADER_COLUMNS_MM.left);
    const wr = mmToPt(HEADER_COLUMNS_MM.right);
    const xl = left;
    const xr = left + wl;

    // Left: superior body (regular), issuer (bold), short rule.
    let yl = this.y;
    yl += this.drawLines(this.layout([{ text: upperVi(f.issuerParent) }], SIZE.issuer, wl), xl, wl, yl, SIZE.issuer, "center");
    const issuer = this.layout([{ text: upperVi(f.issuerName), bold: true }], SIZE.issuer, wl);
    yl += this.drawLines(issuer, xl, wl, yl, SIZE.issuer, "center");
    const issuerW = Math.max(...issuer.map((l) => l.width));
    const ruleL = Math.max(issuerW * 0.4, mmToPt(18));
    this.hLine(xl + (wl - ruleL) / 2, xl + (wl + ruleL) / 2, yl + 4);
    yl += 3;

    // Right: national title and motto (bold), rule as long as the motto.
    let yr = this.y;
    yr += this.drawLines(this.layout([{ text: NATIONAL_TITLE, bold: true }], SIZE.nationalTitle, wr), xr, wr, yr, SIZE.nationalTitle, "center");
    const motto = this.layout([{ text: MOTTO, bold: true }], SIZE.motto, wr);
    yr += this.drawLines(motto, xr, wr, yr, SIZE.motto, "center");
    const mottoW = motto[0].width;
    this.hLine(xr + (wr - mottoW) / 2, xr + (wr + mottoW) / 2, yr + 2.5);
    yr += 3;

    // Second row: number and symbol | place and date, on one line.
    const row2 = Math.max(yl, yr) + 12;
    const num = this.layout([{ text: f.numberLine }], SIZE.number, wl);
    const date = this.layout([{ text: f.placeDate, italic: true }], SIZE.placeDate, wr);
    const h2 = Math.max(
      this.drawLines(num, xl, wl, row2 + (SIZE.placeDate - SIZE.number) * 0.95, SIZE.number, "center"),
      this.drawLines(date, xr, wr, row2, SIZE.placeDate, "center"),
    );
    this.y = row2 + h2 + 18;

    // Document type and summary (trích yếu), centred and bold, with a short rule under.
    this.y += this.drawLines(this.layout([{ text: upperVi(f.docType), bold: true }], SIZE.docType, textW), left, textW, this.y, SIZE.docType, "center");
    let widest = 0;
    for (const s of f.summary) {
      const lines = this.layout([{ text: s, bold: true }], SIZE.summary, textW * 0.85);
      widest = Math.max(widest, ...lines.map((l) => l.width));
      this.y += this.drawLines(lines, left + textW * 0.075, textW * 0.85, this.y, SIZE.summary, "center");
    }
    if (f.summary.length) {
      const rl = Math.max(widest * 0.35, mmToPt(25));
      this.hLine(left + (textW - rl) / 2, left + (textW + rl) / 2, this.y + 3.5);
    }
    this.y += 18;
  }
}

async function embedFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(subsetSafeFontkit);
  const styles: FontStyle[] = ["regular", "bold", "italic", "boldItalic"];
  const fonts = await Promise.all(styles.map((s) => doc.embedFont(fontBytes(s), { subset: true })));
  return Object.fromEntries(styles.map((s, i) => [s, fonts[i]])) as PdfFonts;
}

/** Renders the document as an A4 PDF with the Tinos font embedded (subset). */
export async function renderPdf(model: OfficialDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(model.title);
  if (model.subject) doc.setSubject(model.subject);
  doc.setAuthor(model.frame.issuerName);
  doc.setLanguage("vi-VN");
  doc.setCreator("Thi đua khối");
  doc.setProducer("pdf-lib");
  const w = new PdfWriter(doc, await embedFonts(doc));
  w.header(model);
  model.blocks.forEach((b, i) => {
    if (b.type === "paragraph") w.paragraph(b, model.blocks[i + 1]);
    else if (b.type === "table") w.table(b);
    else w.columns(b);
  });
  return doc.save();
}
