"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { sameNameAsResult } from "@/lib/actions/same-name";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { canCreateBloc, canDecideRotation, canManageBloc } from "@/lib/blocs/policy";
import {
  archiveBlocSchema,
  confirmRotationSchema,
  createBlocSchema,
  createBlocYearSchema,
  deleteBlocSchema,
  leadershipSchema,
  membersSchema,
  rotationOrderSchema,
  updateBlocSchema,
  updateBlocYearSchema,
} from "@/lib/blocs/schemas";
import * as service from "@/lib/blocs/service";

// The bloc a bloc year belongs to, looked up on the server: the browser's ids prove nothing.
async function blocOfYear(blocYearId: string) {
  const by = await db.blocYear.findUnique({ where: { id: blocYearId }, select: { blocId: true } });
  if (!by) throw new NotFoundError();
  return by.blocId;
}

export const createBlocAction = action(createBlocSchema, async (input, session) => {
  authorize(canCreateBloc(session));
  const result = await sameNameAsResult(service.createBloc(session, input));
  revalidatePath("/blocs");
  return result;
});

export const updateBlocAction = action(updateBlocSchema, async ({ id, ...input }, session) => {
  authorize(canManageBloc(session, id));
  const result = await service.updateBloc(session, id, input);
  revalidatePath("/blocs");
  return result;
});

export const archiveBlocAction = action(archiveBlocSchema, async ({ id, archived }, session) => {
  authorize(canCreateBloc(session) && canManageBloc(session, id));
  const result = await service.setBlocArchived(session, id, archived);
  revalidatePath("/blocs");
  return result;
});

export const deleteBlocAction = action(deleteBlocSchema, async ({ id }, session) => {
  authorize(canCreateBloc(session) && canManageBloc(session, id));
  const result = await service.deleteBloc(session, id);
  revalidatePath("/blocs");
  return result;
});

export const setRotationOrderAction = action(rotationOrderSchema, async ({ blocId, unitIds }, session) => {
  authorize(canManageBloc(session, blocId));
  const result = await service.setRotationOrder(session, blocId, unitIds);
  revalidatePath(`/blocs/${blocId}`);
  return result;
});

export const createBlocYearAction = action(createBlocYearSchema, async ({ blocId, year, copyMembers, leadership }, session) => {
  authorize(canManageBloc(session, blocId));
  const result = await service.createBlocYear(session, blocId, year, copyMembers, leadership);
  revalidatePath(`/blocs/${blocId}`);
  return result;
});

export const updateBlocYearAction = action(updateBlocYearSchema, async ({ blocYearId, ...input }, session) => {
  const blocId = await blocOfYear(blocYearId);
  authorize(canManageBloc(session, blocId));
  const result = await service.updateBlocYear(session, blocYearId, input);
  revalidatePath(`/blocs/${blocId}`, "layout");
  return result;
});

export const setMembersAction = action(membersSchema, async ({ blocYearId, unitIds }, session) => {
  const blocId = await blocOfYear(blocYearId);
  authorize(canManageBloc(session, blocId));
  const result = await service.setMembers(session, blocYearId, unitIds);
  revalidatePath(`/blocs/${blocId}`, "layout");
  return result;
});

export const setLeadershipAction = action(leadershipSchema, async ({ blocYearId, leaderUnitId, deputyUnitId }, session) => {
  const blocId = await blocOfYear(blocYearId);
  authorize(canManageBloc(session, blocId));
  const result = await service.setLeadership(session, blocYearId, leaderUnitId, deputyUnitId);
  revalidatePath(`/blocs/${blocId}`, "layout");
  return result;
});

export const confirmRotationAction = action(confirmRotationSchema, async (input, session) => {
  authorize(canDecideRotation(session, input.blocId));
  const result = await service.confirmRotation(session, input);
  revalidatePath(`/blocs/${input.blocId}`, "layout");
  return result;
});
