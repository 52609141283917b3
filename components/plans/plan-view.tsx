import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { sortByVi } from "@/lib/format/vi";
import type { listPlanItems } from "@/lib/plans/queries";
import { Card, DescriptionList } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { SignedCopy } from "@/components/documents/signed-copy";
import { PlanEditor } from "@/components/plans/plan-editor";
import { toPlanRows } from "@/components/plans/plan-rows";
import { PlanTable } from "@/components/plans/plan-table";

type Props = { by: BlocYearRow; items: Awaited<ReturnType<typeof listPlanItems>>; can: { manage: boolean; editWords: boolean } };

/** The year's plan of activities, with its theme, slogan and motto. */
export async function PlanView({ by, items, can }: Props) {
  const t = await getTranslations();
  const members = sortByVi(
    by.members.map((m) => m.unit),
    (u) => u.name,
  );
  const rows = await toPlanRows(items);
  return (
    <>
      <YearPageHeader bloc={by.bloc} year={by.year} active="plan" crumb={t("plans.crumb")} title={t("plans.title", { year: by.year })} />
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
            {can.editWords && (
              <p className="text-sm text-slate-600">
                {t("plans.words.editHint")}{" "}
                <Link href={`/blocs/${by.blocId}/years/${by.year}`} className="font-medium text-sky-800 underline hover:text-sky-900">
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
            <SignedCopy kind="plan" subjectId={by.id} />
            {can.manage ? (
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
