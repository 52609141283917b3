import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { planDocument } from "@/lib/documents/content/plan";
import type { PlanDocData } from "@/lib/documents/data";
import { MARGIN, mmToPt, PAGE } from "@/lib/documents/layout";
import { renderPdf } from "@/lib/documents/pdf/render";

// The PDF lays pages out itself (Word does it for the DOCX): nothing may be drawn past a page's foot.

const settings = { councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam", boardName: "Ban Thi đua - Khen thưởng", place: "Hà Nam" };
const unit = { id: "u1", name: "Sở Nội vụ", shortName: "Sở Nội vụ", headName: null, headTitle: null };
const blocYear = {
  id: "y",
  year: 2026,
  bloc: { id: "b", code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính tỉnh", kind: "KHOI" },
  leaderUnitId: "u1",
  deputyUnitId: null,
  leader: unit,
  deputy: null,
  members: [unit],
  theme: null,
  slogan: null,
  motto: null,
};

/** Every text item with its page and its baseline's height above the page's bottom edge, in points. */
async function placedText(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const items: { page: number; text: string; y: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    for (const it of (await (await doc.getPage(i)).getTextContent()).items)
      if ("str" in it && it.str.trim()) items.push({ page: i, text: it.str, y: it.transform[5] });
  }
  await doc.destroy();
  return items;
}

describe("PDF pages", () => {
  it("carries a table row taller than a page over to the next pages instead of drawing past the foot", async () => {
    // A plan note at its longest (2,000 characters) in the narrow "Ghi chú" column.
    const note = Array.from({ length: 250 }, (_, i) => `mục${i + 1}`).join(" ");
    const data = {
      blocYear,
      planItems: [
        { title: "Hội nghị ký kết giao ước", startDate: new Date("2026-02-28"), endDate: null, host: unit, note },
        { title: "Hội nghị sơ kết 6 tháng", startDate: new Date("2026-07-22"), endDate: null, host: unit, note: null },
      ],
    } as unknown as PlanDocData;
    const items = await placedText(await renderPdf(planDocument(data, settings)));
    const foot = mmToPt(MARGIN.bottomMm) - 2; // a baseline may sit a little under the text box's bottom
    const head = mmToPt(PAGE.heightMm);
    const outside = items.filter((i) => i.y < foot || i.y > head);
    expect(outside.slice(0, 5), `${outside.length} text items outside the page`).toEqual([]);
    const words = items.map((i) => i.text.trim());
    expect(words).toContain("mục250");
    expect(words).toContain("Hội nghị sơ kết 6 tháng");
  }, 30_000); // drawing and parsing a many-page PDF: seconds on a busy machine
});
