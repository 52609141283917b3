import { getSession } from "@/lib/auth/session";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { DOCUMENT_FORMATS, generateDocument, type DocumentFormat } from "@/lib/documents/generate";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/kinds";
import type { OfficialDocument } from "@/lib/documents/model";
import { renderInWorker } from "@/lib/documents/render-pool";
import { documentRenders } from "@/lib/documents/render-slots";
import { SlotsBusyError } from "@/lib/limits/slots";
import { throttleRoute, tooFast } from "@/lib/limits/throttle";

// GET /api/documents/{kind}/{id}?format=docx|pdf
// id: the pledge, the conference (minutes), the bloc year (plan), the ranking snapshot
// (review-minutes), the award proposal (award-submission) or the nominee (achievement-report).
// Anyone who cannot see the bloc, or the award dossier before its ranking is approved, gets
// the same 404 as for a missing document. Throttled per user and address (429), and drawn in a
// worker thread (lib/documents/render-pool.ts), a few at a time per instance (503 when the wait for
// a turn runs out: lib/documents/render-slots.ts).
export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };
const notFound = () => new Response("Không tìm thấy văn bản.", { status: 404, headers: TEXT });
const busy = (seconds: number) =>
  new Response(`Máy chủ đang bận tạo văn bản khác, vui lòng thử lại sau ${seconds} giây.`, {
    status: 503,
    headers: { ...TEXT, "Retry-After": String(seconds) },
  });

/** The file, drawn in a worker when a slot is free (the data is loaded before, on this thread); a Response when refused. */
async function generate(session: AppSession, kind: DocumentKind, id: string, format: DocumentFormat) {
  const draw = (model: OfficialDocument, as: DocumentFormat) => documentRenders.run(session.userId, () => renderInWorker(model, as));
  try {
    return await generateDocument(kind, id, format, visibleBlocsWhere(session), session, draw);
  } catch (error) {
    if (!(error instanceof SlotsBusyError)) throw error;
    // Two of the user's own documents are already on their way: that is going too fast.
    return error.reason === "holder" ? tooFast(error.retryAfterSeconds) : busy(error.retryAfterSeconds);
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const session = await getSession();
  if (!session) return new Response("Chưa đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const { kind, id } = await params;
  const format = new URL(request.url).searchParams.get("format") ?? "pdf";
  if (!DOCUMENT_KINDS.includes(kind as DocumentKind) || !id) return notFound();
  if (!DOCUMENT_FORMATS.includes(format as DocumentFormat)) {
    return new Response("Định dạng không hợp lệ: chọn docx hoặc pdf.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }

  const throttled = await throttleRoute("documents", session.userId, request);
  if (throttled) return throttled;
  const file = await generate(session, kind as DocumentKind, id, format as DocumentFormat);
  if (file instanceof Response) return file;
  if (!file) return notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
