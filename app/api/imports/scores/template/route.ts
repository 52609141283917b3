import { getSession } from "@/lib/auth/session";
import { notFound, unauthorized, xlsxResponse } from "@/lib/exports/http";
import { canOpenScoreImport } from "@/lib/scoring/policy";
import { templateRows } from "@/lib/imports/score-import";
import { scoreWorkbook } from "@/lib/imports/score-import-workbook";
import { year } from "@/lib/validation/fields";
import { throttleRoute } from "@/lib/limits/throttle";

// GET /api/imports/scores/template?year=2026: the import workbook with a row for every leaf of
// every member unit the caller may import into that year, values left blank.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const session = await getSession();
  if (!session) return unauthorized();
  const throttled = await throttleRoute("exports", session.userId, request);
  if (throttled) return throttled;
  if (!canOpenScoreImport(session)) return notFound();
  const parsed = year().safeParse(new URL(request.url).searchParams.get("year"));
  if (!parsed.success) return notFound();
  const bytes = await scoreWorkbook(await templateRows(session, parsed.data), `Mẫu nhập điểm tự chấm năm ${parsed.data}`);
  return xlsxResponse(bytes, `mau-nhap-diem-tu-cham_${parsed.data}.xlsx`);
}
