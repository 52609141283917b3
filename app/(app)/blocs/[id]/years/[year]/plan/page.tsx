import { Link } from "@/components/ui/link";
import { loadYearPage } from "@/lib/blocs/year-page";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canManageBloc } from "@/lib/blocs/policy";
import { sortByVi } from "@/lib/format/vi";
import { canManagePlan } from "@/lib/plans/policy";
import { listPlanItems } from "@/lib/plans/queries";
import { Card, DescriptionList } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { PlanEditor } from "@/components/plans/plan-editor";
import { toPlanRows } from "@/components/plans/plan-rows";
import { PlanTable } from "@/components/plans/plan-table";

type Params = { params: Promise<{ id: string; year: string }> };

async function load({ params }: Params) {
  return loadYearPage(params);
}

export async function generateMetadata(props: Params) {
  const { by } = await load(props);
  const t = await getTranslations("plans");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

export default async function PlanPage(props: Params) {
  const { session, by } = await load(props);
  if (!by) notFound();
  const t = await getTranslations();
  const bloc = by.bloc;
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  const manage = canManagePlan(session, {
    blocId: bloc.id,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: members.map((u) => u.id),
  });
  const rows = await toPlanRows(await listPlanItems(by.id));
  const yearHref = `/blocs/${bloc.id}/years/${by.year}`;

  return (
    <>
      <YearPageHeader bloc={bloc} year={by.year} active="plan" crumb={t("plans.crumb")} title={t("plans.title", { year: by.year })} />
      <div className="space-y-4">
        <Card title={t("plans.words.title", { year: by.year })}>
          <div className="space-y-3">
            <DescriptionList
              items={[
                { label: t("blocs.fields.theme"), value: by.theme },
                { label: t("blocs.fields.slogan"), value: by.slogan },
                { label: t("blocs.fields.motto"), value: by.motto },
              ]}
            />
            {/* Theme, slogan and motto are edited with the year's details, which only the board manages. */}
            {canManageBloc(session, bloc.id) && (
              <p className="text-sm text-slate-600">
                {t("plans.words.editHint")}{" "}
                <Link href={yearHref} className="font-medium text-sky-800 underline hover:text-sky-900">
                  {t("plans.words.editLink")}
                </Link>
              </p>
            )}
          </div>
        </Card>
        <Card
          title={t("plans.items.title")}
          actions={
            <>
              <span className="self-center text-sm text-slate-600">{t("plans.items.count", { count: rows.length })}</span>
              <DocumentDownloads kind="plan" id={by.id} />
            </>
          }
        >
          <div className="space-y-4">
            <DocumentDate kind="plan" subjectId={by.id} />
            {manage ? (
              <PlanEditor blocYearId={by.id} items={rows} hosts={members.map((u) => ({ value: u.id, label: u.name }))} />
            ) : (
              <PlanTable year={by.year} items={rows} />
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
