// Small display helpers shared by the conference screens.

export const conferenceKindTone = { SIGNING: "sky", MID_YEAR: "amber", YEAR_END: "green", OTHER: "slate" } as const;

export function conferencesHref(blocId: string, year: number) {
  return `/blocs/${blocId}/years/${year}/conferences`;
}
