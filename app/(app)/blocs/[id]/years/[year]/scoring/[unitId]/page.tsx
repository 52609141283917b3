import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { isHeadOf } from "@/lib/units/policy";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/vi";
import { getSheetView } from "@/lib/scoring/queries";
import { defaultResubmitBy } from "@/lib/scoring/window";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs } from "@/components/blocs/year-tabs";
import { sheetStatusTone } from "@/components/scoring/labels";
import { LayersView } from "@/components/scoring/layers-view";
import { ReturnForm } from "@/components/scoring/sheet-actions";
import { SheetGrid } from "@/components/scoring/sheet-grid";

type Params = { params: Promise<{ id: string; year: string; unitId: string }> };

// Cached per request, so generateMetadata and the page share one read of the sheet.
const loadSheet = cache(async (id: string, yearParam: string, unitId: string) => {
  const { session, by } = await loadYearPage(Promise.resolve({ id, year: yearParam }));
  if (!by) return null;
  const year = {
    id: by.id,
    year: by.year,
    blocId: by.blocId,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  };
  try {
    return { session, by, view: await getSheetView(session, year, unitId) };
  } catch (error) {
    // Another unit's sheet looks the same as one that does not exist (rule 2).
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

async function load({ params }: Params) {
  const p = await params;
  return loadSheet(p.id, p.year, p.unitId);
}

export async function generateMetadata(props: Params) {
  const loaded = await load(props);
  const t = await getTranslations("scoring");
  return { title: loaded ? t("sheet.title", { unit: loaded.view.unitName, year: loaded.by.year }) : undefined };
}

export default async function SheetPage(props: Params) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { session, by, view } = loaded;
  const t = await getTranslations();
  const status = view.sheet?.status ?? "NONE";
  const mode = view.can.edit ? "self" : view.can.appraise ? "APPRAISED" : view.can.review ? "REVIEWED" : "read";
  const reviewed = view.leaves.some((l) => l.layers.reviewed || l.layers.appraised);

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
          { label: t("blocs.year.crumb", { year: by.year }), href: `/blocs/${by.blocId}/years/${by.year}` },
          { label: t("scoring.crumb"), href: `/blocs/${by.blocId}/years/${by.year}/scoring` },
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
            </div>
            <Card title={t(`scoring.mode.${mode}`)}>
              <SheetGrid
                key={mode}
                blocYearId={by.id}
                unitId={view.unitId}
                sheetId={view.sheet?.id ?? null}
                version={view.sheet?.version ?? 0}
                tree={view.tree}
                leaves={view.leaves.map((l) => ({ code: l.code, layers: l.layers, evidence: l.evidence }))}
                mode={mode}
                canSubmit={view.can.submit}
                isHead={isHeadOf(session, view.unitId)}
              />
            </Card>
            {view.can.return && view.sheet && (
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
          </>
        )}
      </div>
    </>
  );
}
