import type { EmailMode } from "@/lib/generated/prisma/enums";

/** A user's choice for one kind of event; no stored row means the default. */
export type Preference = { email: boolean; digest: boolean };
export type PreferenceChoice = "off" | "now" | "digest";

export const DEFAULT_PREFERENCE: Preference = { email: true, digest: false };

/**
 * How one notification goes out by e-mail. An escalation (a deadline close, told to the unit's
 * head) goes at once whatever the head chose: the head is told because the officers have not acted.
 */
export function emailModeOf(preference: Preference | undefined, escalation = false): EmailMode {
  if (escalation) return "NOW";
  const p = preference ?? DEFAULT_PREFERENCE;
  if (!p.email) return "NONE";
  return p.digest ? "DIGEST" : "NOW";
}

export const choiceOf = (p: Preference | undefined): PreferenceChoice => {
  const mode = emailModeOf(p);
  return mode === "NONE" ? "off" : mode === "NOW" ? "now" : "digest";
};

export const preferenceOf = (choice: PreferenceChoice): Preference => ({ email: choice !== "off", digest: choice === "digest" });
