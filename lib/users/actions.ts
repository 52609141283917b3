"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { handoverOf } from "@/lib/users/accounts/handover-workbook";
import { authorize } from "@/lib/errors";
import { canManageUsers } from "@/lib/users/policy";
import { changeOwnPasswordSchema, createUserSchema, deleteUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "@/lib/users/schemas";
import * as service from "@/lib/users/service";

export const createUserAction = action(createUserSchema, async (input, session) => {
  authorize(canManageUsers(session));
  const { id, issued } = await service.createUser(session, input);
  revalidatePath("/users");
  return { id, handover: issued && (await handoverOf(issued)) };
});

export const updateUserAction = action(updateUserSchema, async ({ id, ...input }, session) => {
  authorize(canManageUsers(session));
  const result = await service.updateUser(session, id, input);
  revalidatePath("/users");
  return result;
});

export const resetPasswordAction = action(resetPasswordSchema, async ({ id, password }, session) => {
  authorize(canManageUsers(session));
  return service.resetPassword(session, id, password);
});

export const setUserActiveAction = action(setUserActiveSchema, async ({ id, active }, session) => {
  authorize(canManageUsers(session));
  const result = await service.setUserActive(session, id, active);
  revalidatePath("/users");
  return result;
});

export const deleteUserAction = action(deleteUserSchema, async ({ id }, session) => {
  authorize(canManageUsers(session));
  const result = await service.deleteUser(session, id);
  revalidatePath("/users");
  return result;
});

// Any signed-in user, for their own account only: the id comes from the session, never the form.
export const changeOwnPasswordAction = action(changeOwnPasswordSchema, async ({ currentPassword, password }, session) => {
  const result = await service.changeOwnPassword(session, currentPassword, password);
  revalidatePath("/", "layout");
  return result;
});
