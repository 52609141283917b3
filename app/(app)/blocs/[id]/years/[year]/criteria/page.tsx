import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format/vi";
import { copyCriteriaFromPreviousYearAction, publishCriteriaAction, reopenCriteriaAction } from "@/lib/criteria/actions";
import { canManageCriteria, canManageTemplates, canReopenCriteria } from "@/lib/criteria/policy";
import { criteriaTemplates, getCriteriaSetOfYear, previousCriteriaYear } from "@/lib/criteria/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { CriteriaTable } from "@/components/criteria/criteria-table";
import { criteriaStatusTone } from "@/components/criteria/labels";
import { criteriaTableRows } from "@/components/criteria/table-rows";
import { CriteriaAddCards } from "@/components/criteria/add-cards";
import { ReopenForm } from "@/components/ui/reopen-form";
import { CreateSetForm, SaveAsTemplateForm, TemplateCopyForm } from "@/components/criteria/template-form";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const { by } = await loadYearPage(params);
  const t = await getTranslations("criteria");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

export default async function CriteriaPage({ params }: Params) {
  const { session, by } = await loadYearPage(params);
  if (!by) notFound();
  const t = await getTranslations();
  const bloc = by.bloc;
  const [set, previousYear, templates] = await Promise.all([getCriteriaSetOfYear(by.id), previousCriteriaYear(bloc.id, by.year), criteriaTemplates()]);
  const year = { blocId: bloc.id, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: by.members.map((m) => m.unitId) };
  const manage = canManageCriteria(session, year);

  const header = (
    <YearPageHeader
      bloc={bloc}
      year={by.year}
      title={t("criteria.title", { year: by.year })}
      crumb={t("criteria.crumb")}
      active="criteria"
      badge={set && <Badge tone={criteriaStatusTone[set.status]}>{t(`criteria.status.${set.status}`)}</Badge>}
    />
  );

  if (!set) {
    return (
      <>
        {header}
        {manage ? (
          <Card title={t("criteria.create")}>
            <div className="space-y-4">
              <p className="text-sm text-slate-600">
                {t("criteria.empty", { year: by.year })} {t("criteria.emptyHint")}
              </p>
              <CreateSetForm blocYearId={by.id} />
            </div>
          </Card>
        ) : (
          <EmptyState title={t("criteria.empty", { year: by.year })} hint={t("criteria.emptyReadOnly")} />
        )}
      </>
    );
  }

  const draft = set.status === "DRAFT";
  const editable = draft && manage;
  const { rows, maxima } = criteriaTableRows(set.nodes);
  const versioned = { setId: set.id, version: set.version };

  return (
    <>
      {header}
      <div className="space-y-4">
        {set.reopenedAt && draft && (
          <Alert tone="info">{t("criteria.reopenedNotice", { date: formatDateTime(set.reopenedAt), reason: set.reopenReason ?? "" })}</Alert>
        )}

        <Card
          title={set.name}
          actions={
            <a href={`/api/criteria/${set.id}/export`} className={buttonClass("secondary")} download>
              {t("criteria.export")}
            </a>
          }
        >
          <div className="space-y-4">
            <p className="text-sm font-medium text-slate-800" data-testid="criteria-totals">
              {t("criteria.totals", { standard: formatNumber(maxima.standard), bonus: formatNumber(maxima.bonus), deduction: formatNumber(maxima.deduction) })}
              {maxima.gates > 0 && <span className="ml-2 text-slate-600">· {t("criteria.gates", { count: maxima.gates })}</span>}
            </p>
            {set.publishedAt && !draft && <p className="text-sm text-slate-600">{t("criteria.publishedOn", { date: formatDate(set.publishedAt) })}</p>}
            {rows.length > 0 ? (
              <CriteriaTable rows={rows} manage={editable} {...versioned} />
            ) : (
              <p className="text-sm text-slate-600">{t("criteria.noNodes")}</p>
            )}
            {editable && (
              <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
                <ConfirmButton
                  action={publishCriteriaAction}
                  input={versioned}
                  variant="primary"
                  label={t("criteria.publish.button")}
                  title={t("criteria.publish.title")}
                  message={t("criteria.publish.message")}
                  confirmLabel={t("criteria.publish.confirm")}
                />
                {previousYear !== null && (
                  <ConfirmButton
                    action={copyCriteriaFromPreviousYearAction}
                    input={versioned}
                    variant="secondary"
                    label={t("criteria.copy.previous", { year: previousYear })}
                    title={t("criteria.copy.previousTitle", { year: previousYear })}
                    message={t("criteria.copy.previousMessage", { year: previousYear })}
                  />
                )}
              </div>
            )}
            {!draft && canReopenCriteria(session, year) && (
              <div className="border-t border-slate-200 pt-4">
                <ReopenForm action={reopenCriteriaAction} extra={versioned} namespace="criteria" />
              </div>
            )}
          </div>
        </Card>

        {editable && (
          <>
            <CriteriaAddCards {...versioned} />
            {templates.length > 0 && (
              <Card title={t("criteria.copy.template")}>
                <TemplateCopyForm {...versioned} templates={templates} />
              </Card>
            )}
          </>
        )}

        {set.nodes.length > 0 && canManageTemplates(session) && (
          <Card title={t("criteria.templates.saveTitle")}>
            <SaveAsTemplateForm setId={set.id} />
          </Card>
        )}
      </div>
    </>
  );
}
