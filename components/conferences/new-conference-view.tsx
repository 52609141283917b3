import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { sortByVi } from "@/lib/format/vi";
import { Card } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ConferenceForm } from "@/components/conferences/conference-form";
import { conferencesHref } from "@/components/conferences/labels";

/** A new conference of the year, hosted by one of its members (the leader unit by default). */
export async function NewConferenceView({ by }: { by: BlocYearRow }) {
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
