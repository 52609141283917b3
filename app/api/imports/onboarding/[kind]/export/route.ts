import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound, unauthorized, xlsxResponse } from "@/lib/exports/http";
import { specFor } from "@/lib/onboarding/policy";
import { onboardingWorkbook } from "@/lib/onboarding/workbook";
import { throttleRoute } from "@/lib/limits/throttle";

// GET /api/imports/onboarding/{kind}/export: the stored data in the template's format, so that
// uploading it back changes nothing (a starting point for corrections, and a check of the format).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const session = await getSession();
  if (!session) return unauthorized();
  const throttled = await throttleRoute("exports", session.userId, request);
  if (throttled) return throttled;
  const spec = specFor(session, (await params).kind);
  if (!spec) return notFound();
  const rows = spec.exportRows(await spec.load(db, session), session);
  return xlsxResponse(await onboardingWorkbook(spec, rows), `${spec.fileName}.xlsx`);
}
