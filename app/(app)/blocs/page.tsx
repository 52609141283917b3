import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { blocsCan } from "@/lib/blocs/policy";
import { listBlocs } from "@/lib/blocs/queries";
import { sortByVi } from "@/lib/format/vi";
import { parseTableQuery } from "@/components/ui/data-table";
import { OnboardingLink } from "@/components/onboarding/onboarding-link";
import { BlocsView } from "@/components/blocs/blocs-view";

export async function generateMetadata() {
  return { title: (await getTranslations("blocs"))("title") };
}

export default async function BlocsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const can = blocsCan(session);
  if (!can.view) notFound();
  const params = await searchParams;
  const query = parseTableQuery(params);
  const includeArchived = params.archived === "1";
  const blocs = sortByVi(await listBlocs(session, { q: query.q, includeArchived }), (b) => b.name);
  return (
    <BlocsView
      blocs={blocs}
      query={query}
      includeArchived={includeArchived}
      onboarding={<OnboardingLink session={session} kind={can.create ? "blocs" : "members"} />}
      can={can}
    />
  );
}
