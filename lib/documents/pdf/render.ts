import { PDFDocument } from "pdf-lib";
import { fontBytes, subsetSafeFontkit, type FontStyle } from "@/lib/documents/fonts";
import { FIRST_LINE_INDENT_MM, PARAGRAPH_AFTER_PT, SIZE, mmToPt } from "@/lib/documents/layout";
import type { Block, Columns, Line, OfficialDocument, Paragraph } from "@/lib/documents/model";
import { drawHeader } from "./header";
import { PdfWriter, left, lineHeight, textW } from "./page";
import { drawTable, tableLeadHeight } from "./table";
import { drawLine, type PdfFonts } from "./text-layout";

// The PDF renderer: the frame, then each block of the document model in turn. Word lays out
// the DOCX itself; here the page breaks are ours (page.ts, table.ts).

function paragraph(w: PdfWriter, p: Paragraph, next?: Block) {
  const size = p.size ?? SIZE.body;
  const lh = lineHeight(size);
  const lines = w.layout(p.runs, size, textW, p.indent ? mmToPt(FIRST_LINE_INDENT_MM) : 0);
  w.y += p.spaceBefore ?? 0;
  // Keep a heading with the start of what follows; never leave one line alone at a page foot.
  const keep = p.keepWithNext && next ? lines.length * lh + leadHeight(w, next) : Math.min(lines.length, 2) * lh;
  w.ensure(keep);
  const align = p.align ?? "justify";
  const space = w.fonts.regular.widthOfTextAtSize(" ", size);
  for (const line of lines) {
    w.ensure(lh);
    drawLine((t, x, font) => w.text(t, x, w.y, size, font), line, left, textW, align, space);
    w.y += lh;
  }
  w.y += p.spaceAfter ?? PARAGRAPH_AFTER_PT;
}

/** Height of the first part of a block: what a heading must stay with. */
function leadHeight(w: PdfWriter, b: Block): number {
  if (b.type === "paragraph") return 2 * lineHeight(b.size ?? SIZE.body) + (b.spaceBefore ?? 0);
  if (b.type === "table") return tableLeadHeight(w, b);
  return columnsHeight(w, b);
}

/** Side-by-side columns of lines (signatures, recipients), each laid out in its share of the width. */
function columnLayouts(w: PdfWriter, c: Columns) {
  const total = c.columns.reduce((s, col) => s + col.width, 0);
  return c.columns.map((col) => {
    const width = (col.width / total) * textW;
    return {
      width,
      lines: col.lines.map((l: Line) => {
        const size = l.size ?? SIZE.signature;
        return { l, size, laid: w.layout(l.runs, size, width) };
      }),
    };
  });
}

function columnsHeight(w: PdfWriter, c: Columns) {
  return (
    (c.spaceBefore ?? 0) +
    Math.max(...columnLayouts(w, c).map((col) => col.lines.reduce((s, x) => s + (x.l.spaceBefore ?? 0) + x.laid.length * lineHeight(x.size), 0)))
  );
}

function columns(w: PdfWriter, c: Columns) {
  w.ensure(columnsHeight(w, c));
  w.y += c.spaceBefore ?? 0;
  let x = left;
  let maxY = w.y;
  for (const col of columnLayouts(w, c)) {
    let y = w.y;
    for (const { l, size, laid } of col.lines) {
      y += l.spaceBefore ?? 0;
      y += w.drawLines(laid, x, col.width, y, size, l.align ?? "center");
    }
    maxY = Math.max(maxY, y);
    x += col.width;
  }
  w.y = maxY + PARAGRAPH_AFTER_PT;
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
  drawHeader(w, model);
  model.blocks.forEach((b, i) => {
    if (b.type === "paragraph") paragraph(w, b, model.blocks[i + 1]);
    else if (b.type === "table") drawTable(w, b);
    else columns(w, b);
  });
  return doc.save();
}
