import { PARAGRAPH_AFTER_PT, SIZE, mmToPt } from "@/lib/documents/layout";
import type { Align, Cell, Table } from "@/lib/documents/model";
import { BLACK, bottomLimit, left, lineHeight, pageH, textW, top, type PdfWriter } from "./page";
import type { LaidLine } from "./text-layout";

// Tables: bordered cells, the header row repeated on every page, a row taller than a page
// broken across pages.

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

function columnWidths(t: Table): number[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  return t.columns.map((c) => (c.width / total) * textW);
}

const headerRow = (t: Table): Cell[] => t.columns.map((c) => [[{ text: c.header, bold: true }]]);

function cellLines(w: PdfWriter, cell: Cell, width: number, size: number) {
  return cell.flatMap((runs) => w.layout(runs, size, width - 2 * CELL_PAD_X));
}

function rowHeight(w: PdfWriter, row: Cell[], widths: number[], size: number) {
  const lines = Math.max(1, ...row.map((c, i) => cellLines(w, c, widths[i], size).length));
  return lines * lineHeight(size) + 2 * CELL_PAD_Y;
}

/** A body row's height: its lines, or the table's least row height (room to sign and seal). */
const bodyRowHeight = (w: PdfWriter, t: Table, row: Cell[], widths: number[], size: number) =>
  Math.max(rowHeight(w, row, widths, size), t.minRowHeightMm ? mmToPt(t.minRowHeightMm) : 0);

/** Height of the header and the first row: what a heading before the table must stay with. */
export function tableLeadHeight(w: PdfWriter, t: Table): number {
  const widths = columnWidths(t);
  const size = t.size ?? SIZE.table;
  const head = rowHeight(w, headerRow(t), widths, size);
  return head + (t.rows[0] ? bodyRowHeight(w, t, t.rows[0], widths, size) : 0);
}

function drawCells(w: PdfWriter, cells: LaidLine[][], widths: number[], size: number, aligns: Align[], height: number) {
  let x = left;
  cells.forEach((lines, i) => {
    const used = lines.length * lineHeight(size);
    const yTop = w.y + (height - used) / 2; // vertically centred
    w.drawLines(lines, x + CELL_PAD_X, widths[i] - 2 * CELL_PAD_X, yTop, size, aligns[i]);
    w.page.drawRectangle({ x, y: pageH - w.y - height, width: widths[i], height, borderColor: BLACK, borderWidth: 0.5 });
    x += widths[i];
  });
  w.y += height;
}

function drawRow(w: PdfWriter, row: Cell[], widths: number[], size: number, aligns: Align[], height: number) {
  drawCells(
    w,
    row.map((cell, i) => cellLines(w, cell, widths[i], size)),
    widths,
    size,
    aligns,
    height,
  );
}

/** A row taller than a page (a long note) breaks across pages, as Word does: nothing is drawn past the foot. */
function splitRow(w: PdfWriter, row: Cell[], widths: number[], size: number, aligns: Align[], continued: () => void) {
  const lh = lineHeight(size);
  const cells = row.map((cell, i) => cellLines(w, cell, widths[i], size));
  while (cells.some((lines) => lines.length)) {
    const fit = Math.floor((bottomLimit - w.y - 2 * CELL_PAD_Y) / lh);
    if (fit < 1) {
      continued();
      continue;
    }
    const part = cells.map((lines) => lines.splice(0, fit));
    drawCells(w, part, widths, size, aligns, Math.max(...part.map((lines) => lines.length)) * lh + 2 * CELL_PAD_Y);
    if (cells.some((lines) => lines.length)) continued();
  }
}

export function drawTable(w: PdfWriter, t: Table) {
  const size = t.size ?? SIZE.table;
  const widths = columnWidths(t);
  const header = headerRow(t);
  const headAligns: Align[] = t.columns.map(() => "center");
  const aligns: Align[] = t.columns.map((c) => c.align ?? "left");
  const headH = rowHeight(w, header, widths, size);
  const first = t.rows[0] ? bodyRowHeight(w, t, t.rows[0], widths, size) : 0;
  w.ensure(headH + first);
  drawRow(w, header, widths, size, headAligns, headH);
  const continued = () => {
    w.newPage();
    drawRow(w, header, widths, size, headAligns, headH); // the header repeats on every page
  };
  for (const row of t.rows) {
    const h = bodyRowHeight(w, t, row, widths, size);
    if (w.y + h <= bottomLimit) drawRow(w, row, widths, size, aligns, h);
    else if (headH + h <= bottomLimit - top) {
      continued();
      drawRow(w, row, widths, size, aligns, h);
    } else splitRow(w, row, widths, size, aligns, continued);
  }
  w.y += PARAGRAPH_AFTER_PT;
}
