import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import type { ExplanationsView } from "@/lib/explanations/queries";
import { formatDateTime } from "@/lib/format/vi";
import type { SheetView as SheetData } from "@/lib/scoring/queries";
import { layerValues } from "@/lib/scoring/layers";
import { defaultResubmitBy } from "@/lib/scoring/window";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs } from "@/components/blocs/year-tabs";
import { sheetStatusTone } from "@/components/scoring/labels";
import { LayersView } from "@/components/scoring/layers-view";
import { FinishReviewForm, ReturnForm } from "@/components/scoring/sheet-actions";
import { SheetGrid } from "@/components/scoring/sheet-grid";
import { ExplanationsCard } from "@/components/explanations/explanations-card";

export type SheetCan = SheetData["can"] & { signAsHead: boolean };

/** One unit's score sheet of a year, in the layer the caller works on (self, review, appraisal) or to read. */
export async function SheetView({ by, view, can, explanations }: { by: BlocYearRow; view: SheetData; can: SheetCan; explanations: ExplanationsView | null }) {
  const t = await getTranslations();
  const status = view.sheet?.status ?? "NONE";
  const mode = can.edit ? "self" : can.appraise ? "APPRAISED" : can.review ? "REVIEWED" : "read";
  const reviewed = view.leaves.some((l) => l.layers.reviewed || l.layers.appraised);
  const yearHref = `/blocs/${by.blocId}/years/${by.year}`;
  return (
    <>
      <PageHeader
        title={t("scoring.sheet.title", { unit: view.unitName, year: by.year })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{by.bloc.name}</span>
            <Badge tone={sheetStatusTone[status]}>{t(`scoring.status.${status}`)}</Badge>
          </span>
        }
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: by.bloc.name, href: `/blocs/${by.blocId}` },
          { label: t("blocs.year.crumb", { year: by.year }), href: yearHref },
          { label: t("scoring.crumb"), href: `${yearHref}/scoring` },
          { label: view.unitName },
        ]}
      />
      <YearTabs blocId={by.blocId} year={by.year} active="scoring" />
      <div className="space-y-4">
        {view.setStatus !== "PUBLISHED" ? (
          <EmptyState title={t("scoring.errors.setNotPublished")} />
        ) : (
          <>
            <div className="space-y-2 text-sm">
              {view.closesAt && <p>{t("scoring.sheet.deadline", { closes: formatDateTime(view.closesAt) })}</p>}
              {view.sheet?.lockedAt ? (
                <Alert tone="info">{t("scoring.errors.locked")}</Alert>
              ) : (
                view.window !== "open" && <Alert tone="info">{t(`scoring.window.${view.window}`, { date: formatDateTime(view.sheet?.resubmitBy) })}</Alert>
              )}
              {view.sheet?.status === "RETURNED" && (
                <Alert tone="error">
                  {t("scoring.sheet.returned", { date: formatDateTime(view.sheet.returnedAt), reason: view.sheet.returnReason ?? "" })}
                  {view.sheet.resubmitBy && (
                    <strong className="mt-1 block">{t("scoring.sheet.resubmitBy", { date: formatDateTime(view.sheet.resubmitBy) })}</strong>
                  )}
                </Alert>
              )}
              {view.sheet?.submittedAt && (
                <p>{t("scoring.sheet.submittedInfo", { date: formatDateTime(view.sheet.submittedAt), head: view.sheet.headApprovedBy ?? "" })}</p>
              )}
              {view.sheet?.reviewFinishedAt && (
                <Alert tone="success">
                  {t("scoring.finish.done", { date: formatDateTime(view.sheet.reviewFinishedAt), by: view.sheet.reviewFinishedBy ?? "" })}
                </Alert>
              )}
            </div>
            <Card title={t(`scoring.mode.${mode}`)}>
              <SheetGrid
                key={mode}
                blocYearId={by.id}
                unitId={view.unitId}
                sheetId={view.sheet?.id ?? null}
                version={view.sheet?.version ?? 0}
                tree={view.tree}
                leaves={view.leaves.map((l) => ({ code: l.code, layers: layerValues(l.layers), evidence: l.evidence }))}
                mode={mode}
                canSubmit={can.submit}
                isHead={can.signAsHead}
              />
            </Card>
            {can.finishReview && view.sheet && <FinishReviewForm sheetId={view.sheet.id} version={view.sheet.version} />}
            {can.return && view.sheet && (
              <ReturnForm
                sheetId={view.sheet.id}
                version={view.sheet.version}
                defaultResubmitBy={formatDateTime(defaultResubmitBy(new Date(), view.closesAt))}
              />
            )}
            {view.diff && reviewed && (
              <Card title={t("scoring.layers.title")}>
                <LayersView diff={view.diff} />
              </Card>
            )}
            {explanations && <ExplanationsCard blocYearId={by.id} view={explanations} />}
          </>
        )}
      </div>
    </>
  );
}
