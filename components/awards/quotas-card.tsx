import { getTranslations } from "next-intl/server";
import type { AwardsOfYear } from "@/lib/awards/queries";
import { Card } from "@/components/ui/card";
import { QuotaForm } from "@/components/awards/quota-form";

/** The year's quota for each award form, with a form to change it for whoever sets them. */
// `source`: which regulation of the bloc the quotas are cited from (components/regulations/regulation-in-force.tsx).
export async function QuotasCard({
  blocYearId,
  forms,
  canSet,
  source,
}: {
  blocYearId: string;
  forms: AwardsOfYear["forms"];
  canSet: boolean;
  source?: React.ReactNode;
}) {
  const t = await getTranslations("awards");
  const quotaText = (f: AwardsOfYear["forms"][number]) =>
    f.maxCount !== null
      ? t("quotas.count", { count: f.maxCount })
      : f.percent !== null
        ? t("quotas.percent", { percent: f.percent, count: f.limit ?? 0 })
        : t("quotas.none");
  return (
    <Card title={t("quotas.title")}>
      <div className="space-y-3">
        <p className="text-sm text-slate-600">{t("quotas.hint")}</p>
        {source}
        {forms.length === 0 ? (
          <p className="text-sm text-slate-600">{t("quotas.noForms")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {forms.map((f) => (
              <li key={f.awardFormId} className="flex flex-wrap items-end justify-between gap-3 px-3 py-3 text-sm">
                <div>
                  <p className="font-medium text-slate-900">{f.formName}</p>
                  <p className="text-slate-600">{quotaText(f)}</p>
                </div>
                {canSet && !f.archived && (
                  <QuotaForm blocYearId={blocYearId} awardFormId={f.awardFormId} formName={f.formName} maxCount={f.maxCount} percent={f.percent} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
