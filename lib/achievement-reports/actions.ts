"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { ownReportUnitOf } from "./policy";
import { saveAchievementReportSchema } from "./schemas";
import * as service from "./service";

// The unit is the caller's own member unit, found on the server: the browser never names it.
export const saveAchievementReportAction = action(saveAchievementReportSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  const unitId = ownReportUnitOf(session, year);
  authorize(unitId !== null);
  const result = await service.saveAchievementReport(session, blocYearId, unitId, input);
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}/achievement-reports`);
  return result;
});
