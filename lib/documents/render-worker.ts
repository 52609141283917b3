// A worker thread of lib/documents/render-pool.ts (entered through render-worker.mjs): draws one
// document at a time off the server's main thread. It imports only the renderers, never the database.
import { parentPort } from "node:worker_threads";
import type { DocumentFormat } from "./generate";
import type { OfficialDocument } from "./model";
import { renderDocx } from "./docx/render";
import { renderPdf } from "./pdf/render";

parentPort!.on("message", async ({ model, format }: { model: OfficialDocument; format: DocumentFormat }) => {
  try {
    const bytes = format === "docx" ? new Uint8Array(await renderDocx(model)) : await renderPdf(model);
    parentPort!.postMessage({ bytes });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
