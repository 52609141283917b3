import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canManageAwardForms } from "@/lib/awards/policy";
import { listAwardForms } from "@/lib/awards/queries";
import { parseTableQuery } from "@/components/ui/data-table";
import { AwardFormsView } from "@/components/awards/award-forms-view";

export async function generateMetadata() {
  return { title: (await getTranslations("awards"))("forms.title") };
}

export default async function AwardFormsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canManageAwardForms(session)) notFound();
  const params = await searchParams;
  const includeArchived = params.archived === "1";
  const forms = await listAwardForms(session, { includeArchived });
  return <AwardFormsView forms={forms} query={parseTableQuery(params)} includeArchived={includeArchived} />;
}
