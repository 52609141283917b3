// Small display helpers shared by the bloc screens.

type UnitLike = { name: string; shortName?: string | null } | null | undefined;

export function unitLabel(unit: UnitLike, fallback: string): string {
  return unit?.name ?? fallback;
}

export const yearStatusTone = { PLANNING: "amber", ACTIVE: "green", CLOSED: "slate" } as const;

/** The year page of a bloc. */
export function yearHref(blocId: string, year: number) {
  return `/blocs/${blocId}/years/${year}`;
}
