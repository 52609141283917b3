import { exportRoute } from "@/lib/exports/http";
import { canExportRanking } from "@/lib/exports/policy";
import { rankingExportData } from "@/lib/exports/queries";
import { rankingWorkbook } from "@/lib/exports/ranking-workbook";

// GET /api/exports/ranking/{blocYearId}: the year's ranking table as .xlsx.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ blocYearId: string }> }) {
  return exportRoute(request, (await params).blocYearId, canExportRanking, async (id) => {
    const { data, fileName } = await rankingExportData(id);
    return { bytes: await rankingWorkbook(data), fileName };
  });
}
