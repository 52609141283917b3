import { getSession } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/attachments/file-types";
import { readStoredStream } from "@/lib/attachments/storage";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/kinds";
import { downloadableSignedCopy } from "@/lib/signed-copies/queries";

const notFound = () =>
  new Response("Không tìm thấy bản đã ký.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

// GET /api/signed-copies/{kind}/{id}: a document's signed copy, for whoever may open the document
// itself; anyone else (signed out, another bloc, another unit's report) gets the same 404 as for
// a document without one. Always a download, of the type checked at upload.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const session = await getSession();
  if (!session) return notFound();
  const { kind, id } = await params;
  if (!DOCUMENT_KINDS.includes(kind as DocumentKind) || !id || id.length > 64) return notFound();
  const file = await downloadableSignedCopy(session, kind as DocumentKind, id);
  if (!file) return notFound();
  const body = await readStoredStream(file.storedName);
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
