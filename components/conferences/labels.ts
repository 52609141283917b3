import { formatDateTime, toDateInputValue, type DateLike } from "@/lib/format/vi";

// Small display helpers shared by the conference screens.

export const conferenceKindTone = { SIGNING: "sky", MID_YEAR: "amber", YEAR_END: "green", OTHER: "slate" } as const;

export function conferencesHref(blocId: string, year: number) {
  return `/blocs/${blocId}/years/${year}/conferences`;
}

/** yyyy-MM-ddTHH:mm in Vietnam time: the value of an <input type="datetime-local">. */
export function toDateTimeInputValue(d: DateLike): string {
  const day = toDateInputValue(d);
  return day ? `${day}T${formatDateTime(d).slice(11, 16)}` : "";
}
