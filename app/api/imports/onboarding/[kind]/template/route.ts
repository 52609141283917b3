import { getSession } from "@/lib/auth/session";
import { notFound, unauthorized, xlsxResponse } from "@/lib/exports/http";
import { specFor } from "@/lib/onboarding/policy";
import { onboardingWorkbook } from "@/lib/onboarding/workbook";
import { throttleRoute } from "@/lib/limits/throttle";

// GET /api/imports/onboarding/{kind}/template: the kind's empty workbook (header and example row).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const session = await getSession();
  if (!session) return unauthorized();
  const throttled = await throttleRoute("exports", session.userId, request);
  if (throttled) return throttled;
  const spec = specFor(session, (await params).kind);
  if (!spec) return notFound();
  return xlsxResponse(await onboardingWorkbook(spec, []), `mau-${spec.fileName}.xlsx`);
}
