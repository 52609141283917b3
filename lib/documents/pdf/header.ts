import { HEADER_COLUMNS_MM, MOTTO, NATIONAL_TITLE, SIZE, mmToPt, upperVi } from "@/lib/documents/layout";
import type { OfficialDocument } from "@/lib/documents/model";
import { issuerLines } from "@/lib/documents/name-lines";
import { left, textW, type PdfWriter } from "./page";

/**
 * The frame of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, as laid out in
 * lib/documents/layout.ts): issuer and national title side by side, number and place-date under
 * them, then the document's type and summary.
 */
export function drawHeader(w: PdfWriter, doc: OfficialDocument) {
  const f = doc.frame;
  const wl = mmToPt(HEADER_COLUMNS_MM.left);
  const wr = mmToPt(HEADER_COLUMNS_MM.right);
  const xl = left;
  const xr = left + wl;

  // Left: governing body (regular, when there is one), issuer (bold), short rule; each broken
  // between meaningful groups (name-lines.ts).
  let yl = w.y;
  const lines = issuerLines(f);
  for (const l of lines.parent) yl += w.drawLines(w.layout([{ text: l }], SIZE.issuer, wl), xl, wl, yl, SIZE.issuer, "center");
  const issuer = lines.name.flatMap((l) => w.layout([{ text: l, bold: true }], SIZE.issuer, wl));
  yl += w.drawLines(issuer, xl, wl, yl, SIZE.issuer, "center");
  const issuerW = Math.max(...issuer.map((l) => l.width));
  const ruleL = Math.max(issuerW * 0.4, mmToPt(18));
  w.hLine(xl + (wl - ruleL) / 2, xl + (wl + ruleL) / 2, yl + 4);
  yl += 3;

  // Right: national title and motto (bold), rule as long as the motto.
  let yr = w.y;
  yr += w.drawLines(w.layout([{ text: NATIONAL_TITLE, bold: true }], SIZE.nationalTitle, wr), xr, wr, yr, SIZE.nationalTitle, "center");
  const motto = w.layout([{ text: MOTTO, bold: true }], SIZE.motto, wr);
  yr += w.drawLines(motto, xr, wr, yr, SIZE.motto, "center");
  const mottoW = motto[0].width;
  w.hLine(xr + (wr - mottoW) / 2, xr + (wr + mottoW) / 2, yr + 2.5);
  yr += 3;

  // Second row: number and symbol | place and date, on one line.
  const row2 = Math.max(yl, yr) + 12;
  const num = w.layout([{ text: f.numberLine }], SIZE.number, wl);
  const date = w.layout([{ text: f.placeDate, italic: true }], SIZE.placeDate, wr);
  const h2 = Math.max(
    w.drawLines(num, xl, wl, row2 + (SIZE.placeDate - SIZE.number) * 0.95, SIZE.number, "center"),
    w.drawLines(date, xr, wr, row2, SIZE.placeDate, "center"),
  );
  w.y = row2 + h2 + 18;

  // Document type and summary (trích yếu), centred and bold, with a short rule under.
  w.y += w.drawLines(w.layout([{ text: upperVi(f.docType), bold: true }], SIZE.docType, textW), left, textW, w.y, SIZE.docType, "center");
  let widest = 0;
  for (const s of f.summary) {
    const lines = w.layout([{ text: s, bold: true }], SIZE.summary, textW * 0.85);
    widest = Math.max(widest, ...lines.map((l) => l.width));
    w.y += w.drawLines(lines, left + textW * 0.075, textW * 0.85, w.y, SIZE.summary, "center");
  }
  if (f.summary.length) {
    const rl = Math.max(widest * 0.35, mmToPt(25));
    w.hLine(left + (textW - rl) / 2, left + (textW + rl) / 2, w.y + 3.5);
  }
  w.y += 18;
}
