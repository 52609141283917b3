import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { canManageConferences } from "@/lib/conferences/policy";
import { sortByVi } from "@/lib/format/vi";
import { Card } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ConferenceForm } from "@/components/conferences/conference-form";
import { conferencesHref } from "@/components/conferences/labels";

type Props = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("conferences"))("new") };
}

export default async function NewConferencePage({ params }: Props) {
  const { session, by } = await loadYearPage(params);
  if (!by) notFound();
  const memberIds = by.members.map((m) => m.unitId);
  if (!canManageConferences(session, { blocId: by.blocId, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: memberIds })) notFound();
  const t = await getTranslations();
  const members = sortByVi(
    by.members.map((m) => ({ value: m.unit.id, label: m.unit.name })),
    (o) => o.label,
  );
  const base = conferencesHref(by.blocId, by.year);
  return (
    <>
      <YearPageHeader
        bloc={{ id: by.blocId, name: by.bloc.name }}
        year={by.year}
        active="conferences"
        crumb={t("conferences.new")}
        section={{ label: t("blocs.tabs.conferences"), href: base }}
        title={t("conferences.new")}
      />
      <Card>
        <ConferenceForm mode="create" blocYearId={by.id} members={members} leaderUnitId={by.leaderUnitId} redirectTo={`${base}/:id`} />
      </Card>
    </>
  );
}
