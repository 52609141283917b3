import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, type YearContext } from "@/lib/blocs/policy";

/**
 * Who drafts a bloc's regulation and records its adoption: board staff of the bloc, and the
 * officers of the unit leading the year the version is filed under. Every member reads it.
 */
export function canManageRegulation(session: AppSession, year: YearContext) {
  return canInYear(session, "regulation.manage", year);
}

/** The regulation page: the years a draft may be filed under, and the versions the caller may edit, adopt or file. */
export function regulationCan(session: AppSession, years: (YearContext & { id: string })[], versions: { id: string; blocYearId: string }[]) {
  const keeps = new Set(years.filter((y) => canManageRegulation(session, y)).map((y) => y.id));
  return { add: keeps.size > 0, yearIds: [...keeps], manageIds: versions.filter((v) => keeps.has(v.blocYearId)).map((v) => v.id) };
}

export type RegulationCan = ReturnType<typeof regulationCan>;
