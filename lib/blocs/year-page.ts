import "server-only";
import { cache } from "react";
import type { AppSession } from "@/lib/auth/session-types";
import { requireSession } from "@/lib/auth/session";
import { yearRoleOf, type YearRole } from "@/lib/blocs/policy";
import { getBlocYear } from "@/lib/blocs/queries";
import { yearContextOf, type BlocYearContext } from "@/lib/blocs/year-context";

export type BlocYearRow = NonNullable<Awaited<ReturnType<typeof getBlocYear>>>;

/**
 * What every page of a bloc year starts from: the caller, the bloc year with its bloc and members
 * (`by`), the context the policies take (`year`), and the caller's unit's place in it (`role`).
 * Each page then asks its domain's policy for the `can` object it hands its feature component.
 */
export type YearPage = { session: AppSession; by: BlocYearRow; year: BlocYearContext; role: YearRole };

// Cached per request, so generateMetadata and the page share one lookup.
const load = cache(async (id: string, year: string): Promise<YearPage | null> => {
  const session = await requireSession();
  const n = Number(year);
  const by = Number.isInteger(n) ? await getBlocYear(session, id, n) : null;
  if (!by) return null;
  const context = yearContextOf(by);
  return { session, by, year: context, role: yearRoleOf(session, context) };
});

/** The bloc year of the URL if the caller may see it, else null (the page answers 404). */
export async function loadYearPage(params: Promise<{ id: string; year: string }>) {
  const { id, year } = await params;
  return load(id, year);
}

/** "<section title> – <bloc>" for a bloc year's page, or nothing when the year is hidden. */
export function yearPageTitle(page: YearPage | null, title: (year: number) => string) {
  return page ? `${title(page.by.year)} – ${page.by.bloc.name}` : undefined;
}
