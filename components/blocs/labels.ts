// Small display helpers shared by the bloc screens.

export const yearStatusTone = { PLANNING: "amber", ACTIVE: "green", CLOSED: "slate" } as const;

/** The year page of a bloc. */
export function yearHref(blocId: string, year: number) {
  return `/blocs/${blocId}/years/${year}`;
}
