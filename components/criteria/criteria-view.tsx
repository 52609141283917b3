import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import type { CriteriaCan } from "@/lib/criteria/policy";
import { formatDateTime } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { CriteriaAddCards } from "@/components/criteria/add-cards";
import { CriteriaSetCard, type CriteriaSetOfYear } from "@/components/criteria/criteria-set-card";
import { criteriaStatusTone } from "@/components/criteria/labels";
import { CreateSetForm, SaveAsTemplateForm, TemplateCopyForm } from "@/components/criteria/template-form";

type Props = { by: BlocYearRow; set: CriteriaSetOfYear | null; previousYear: number | null; templates: { id: string; name: string }[]; can: CriteriaCan };

/** The year's criteria: created, built (by hand, from last year or a template) and published by the board. */
export async function CriteriaView({ by, set, previousYear, templates, can }: Props) {
  const t = await getTranslations("criteria");
  const header = (
    <YearPageHeader
      bloc={by.bloc}
      year={by.year}
      title={t("title", { year: by.year })}
      crumb={t("crumb")}
      active="criteria"
      badge={set && <Badge tone={criteriaStatusTone[set.status]}>{t(`status.${set.status}`)}</Badge>}
    />
  );
  if (!set) {
    return (
      <>
        {header}
        {can.manage ? (
          <Card title={t("create")}>
            <div className="space-y-4">
              <p className="text-sm text-slate-600">
                {t("empty", { year: by.year })} {t("emptyHint")}
              </p>
              <CreateSetForm blocYearId={by.id} />
            </div>
          </Card>
        ) : (
          <EmptyState title={t("empty", { year: by.year })} hint={t("emptyReadOnly")} />
        )}
      </>
    );
  }

  const draft = set.status === "DRAFT";
  const versioned = { setId: set.id, version: set.version };
  return (
    <>
      {header}
      <div className="space-y-4">
        {set.reopenedAt && draft && <Alert tone="info">{t("reopenedNotice", { date: formatDateTime(set.reopenedAt), reason: set.reopenReason ?? "" })}</Alert>}
        <CriteriaSetCard set={set} previousYear={previousYear} can={can} />
        {draft && can.manage && (
          <>
            <CriteriaAddCards {...versioned} />
            {templates.length > 0 && (
              <Card title={t("copy.template")}>
                <TemplateCopyForm {...versioned} templates={templates} />
              </Card>
            )}
          </>
        )}
        {set.nodes.length > 0 && can.saveTemplate && (
          <Card title={t("templates.saveTitle")}>
            <SaveAsTemplateForm setId={set.id} />
          </Card>
        )}
      </div>
    </>
  );
}
