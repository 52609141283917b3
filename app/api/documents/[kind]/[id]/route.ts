import { getSession } from "@/lib/auth/session";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { DOCUMENT_FORMATS, generateDocument, type DocumentFormat } from "@/lib/documents/generate";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/kinds";

// GET /api/documents/{kind}/{id}?format=docx|pdf
// id: the pledge, the conference (minutes), the bloc year (plan), the ranking snapshot
// (review-minutes), the award proposal (award-submission) or the nominee (achievement-report).
// Anyone who cannot see the bloc, or the award dossier before its ranking is approved, gets
// the same 404 as for a missing document.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Không tìm thấy văn bản.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const session = await getSession();
  if (!session) return new Response("Chưa đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const { kind, id } = await params;
  const format = new URL(request.url).searchParams.get("format") ?? "pdf";
  if (!DOCUMENT_KINDS.includes(kind as DocumentKind) || !id) return notFound();
  if (!DOCUMENT_FORMATS.includes(format as DocumentFormat)) {
    return new Response("Định dạng không hợp lệ: chọn docx hoặc pdf.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }

  const file = await generateDocument(kind as DocumentKind, id, format as DocumentFormat, visibleBlocsWhere(session), session);
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
