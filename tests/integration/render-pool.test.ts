import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildDocument, renderDocument } from "@/lib/documents/generate";
import type { OfficialDocument } from "@/lib/documents/model";
import { renderInWorker } from "@/lib/documents/render-pool";
import { docxText, pdfText, unzip } from "../support/document-files";

// The route draws documents in worker threads (lib/documents/render-pool.ts): the same files as on
// the main thread, and a render that fails there fails alone.
async function planModel() {
  const tag = `RP${Date.now().toString(36)}`;
  const unit = await db.unit.create({ data: { code: tag, name: `Sở Tư pháp ${tag}`, shortName: tag } });
  const bloc = await db.bloc.create({ data: { code: tag, name: `Khối thi đua ${tag}`, kind: "KHOI" } });
  const year = await db.blocYear.create({ data: { blocId: bloc.id, year: 2026, members: { create: [{ unitId: unit.id }] } } });
  return (await buildDocument("plan", year.id, {}))!.model;
}

it("draws the same PDF and DOCX text in a worker as on the main thread", async () => {
  const model = await planModel();
  for (const format of ["pdf", "docx"] as const) {
    const [inWorker, here] = await Promise.all([renderInWorker(model, format), renderDocument(model, format)]);
    const text = async (bytes: Uint8Array) =>
      format === "pdf" ? pdfText(bytes) : docxText(unzip(Buffer.from(bytes)).get("word/document.xml")!.toString("utf8"));
    expect(await text(inWorker), format).toBe(await text(here));
    expect(await text(inWorker)).toContain("KẾ HOẠCH");
  }
});

it("reports a render that fails in the worker, and the next one is drawn", async () => {
  await expect(renderInWorker({} as OfficialDocument, "pdf")).rejects.toThrow(/^document render failed/);
  const bytes = await renderInWorker(await planModel(), "pdf");
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
});
