import "server-only";
// The export routes' shared answer: who is asking, which year, and the file. A caller who may
// not see the year gets the same 404 as for a missing one, as /api/documents does.
import type { AppSession } from "@/lib/auth/session-types";
import { getSession } from "@/lib/auth/session";
import { throttleRoute } from "@/lib/limits/throttle";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const unauthorized = () => new Response("Chưa đăng nhập.", { status: 401, headers: TEXT });
export const notFound = () => new Response("Không tìm thấy dữ liệu.", { status: 404, headers: TEXT });

export function xlsxResponse(bytes: Buffer, fileName: string) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * 401 without a session, 429 over the export limit, 404 for a missing year or one the caller may
 * not export (`build`'s loader answers null for both), otherwise the workbook `build` makes.
 */
export async function exportRoute(
  request: Request,
  blocYearId: string,
  build: (session: AppSession, blocYearId: string) => Promise<{ bytes: Buffer; fileName: string } | null>,
) {
  const session = await getSession();
  if (!session) return unauthorized();
  const throttled = await throttleRoute("exports", session.userId, request);
  if (throttled) return throttled;
  if (!blocYearId || blocYearId.length > 64) return notFound();
  const file = await build(session, blocYearId);
  return file ? xlsxResponse(file.bytes, file.fileName) : notFound();
}
