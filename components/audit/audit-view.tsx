import { getTranslations } from "next-intl/server";
import { invalidDateFilters, type AuditFilters } from "@/lib/audit/filters";
import type { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";

/** The same filters on another page of results. */
function pageHref(filters: AuditFilters, page: number) {
  const params = new URLSearchParams();
  for (const key of ["entity", "entityId", "action", "user", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `/audit?${qs}` : "/audit";
}

type Props = {
  filters: AuditFilters;
  page: Awaited<ReturnType<typeof listAuditEntries>>;
  options: Awaited<ReturnType<typeof auditFilterOptions>>;
};

/** The audit log as the caller may read it, filtered and paged. */
export async function AuditView({ filters, page, options }: Props) {
  const [t, tc] = await Promise.all([getTranslations("audit"), getTranslations("common")]);
  const { rows, hasNext, hasPrev } = page;
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]} />
      <AuditFilterForm filters={filters} options={options} invalid={invalidDateFilters(filters)} />
      {rows.length === 0 ? <EmptyState title={filters.page > 1 ? t("pageEmpty") : t("empty")} /> : <AuditTable rows={rows} />}
      {(hasPrev || hasNext) && (
        <nav aria-label={t("pagination")} className="mt-3 flex items-center justify-between gap-3">
          {hasPrev ? (
            <Link href={pageHref(filters, filters.page - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">{t("pageNumber", { page: filters.page })}</span>
          {hasNext ? (
            <Link href={pageHref(filters, filters.page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
