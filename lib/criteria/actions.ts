"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { authorize, DomainError, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { canManageCriteria, canManageTemplates, canReopenCriteria } from "@/lib/criteria/policy";
import {
  addNodeSchema,
  copyTemplateSchema,
  createSetSchema,
  createTemplateSchema,
  importSetSchema,
  moveNodeSchema,
  nodeSchema,
  reopenSetSchema,
  setVersionSchema,
  updateNodeSchema,
} from "@/lib/criteria/schemas";
import { readCriteriaXlsx, UnreadableWorkbookError } from "@/lib/criteria/excel";
import { XlsxTooBigError } from "@/lib/xlsx/guard";
import { throttleAction } from "@/lib/limits/throttle";
import * as service from "@/lib/criteria/service";
import { id } from "@/lib/validation/fields";

type Access = "manage" | "reopen";

/**
 * The set's owner looked up on the server (the browser's ids prove nothing): a bloc year's set
 * by the year's permissions, a template by the template rule. Returns where to revalidate.
 */
async function authorizeSet(session: AppSession, setId: string, access: Access) {
  const set = await db.criteriaSet.findUnique({ where: { id: setId }, select: { blocYearId: true } });
  if (!set) throw new NotFoundError();
  if (!set.blocYearId) {
    authorize(canManageTemplates(session));
    return null;
  }
  const year = await loadYearContext(set.blocYearId);
  authorize(access === "reopen" ? canReopenCriteria(session, year) : canManageCriteria(session, year));
  return year;
}

async function authorizeNode(session: AppSession, nodeId: string) {
  const node = await db.criterionNode.findUnique({ where: { id: nodeId }, select: { setId: true } });
  if (!node) throw new NotFoundError();
  return authorizeSet(session, node.setId, "manage");
}

function revalidate(year: { blocId: string; year: number } | null) {
  if (year) revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const createCriteriaSetAction = action(createSetSchema, async ({ blocYearId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManageCriteria(session, year));
  const result = await service.createSet(session, blocYearId);
  revalidate(year);
  return result;
});

export const createCriteriaTemplateAction = action(createTemplateSchema, async ({ name }, session) => {
  authorize(canManageTemplates(session));
  return service.createTemplate(session, name);
});

export const addCriterionAction = action(addNodeSchema, async ({ setId, version, parentId, ...input }, session) => {
  const year = await authorizeSet(session, setId, "manage");
  const result = await service.addNode(session, setId, version, parentId, input);
  revalidate(year);
  return result;
});

export const updateCriterionAction = action(updateNodeSchema, async ({ nodeId, version, ...input }, session) => {
  const year = await authorizeNode(session, nodeId);
  const result = await service.updateNode(session, nodeId, version, input);
  revalidate(year);
  return result;
});

export const deleteCriterionAction = action(nodeSchema, async ({ nodeId, version }, session) => {
  const year = await authorizeNode(session, nodeId);
  const result = await service.deleteNode(session, nodeId, version);
  revalidate(year);
  return result;
});

export const moveCriterionAction = action(moveNodeSchema, async ({ nodeId, version, direction }, session) => {
  const year = await authorizeNode(session, nodeId);
  const result = await service.moveNode(session, nodeId, version, direction);
  revalidate(year);
  return result;
});

export const copyCriteriaFromPreviousYearAction = action(setVersionSchema, async ({ setId, version }, session) => {
  const year = await authorizeSet(session, setId, "manage");
  const result = await service.copyFromPreviousYear(session, setId, version);
  revalidate(year);
  return result;
});

export const copyCriteriaFromTemplateAction = action(copyTemplateSchema, async ({ setId, version, templateId }, session) => {
  const year = await authorizeSet(session, setId, "manage");
  const result = await service.copyFromTemplate(session, setId, version, templateId);
  revalidate(year);
  return result;
});

export const publishCriteriaAction = action(setVersionSchema, async ({ setId, version }, session) => {
  const year = await authorizeSet(session, setId, "manage");
  const result = await service.publishSet(session, setId, version);
  revalidate(year);
  return result;
});

export const reopenCriteriaAction = action(reopenSetSchema, async ({ setId, version, reason }, session) => {
  const year = await authorizeSet(session, setId, "reopen");
  const result = await service.reopenSet(session, setId, version, reason);
  revalidate(year);
  return result;
});

/** Upload of an .xlsx: a bad file comes back as `{ ok: false, errors }` (row-numbered) with nothing saved. */
export const importCriteriaAction = formAction(importSetSchema, async ({ setId, version, file }, session) => {
  await throttleAction("imports", session.userId);
  const year = await authorizeSet(session, setId, "manage");
  let rows;
  try {
    rows = readCriteriaXlsx(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new DomainError("criteria.errors.unreadable");
    if (error instanceof XlsxTooBigError) throw new DomainError("criteria.errors.tooBig", { ...error.problem });
    throw error;
  }
  const result = await service.importRows(session, setId, version, rows, file.name);
  if (result.ok) revalidate(year);
  return result;
});

const saveAsTemplateSchema = z.object({ setId: id() });

/** Any status of a bloc year's set becomes a new template ("Lưu làm bảng mẫu"): kept by those who keep templates. */
export const saveCriteriaAsTemplateAction = action(saveAsTemplateSchema, async ({ setId }, session) => {
  authorize(canManageTemplates(session));
  const set = await db.criteriaSet.findUnique({ where: { id: setId }, select: { blocYearId: true } });
  if (!set?.blocYearId) throw new NotFoundError();
  const result = await service.saveAsTemplate(session, setId);
  revalidatePath("/criteria-templates");
  return result;
});
