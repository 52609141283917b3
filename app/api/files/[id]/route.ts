import { getSession } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/attachments/file-types";
import { findDownloadableAttachment } from "@/lib/attachments/queries";
import { readStoredStream } from "@/lib/attachments/storage";

const notFound = () =>
  new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

// A stored file, only for a signed-in user who may see its bloc; anything else is a plain 404
// (no difference between "missing" and "not yours"). Always a download: the type is the one
// checked at upload and the browser must not sniff another.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getSession();
  if (!session) return notFound();
  const { id } = await params;
  if (!id || id.length > 64) return notFound();
  const attachment = await findDownloadableAttachment(session, id);
  if (!attachment) return notFound();
  // Streamed, a piece at a time, from wherever it is stored (lib/attachments/storage.ts).
  const body = await readStoredStream(attachment.storedName);
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.size),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
