"use server";

import { revalidatePath } from "next/cache";
import { action, publicAction } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { canManageUsers } from "@/lib/users/policy";
import { issueLinksSchema, useLinkSchema } from "@/lib/users/accounts/schemas";
import { handoverOf } from "@/lib/users/accounts/handover-workbook";
import * as service from "@/lib/users/accounts/service";

export const issueSetPasswordLinksAction = action(issueLinksSchema, async (input, session) => {
  authorize(canManageUsers(session));
  const issued = await service.issueSetPasswordLinks(session, input);
  revalidatePath("/users");
  // Shown once: the links exist only in this answer.
  return handoverOf(issued);
});

// Open to signed-out callers: the token is the authority (lib/actions/action.ts publicAction).
export const setPasswordWithLinkAction = publicAction(useLinkSchema, async ({ token, password }) => service.useSetPasswordLink(token, password));
