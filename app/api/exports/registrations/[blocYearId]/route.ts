import { exportRoute } from "@/lib/exports/http";
import { compiledRegistrations } from "@/lib/registrations/queries";
import { registrationsWorkbook } from "@/lib/registrations/workbook";

// GET /api/exports/registrations/{blocYearId}: the compiled registrations of the year as .xlsx, for whoever follows them.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ blocYearId: string }> }) {
  return exportRoute(request, (await params).blocYearId, async (session, id) => {
    const loaded = await compiledRegistrations(session, id);
    return loaded && { bytes: await registrationsWorkbook(loaded.data), fileName: loaded.fileName };
  });
}
