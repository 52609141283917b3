import { getTranslations } from "next-intl/server";
import type { listCriteriaTemplates } from "@/lib/criteria/queries";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { Card, EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTemplateForm } from "@/components/criteria/template-form";

type Props = { templates: Awaited<ReturnType<typeof listCriteriaTemplates>>; can: { manage: boolean } };

/** Criteria templates kept by the board for every bloc; a bloc year copies from one. */
export async function TemplatesView({ templates, can }: Props) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("criteria.templates.title")}
        subtitle={t("criteria.templates.subtitle")}
        crumbs={[{ label: t("common.home"), href: "/" }, { label: t("criteria.templates.title") }]}
      />
      <div className="space-y-4">
        {can.manage && (
          <Card title={t("criteria.templates.new")}>
            <CreateTemplateForm />
          </Card>
        )}
        {templates.length === 0 ? (
          <EmptyState title={t("criteria.templates.empty")} hint={t(can.manage ? "criteria.templates.emptyHint" : "criteria.templates.emptyHintReader")} />
        ) : (
          <Card>
            <div className="overflow-x-auto">
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <thead className="bg-slate-50 text-left text-xs font-semibold uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("criteria.templates.name")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("criteria.templates.count")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("criteria.templates.standard")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("criteria.templates.updatedAt")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {templates.map((tpl) => (
                    <tr key={tpl.id}>
                      <td className="px-3 py-2">
                        <Link href={`/criteria-templates/${tpl.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                          {tpl.name}
                        </Link>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatNumber(tpl.count)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatNumber(tpl.standard)}</td>
                      <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(tpl.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
