import { exportRoute } from "@/lib/exports/http";
import { sheetsExportData } from "@/lib/exports/queries";
import { sheetsWorkbook } from "@/lib/exports/sheets-workbook";

// GET /api/exports/sheets/{blocYearId}: every member's score sheet of the year as .xlsx, for whoever may see them all.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ blocYearId: string }> }) {
  return exportRoute(request, (await params).blocYearId, async (session, id) => {
    const loaded = await sheetsExportData(session, id);
    return loaded && { bytes: await sheetsWorkbook(loaded.data), fileName: loaded.fileName };
  });
}
