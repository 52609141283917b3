import { getTranslations } from "next-intl/server";
import type { listActivities } from "@/lib/activities/queries";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDate, sortByVi } from "@/lib/format/vi";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { DataTable, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ActivityForm } from "@/components/activities/activity-form";
import { activitiesHref, activityKindTone } from "@/components/activities/labels";

type Props = { by: BlocYearRow; activities: Awaited<ReturnType<typeof listActivities>>; query: TableQuery; can: { manage: boolean } };

/** The year's activities by date, and a form to add one for whoever manages them. */
export async function ActivitiesView({ by, activities, query, can }: Props) {
  const t = await getTranslations();
  const base = activitiesHref(by.blocId, by.year);
  type Row = (typeof activities)[number];
  const columns: Column<Row>[] = [
    { key: "date", label: t("activities.fields.date"), sortValue: (a) => a.date.getTime(), render: (a) => formatDate(a.date) },
    {
      key: "title",
      label: t("activities.fields.title"),
      sortValue: (a) => a.title,
      render: (a) => (
        <Link href={`${base}/${a.id}`} className="font-medium text-sky-800 hover:underline">
          {a.title}
        </Link>
      ),
    },
    { key: "kind", label: t("activities.fields.kind"), render: (a) => <Badge tone={activityKindTone[a.kind]}>{t(`activities.kind.${a.kind}`)}</Badge> },
    { key: "host", label: t("activities.fields.host"), sortValue: (a) => a.host?.name ?? null, render: (a) => a.host?.name ?? t("common.none") },
    {
      key: "participants",
      label: t("activities.fields.participants"),
      sortValue: (a) => a._count.participants,
      render: (a) => t("activities.participantsCount", { count: a._count.participants }),
    },
  ];
  return (
    <>
      <YearPageHeader
        bloc={{ id: by.blocId, name: by.bloc.name }}
        year={by.year}
        active="activities"
        crumb={t("blocs.tabs.activities")}
        title={t("activities.listTitle", { year: by.year })}
      />
      <div className="space-y-4">
        {activities.length === 0 ? (
          <EmptyState title={t("activities.empty")} hint={t("activities.emptyHint")} />
        ) : (
          <DataTable
            rows={sortRows(activities, columns, query)}
            columns={columns}
            rowKey={(a) => a.id}
            query={query}
            basePath={base}
            caption={t("activities.caption", { year: by.year })}
          />
        )}
        {can.manage && (
          <Card title={t("activities.new")}>
            <ActivityForm
              mode="create"
              blocYearId={by.id}
              members={sortByVi(
                by.members.map((m) => ({ value: m.unit.id, label: m.unit.name })),
                (o) => o.label,
              )}
              leaderUnitId={by.leaderUnitId}
              redirectTo={`${base}/:id`}
            />
          </Card>
        )}
      </div>
    </>
  );
}
