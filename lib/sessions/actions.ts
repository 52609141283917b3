"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { canEndUserSessions } from "./policy";
import { endOtherSessionsSchema, endOwnSessionSchema, endUserSessionsSchema } from "./schemas";
import * as service from "./service";

// Any signed-in user, for their own sign-ins only: the user comes from the session, never the form.
export const endOwnSessionAction = action(endOwnSessionSchema, async ({ id }, session) => {
  const result = await service.endOwnSession(session, id);
  revalidatePath("/account");
  return result;
});

export const endOtherSessionsAction = action(endOtherSessionsSchema, async ({ keep }, session) => {
  const result = await service.endOtherSessions(session, keep);
  revalidatePath("/account");
  return result;
});

export const endUserSessionsAction = action(endUserSessionsSchema, async ({ userId }, session) => {
  authorize(canEndUserSessions(session));
  const result = await service.endUserSessions(session, userId);
  revalidatePath(`/users/${userId}`);
  return result;
});
