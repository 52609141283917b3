"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { markAllReadSchema, markReadSchema, preferencesSchema } from "./schemas";
import * as service from "./service";

// Any signed-in user, on their own notifications only: the user comes from the session, never the form.
export const markNotificationReadAction = action(markReadSchema, async ({ id }, session) => {
  const result = await service.markRead(session, id);
  revalidatePath("/", "layout"); // the bell in every page's header
  return result;
});

export const markAllNotificationsReadAction = action(markAllReadSchema, async ({ upTo }, session) => {
  const result = await service.markAllRead(session, new Date(upTo));
  revalidatePath("/", "layout");
  return result;
});

export const setNotificationPreferencesAction = action(preferencesSchema, async ({ prefs }, session) => {
  const result = await service.setPreferences(session, prefs);
  revalidatePath("/account");
  return result;
});
