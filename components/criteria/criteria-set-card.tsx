import { getTranslations } from "next-intl/server";
import { copyCriteriaFromPreviousYearAction, publishCriteriaAction, reopenCriteriaAction } from "@/lib/criteria/actions";
import type { CriteriaCan } from "@/lib/criteria/policy";
import type { getCriteriaSetOfYear } from "@/lib/criteria/queries";
import { formatDate, formatNumber } from "@/lib/format/vi";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ReopenForm } from "@/components/ui/reopen-form";
import { CriteriaTable } from "@/components/criteria/criteria-table";
import { criteriaTableRows } from "@/components/criteria/table-rows";

export type CriteriaSetOfYear = NonNullable<Awaited<ReturnType<typeof getCriteriaSetOfYear>>>;

/** The year's set as a table with its totals: edited and published while a draft, reopened by the board once published. */
export async function CriteriaSetCard({ set, previousYear, can }: { set: CriteriaSetOfYear; previousYear: number | null; can: CriteriaCan }) {
  const t = await getTranslations("criteria");
  const draft = set.status === "DRAFT";
  const editable = draft && can.manage;
  const { rows, maxima } = criteriaTableRows(set.nodes);
  const versioned = { setId: set.id, version: set.version };
  return (
    <Card
      title={set.name}
      actions={
        <a href={`/api/criteria/${set.id}/export`} className={buttonClass("secondary")} download>
          {t("export")}
        </a>
      }
    >
      <div className="space-y-4">
        <p className="text-sm font-medium text-slate-800" data-testid="criteria-totals">
          {t("totals", { standard: formatNumber(maxima.standard), bonus: formatNumber(maxima.bonus), deduction: formatNumber(maxima.deduction) })}
          {maxima.gates > 0 && <span className="ml-2 text-slate-600">· {t("gates", { count: maxima.gates })}</span>}
        </p>
        {set.publishedAt && !draft && <p className="text-sm text-slate-600">{t("publishedOn", { date: formatDate(set.publishedAt) })}</p>}
        {rows.length > 0 ? <CriteriaTable rows={rows} manage={editable} {...versioned} /> : <p className="text-sm text-slate-600">{t("noNodes")}</p>}
        {editable && (
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
            <ConfirmButton
              action={publishCriteriaAction}
              input={versioned}
              variant="primary"
              label={t("publish.button")}
              title={t("publish.title")}
              message={t("publish.message")}
              confirmLabel={t("publish.confirm")}
            />
            {previousYear !== null && (
              <ConfirmButton
                action={copyCriteriaFromPreviousYearAction}
                input={versioned}
                variant="secondary"
                label={t("copy.previous", { year: previousYear })}
                title={t("copy.previousTitle", { year: previousYear })}
                message={t("copy.previousMessage", { year: previousYear })}
              />
            )}
          </div>
        )}
        {!draft && can.reopen && (
          <div className="border-t border-slate-200 pt-4">
            <ReopenForm action={reopenCriteriaAction} extra={versioned} namespace="criteria" />
          </div>
        )}
      </div>
    </Card>
  );
}
