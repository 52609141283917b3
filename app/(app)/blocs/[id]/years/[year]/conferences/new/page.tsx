import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { canManageConferences } from "@/lib/conferences/policy";
import { NewConferenceView } from "@/components/conferences/new-conference-view";

type Props = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("conferences"))("new") };
}

export default async function NewConferencePage({ params }: Props) {
  const page = await loadYearPage(params);
  if (!page || !canManageConferences(page.session, page.year)) notFound();
  return <NewConferenceView by={page.by} />;
}
