"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageActivities } from "@/lib/activities/policy";
import { activityIdSchema, createActivitySchema, updateActivitySchema } from "@/lib/activities/schemas";
import * as service from "@/lib/activities/service";
import { loadYearContext } from "@/lib/blocs/year-context";

// The bloc year is looked up on the server from the id given: the browser's ids prove nothing.
async function authorizeYear(session: AppSession, blocYearId: string) {
  const year = await loadYearContext(blocYearId);
  authorize(canManageActivities(session, year));
  return year;
}

async function yearOfActivity(activityId: string) {
  const row = await db.activity.findUnique({ where: { id: activityId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return row.blocYearId;
}

const listPath = (y: { blocId: string; year: number }) => `/blocs/${y.blocId}/years/${y.year}/activities`;

export const createActivityAction = action(createActivitySchema, async ({ blocYearId, ...input }, session) => {
  const year = await authorizeYear(session, blocYearId);
  const result = await service.createActivity(session, blocYearId, input);
  revalidatePath(listPath(year));
  return result;
});

export const updateActivityAction = action(updateActivitySchema, async ({ activityId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfActivity(activityId));
  const result = await service.updateActivity(session, activityId, input);
  revalidatePath(listPath(year), "layout");
  return result;
});

export const deleteActivityAction = action(activityIdSchema, async ({ activityId }, session) => {
  const year = await authorizeYear(session, await yearOfActivity(activityId));
  const result = await service.deleteActivity(session, activityId);
  revalidatePath(listPath(year), "layout");
  return result;
});
