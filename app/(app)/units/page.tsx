import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { sortByVi } from "@/lib/format/vi";
import { canManageUnits, canViewUnits } from "@/lib/units/policy";
import { listUnits } from "@/lib/units/queries";
import { parseTableQuery } from "@/components/ui/data-table";
import { OnboardingLink } from "@/components/onboarding/onboarding-link";
import { UnitsView } from "@/components/units/units-view";

export async function generateMetadata() {
  return { title: (await getTranslations("units"))("title") };
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canViewUnits(session)) notFound();
  const params = await searchParams;
  const query = parseTableQuery(params);
  const includeArchived = params.archived === "1";
  const units = sortByVi(await listUnits(session, { q: query.q, includeArchived }), (u) => u.name);
  return (
    <UnitsView
      units={units}
      query={query}
      includeArchived={includeArchived}
      onboarding={<OnboardingLink session={session} kind="units" />}
      can={{ manage: canManageUnits(session) }}
    />
  );
}
