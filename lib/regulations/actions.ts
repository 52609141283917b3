"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import type { AppSession } from "@/lib/auth/session-types";
import { loadYearContext } from "@/lib/blocs/year-context";
import { assertSize } from "@/lib/attachments/service";
import { throttleAction } from "@/lib/limits/throttle";
import { canManageRegulation } from "@/lib/regulations/policy";
import { adoptRegulationSchema, createRegulationSchema, regulationFileSchema, regulationIdSchema, updateRegulationSchema } from "@/lib/regulations/schemas";
import * as service from "@/lib/regulations/service";

// A version's year is read on the server from its id: the browser's ids prove nothing.
async function authorizeYear(session: AppSession, blocYearId: string) {
  const year = await loadYearContext(blocYearId);
  authorize(canManageRegulation(session, year));
  return year;
}

async function yearOfRegulation(regulationId: string) {
  const row = await db.regulation.findUnique({ where: { id: regulationId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return row.blocYearId;
}

// The bloc's pages show the regulation in force, and so do its years' rules (quorum, quotas, ties).
const refresh = (blocId: string) => revalidatePath(`/blocs/${blocId}`, "layout");

export const createRegulationAction = action(createRegulationSchema, async ({ blocYearId, ...input }, session) => {
  const year = await authorizeYear(session, blocYearId);
  const result = await service.createDraft(session, blocYearId, input);
  refresh(year.blocId);
  return result;
});

export const updateRegulationAction = action(updateRegulationSchema, async ({ regulationId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfRegulation(regulationId));
  const result = await service.updateDraft(session, regulationId, input);
  refresh(year.blocId);
  return result;
});

export const deleteRegulationAction = action(regulationIdSchema, async ({ regulationId }, session) => {
  const year = await authorizeYear(session, await yearOfRegulation(regulationId));
  const result = await service.deleteDraft(session, regulationId);
  refresh(year.blocId);
  return result;
});

export const adoptRegulationAction = action(adoptRegulationSchema, async ({ regulationId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfRegulation(regulationId));
  const result = await service.adoptDraft(session, regulationId, input);
  refresh(year.blocId);
  return result;
});

export const uploadRegulationFileAction = formAction(regulationFileSchema, async ({ ownerId, file }, session) => {
  await throttleAction("uploads", session.userId);
  const year = await authorizeYear(session, await yearOfRegulation(ownerId));
  // Refuse before reading the bytes; the service checks again on what it stores.
  assertSize(file.size);
  const result = await service.attachRegulationFile(session, ownerId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  refresh(year.blocId);
  return result;
});
