import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { canManageConferences } from "@/lib/conferences/policy";
import { sortByVi } from "@/lib/format/vi";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs } from "@/components/blocs/year-tabs";
import { yearHref } from "@/components/blocs/labels";
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
  const members = sortByVi(by.members.map((m) => ({ value: m.unit.id, label: m.unit.name })), (o) => o.label);
  const base = conferencesHref(by.blocId, by.year);
  return (
    <>
      <PageHeader
        title={t("conferences.new")}
        subtitle={by.bloc.name}
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: by.bloc.name, href: `/blocs/${by.blocId}` },
          { label: t("blocs.year.crumb", { year: by.year }), href: yearHref(by.blocId, by.year) },
          { label: t("blocs.tabs.conferences"), href: base },
          { label: t("conferences.new") },
        ]}
      />
      <YearTabs blocId={by.blocId} year={by.year} active="conferences" />
      <Card>
        <ConferenceForm mode="create" blocYearId={by.id} members={members} leaderUnitId={by.leaderUnitId} redirectTo={`${base}/:id`} />
      </Card>
    </>
  );
}
