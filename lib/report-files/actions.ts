"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { assertSize } from "@/lib/attachments/service";
import { uploadedFile } from "@/lib/attachments/schemas";
import { throttleAction } from "@/lib/limits/throttle";
import { ownReportUnitOf } from "@/lib/reports/policy";
import { id } from "@/lib/validation/fields";
import { attachReportFile } from "@/lib/report-files/service";
import { z } from "zod";

// The upload form (components/attachments/upload-form.tsx) names the unit's report ownerId.
const reportFileSchema = z.object({ ownerId: id(), file: uploadedFile() });

export const uploadReportFileAction = formAction(reportFileSchema, async ({ ownerId, file }, session) => {
  await throttleAction("uploads", session.userId);
  const row = await db.unitReport.findUnique({ where: { id: ownerId }, select: { unitId: true, round: { select: { blocYearId: true } } } });
  if (!row) throw new NotFoundError();
  const year = await loadYearContext(row.round.blocYearId);
  // The caller's own unit's report only: the id names a report, never whose it may be.
  authorize(ownReportUnitOf(session, year) === row.unitId);
  // Refuse before reading the bytes; the service checks again on what it stores.
  assertSize(file.size);
  const result = await attachReportFile(session, ownerId, row.unitId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}/reports`);
  return result;
});
