import "server-only";
import { cache } from "react";
import { requireSession } from "@/lib/auth/session";
import { getBlocYear } from "@/lib/blocs/queries";

// Every page of a bloc year starts here: the caller, and the year if they may see it (else null).
// Cached per request, so generateMetadata and the page share one lookup.
const load = cache(async (id: string, year: string) => {
  const session = await requireSession();
  const n = Number(year);
  const by = Number.isInteger(n) ? await getBlocYear(session, id, n) : null;
  return { session, by };
});

export async function loadYearPage(params: Promise<{ id: string; year: string }>) {
  const { id, year } = await params;
  return load(id, year);
}
