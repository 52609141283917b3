"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { canManageCouncil } from "@/lib/council/policy";
import {
  councilSettingsSchema,
  documentIssuersSchema,
  createLegalDocumentSchema,
  deleteLegalDocumentSchema,
  updateLegalDocumentSchema,
} from "@/lib/council/schemas";
import * as service from "@/lib/council/service";

// The council's name heads every page and document.
const revalidateAll = () => revalidatePath("/", "layout");

export const updateCouncilSettingsAction = action(councilSettingsSchema, async (input, session) => {
  authorize(canManageCouncil(session));
  const result = await service.updateCouncilSettings(session, input);
  revalidateAll();
  return result;
});

export const updateDocumentIssuersAction = action(documentIssuersSchema, async (input, session) => {
  authorize(canManageCouncil(session));
  const result = await service.updateDocumentIssuers(session, input);
  revalidatePath("/settings");
  return result;
});

export const createLegalDocumentAction = action(createLegalDocumentSchema, async (input, session) => {
  authorize(canManageCouncil(session));
  const result = await service.createLegalDocument(session, input);
  revalidatePath("/settings");
  return result;
});

export const updateLegalDocumentAction = action(updateLegalDocumentSchema, async ({ id, ...input }, session) => {
  authorize(canManageCouncil(session));
  const result = await service.updateLegalDocument(session, id, input);
  revalidatePath("/settings");
  return result;
});

export const deleteLegalDocumentAction = action(deleteLegalDocumentSchema, async ({ id }, session) => {
  authorize(canManageCouncil(session));
  const result = await service.deleteLegalDocument(session, id);
  revalidatePath("/settings");
  return result;
});
