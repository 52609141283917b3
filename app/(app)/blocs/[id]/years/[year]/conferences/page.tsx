import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { canManageConferences } from "@/lib/conferences/policy";
import { listConferences } from "@/lib/conferences/queries";
import { parseTableQuery } from "@/components/ui/data-table";
import { ConferencesView } from "@/components/conferences/conferences-view";

type Props = { params: Promise<{ id: string; year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const page = await loadYearPage(params);
  const t = await getTranslations("conferences");
  return { title: page ? t("listTitle", { year: page.by.year }) : undefined };
}

export default async function ConferencesPage({ params, searchParams }: Props) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, year } = page;
  const conferences = await listConferences(session, by.id);
  return (
    <ConferencesView by={by} conferences={conferences} query={parseTableQuery(await searchParams)} can={{ manage: canManageConferences(session, year) }} />
  );
}
