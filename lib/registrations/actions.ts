"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext, type BlocYearContext } from "@/lib/blocs/year-context";
import { canManageRegistrations, ownRegistrationUnitOf } from "@/lib/registrations/policy";
import { deadlineSchema, returnRegistrationSchema, saveRegistrationSchema, submitRegistrationSchema } from "@/lib/registrations/schemas";
import * as service from "@/lib/registrations/service";

// The bloc year is looked up on the server from the id given, and the unit is the caller's own:
// the browser never names the unit it writes for.
const pagePath = (y: BlocYearContext) => `/blocs/${y.blocId}/years/${y.year}/registration`;

export const saveRegistrationAction = action(saveRegistrationSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  const unitId = ownRegistrationUnitOf(session, year);
  authorize(unitId !== null);
  const result = await service.saveRegistration(session, blocYearId, unitId, input);
  revalidatePath(pagePath(year));
  return result;
});

export const submitRegistrationAction = action(submitRegistrationSchema, async ({ blocYearId, version, headApprovedBy }, session) => {
  const year = await loadYearContext(blocYearId);
  const unitId = ownRegistrationUnitOf(session, year);
  authorize(unitId !== null);
  const result = await service.submitRegistration(session, blocYearId, unitId, version, headApprovedBy);
  revalidatePath(pagePath(year));
  return result;
});

export const returnRegistrationAction = action(returnRegistrationSchema, async ({ registrationId, version, reason }, session) => {
  const row = await db.registration.findUnique({ where: { id: registrationId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  const year = await loadYearContext(row.blocYearId);
  authorize(canManageRegistrations(session, year));
  const result = await service.returnRegistration(session, registrationId, version, reason);
  revalidatePath(pagePath(year));
  return result;
});

export const setRegistrationDeadlineAction = action(deadlineSchema, async ({ blocYearId, dueAt }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManageRegistrations(session, year));
  const result = await service.setRegistrationDeadline(session, blocYearId, dueAt);
  revalidatePath(pagePath(year));
  return result;
});
