import { getTranslations } from "next-intl/server";
import type { getCriteriaTemplate } from "@/lib/criteria/queries";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CriteriaAddCards } from "@/components/criteria/add-cards";
import { CriteriaTable } from "@/components/criteria/criteria-table";
import { criteriaTableRows } from "@/components/criteria/table-rows";

type Template = NonNullable<Awaited<ReturnType<typeof getCriteriaTemplate>>>;

// A template is edited like a bloc year's draft (add, edit, delete, move, import, export); it is never published.
export async function TemplateView({ set, can }: { set: Template; can: { manage: boolean } }) {
  const t = await getTranslations();
  const { rows, maxima } = criteriaTableRows(set.nodes);
  const versioned = { setId: set.id, version: set.version };
  return (
    <>
      <PageHeader
        title={set.name}
        subtitle={t("criteria.templates.updated", { date: formatDateTime(set.updatedAt) })}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("criteria.templates.title"), href: "/criteria-templates" }, { label: set.name }]}
      />
      <div className="space-y-4">
        <Card
          title={t("criteria.templates.tree")}
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
            {rows.length > 0 ? (
              <CriteriaTable rows={rows} manage={can.manage} {...versioned} />
            ) : (
              <p className="text-sm text-slate-600">{t("criteria.noNodes")}</p>
            )}
          </div>
        </Card>
        {can.manage && <CriteriaAddCards {...versioned} />}
      </div>
    </>
  );
}
