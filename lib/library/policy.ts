import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, type YearContext } from "@/lib/blocs/policy";

/**
 * Who keeps a bloc's library: board staff of the bloc, and the officers of the unit leading the
 * year a document is filed under. Every member reads it (the bloc's visibility).
 */
export function canManageLibrary(session: AppSession, year: YearContext) {
  return canInYear(session, "library.manage", year);
}

/**
 * The library page: the years the caller may file a document under (the add form offers those),
 * and which of the listed documents the caller may edit, replace the file of, or delete.
 */
export function libraryCan(session: AppSession, years: (YearContext & { id: string })[], documents: { id: string; blocYearId: string }[]) {
  const keeps = new Set(years.filter((y) => canManageLibrary(session, y)).map((y) => y.id));
  return { add: keeps.size > 0, yearIds: [...keeps], editIds: documents.filter((d) => keeps.has(d.blocYearId)).map((d) => d.id) };
}

export type LibraryCan = ReturnType<typeof libraryCan>;
