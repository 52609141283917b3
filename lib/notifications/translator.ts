import { createTranslator } from "next-intl";
import vi from "@/messages/vi/notifications.json";

/**
 * The notifications' words in Vietnamese, outside any request: an e-mail is written when its job
 * runs, in the product's language, whatever language the recipient reads the app in.
 */
export const viNotifications = createTranslator({ locale: "vi", messages: { notifications: vi }, namespace: "notifications" });

/** A notification's title and body from its kind and stored parameters. */
export function eventText(kind: string, params: Record<string, string>) {
  const t = viNotifications as unknown as (key: string, values: Record<string, string>) => string;
  return { title: t(`events.${kind}.title`, params), body: t(`events.${kind}.body`, params) };
}
