import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { LINE_HEIGHT, MARGIN, PAGE, SIZE, mmToPt } from "@/lib/documents/layout";
import type { Align, Run } from "@/lib/documents/model";
import { drawLine, layoutRuns, type LaidLine, type PdfFonts } from "./text-layout";

// The A4 page and the writer that fills it top to bottom; the blocks (render.ts), tables
// (table.ts) and the document's frame (header.ts) draw through it.

export const BLACK = rgb(0, 0, 0);
const RULE = 0.6; // pt

export const pageW = mmToPt(PAGE.widthMm);
export const pageH = mmToPt(PAGE.heightMm);
export const left = mmToPt(MARGIN.leftMm);
export const textW = pageW - left - mmToPt(MARGIN.rightMm);
export const top = mmToPt(MARGIN.topMm);
export const bottomLimit = pageH - mmToPt(MARGIN.bottomMm);

export const lineHeight = (size: number) => size * LINE_HEIGHT;

/** Lays out the document top to bottom; `y` is the distance from the top edge of the page. */
export class PdfWriter {
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
}
