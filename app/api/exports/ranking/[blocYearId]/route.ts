import { exportRoute } from "@/lib/exports/http";
import { rankingExportData } from "@/lib/exports/queries";
import { rankingWorkbook } from "@/lib/exports/ranking-workbook";

// GET /api/exports/ranking/{blocYearId}: the year's ranking table as .xlsx, for whoever may see the ranking.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ blocYearId: string }> }) {
  return exportRoute(request, (await params).blocYearId, async (session, id) => {
    const loaded = await rankingExportData(session, id);
    return loaded && { bytes: await rankingWorkbook(loaded.data), fileName: loaded.fileName };
  });
}
