// Calls the onboarding routes as the page does (lib/onboarding/stream.ts events), for the
// integration tests; the session is whatever the test file's getSession mock returns.
import ExcelJS from "exceljs";
import type { OnboardingEvent } from "@/lib/onboarding/stream";
import { POST } from "@/app/api/imports/onboarding/[kind]/route";
import { GET as exportGet } from "@/app/api/imports/onboarding/[kind]/export/route";
import { GET as templateGet } from "@/app/api/imports/onboarding/[kind]/template/route";

const ctx = (kind: string) => ({ params: Promise.resolve({ kind }) });

export async function postFile(kind: string, bytes: Buffer | null, fields: Record<string, string>, name = "du-lieu.xlsx") {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (bytes) form.set("file", new File([new Uint8Array(bytes)], name));
  const res = await POST(new Request(`http://localhost/api/imports/onboarding/${kind}`, { method: "POST", body: form }), ctx(kind));
  const text = await res.text();
  const events = res.headers.get("Content-Type")?.startsWith("application/x-ndjson")
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as OnboardingEvent)
    : [];
  return { status: res.status, text, events, last: events.at(-1) };
}

export async function preview(kind: string, bytes: Buffer) {
  const res = await postFile(kind, bytes, { mode: "preview" });
  if (res.last?.type !== "preview") throw new Error(`no preview: ${res.status} ${res.text.slice(0, 500)}`);
  return res.last.preview;
}

/** Preview, then apply with its token: what the page does when the user confirms. */
export async function previewAndApply(kind: string, bytes: Buffer) {
  const p = await preview(kind, bytes);
  return { preview: p, applied: await postFile(kind, bytes, { mode: "apply", token: p.token }) };
}

export const download = async (kind: string, what: "template" | "export") =>
  (what === "template" ? templateGet : exportGet)(new Request("http://localhost/"), ctx(kind));

export async function downloadBytes(kind: string, what: "template" | "export") {
  const res = await download(kind, what);
  if (res.status !== 200) throw new Error(`${what} ${kind}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The first sheet's cells as text, row by row (what a person sees). */
export async function sheetText(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[][] = [];
  workbook.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return out;
}
