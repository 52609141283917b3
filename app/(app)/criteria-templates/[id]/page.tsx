import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { canManageTemplates, canViewTemplates } from "@/lib/criteria/policy";
import { getCriteriaTemplate } from "@/lib/criteria/queries";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CriteriaTable } from "@/components/criteria/criteria-table";
import { criteriaTableRows } from "@/components/criteria/table-rows";
import { CriteriaAddCards } from "@/components/criteria/add-cards";

type Params = { params: Promise<{ id: string }> };

async function load(params: Params["params"]) {
  const session = await requireSession();
  if (!canViewTemplates(session)) notFound();
  const { id } = await params;
  if (!id || id.length > 64) notFound();
  const set = await getCriteriaTemplate(id);
  return set && { ...set, manage: canManageTemplates(session) };
}

export async function generateMetadata({ params }: Params) {
  const set = await load(params);
  return { title: set?.name };
}

// A template is edited like a bloc year's draft (add, edit, delete, move, import, export); it is never published.
export default async function CriteriaTemplatePage({ params }: Params) {
  const set = await load(params);
  if (!set) notFound();
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
              <CriteriaTable rows={rows} manage={set.manage} {...versioned} />
            ) : (
              <p className="text-sm text-slate-600">{t("criteria.noNodes")}</p>
            )}
          </div>
        </Card>
        {set.manage && (
          <>
            <CriteriaAddCards {...versioned} />
          </>
        )}
      </div>
    </>
  );
}
