// Small display helpers shared by the activity screens.

export const activityKindTone = { SPORT: "green", CULTURE: "sky", PUBLICITY: "amber", OTHER: "slate" } as const;

export function activitiesHref(blocId: string, year: number) {
  return `/blocs/${blocId}/years/${year}/activities`;
}
