import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canReorganise } from "@/lib/reorg/policy";
import { listRedivisions, listUnitChanges, redivisionForm, workingUnitOptions } from "@/lib/reorg/queries";
import { YEAR_RULES } from "@/lib/validation/fields";
import { ReorganisationView } from "@/components/reorg/reorganisation-view";

export async function generateMetadata() {
  return { title: (await getTranslations("reorg"))("title") };
}

export default async function ReorganisationPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  const session = await requireSession();
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= YEAR_RULES.min && asked <= YEAR_RULES.max ? asked : new Date().getFullYear();
  if (!canReorganise(session)) notFound();
  const [changes, redivisions, units, form] = await Promise.all([
    listUnitChanges(session),
    listRedivisions(session),
    workingUnitOptions(session),
    redivisionForm(session, year),
  ]);
  if (!form) notFound();
  return <ReorganisationView year={year} changes={changes} redivisions={redivisions} units={units} form={form} />;
}
