// Which writes can change which pages, beyond "any committed write changes every page".
//
// A unit's draft save (lib/scoring/entry-sql.ts) records its transaction with the scope of its
// bloc year. It writes a draft or returned sheet's self-scores, its version and an audit entry,
// never a sheet's status. Under that bloc year's path, only the scoring pages and the ranking
// read sheets; the overview, pledge, criteria, plan, activities, conferences and awards pages
// read none (the awards page reads the signed-off ranking, a stored snapshot). The home page
// ("/", with or without its year filter ?nam=, listing bloc years of any year) counts submitted
// and reviewed sheets and shows the officer's own sheet's status and resubmission deadline,
// none of which a draft save changes. The audit
// log and a unit's own pages do change. Every other write, and every page not named here, keeps
// the strict rule.

/** The scope a draft save of a bloc year is recorded under; the pages of its sheets and its ranking have it. */
export const blocYearScope = (blocId: string, year: number) => `${blocId}/${year}`;

/**
 * The scope of a write no page shows as it happens: a session's "last active" time
 * (lib/sessions/service.ts). The account page lists it, at most PAGE_CACHE_TTL_SECONDS old.
 */
export const UNSHOWN_WRITE_SCOPE = "-";

/** What a page depends on among recorded draft saves: those of one scope, none, or any. */
export type PageScope = { drafts: "scope"; scope: string } | { drafts: "none" } | { drafts: "any" };

/** The sections of a bloc year that read no sheet; a new section is assumed to read them until added here. */
const SHEETLESS_SECTIONS = new Set(["", "activities", "awards", "conferences", "criteria", "plan", "pledge"]);

export function pageScope(url: string): PageScope {
  const path = new URL(url, "http://x").pathname;
  if (path === "/") return { drafts: "none" };
  const m = /^\/blocs\/([^/]+)\/years\/(\d{4})(?:\/([^/]*)|$)/.exec(path);
  if (!m) return { drafts: "any" };
  if (SHEETLESS_SECTIONS.has(m[3] ?? "")) return { drafts: "none" };
  return { drafts: "scope", scope: blocYearScope(decodeURIComponent(m[1]), Number(m[2])) };
}

/** Whether a page of `scope` still holds after transactions recorded under `scopes` (null: not recorded) finished. */
export function unaffected(scope: PageScope, scopes: readonly (string | null)[]): boolean {
  return scopes.every((s) => s === UNSHOWN_WRITE_SCOPE || (s !== null && (scope.drafts === "none" || (scope.drafts === "scope" && s !== scope.scope))));
}
