import { exportRoute } from "@/lib/exports/http";
import { canExportSheets } from "@/lib/exports/policy";
import { sheetsExportData } from "@/lib/exports/queries";
import { sheetsWorkbook } from "@/lib/exports/sheets-workbook";

// GET /api/exports/sheets/{blocYearId}: every member's score sheet of the year as .xlsx.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ blocYearId: string }> }) {
  return exportRoute(request, (await params).blocYearId, canExportSheets, async (id) => {
    const { data, fileName } = await sheetsExportData(id);
    return { bytes: await sheetsWorkbook(data), fileName };
  });
}
