import { getTranslations } from "next-intl/server";
import { compareVi, formatDateTime } from "@/lib/format/vi";
import { Badge, Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ReturnRegistrationForm } from "@/components/registrations/registration-forms";
import type { ProgressRow } from "@/components/registrations/labels";
import { targetText } from "@/lib/registrations/target-text";

type Props = { blocYearId: string; progress: ProgressRow[]; forms: { id: string; name: string }[]; manage: boolean };

const TONE = { DRAFT: "amber", SUBMITTED: "green" } as const;

/** Who has registered and who not, then the compiled list of what the submitted units registered. */
export async function RegistrationProgress({ blocYearId, progress, forms, manage }: Props) {
  const t = await getTranslations("registrations");
  const rows = [...progress].sort((a, b) => compareVi(a.unit.name, b.unit.name));
  const submitted = rows.filter((r) => r.registration?.status === "SUBMITTED");
  const formName = new Map(forms.map((f) => [f.id, f.name]));
  const perForm = forms
    .map((f) => ({ name: f.name, count: submitted.filter((r) => r.registration!.awardFormIds.includes(f.id)).length }))
    .filter((f) => f.count > 0);
  return (
    <>
      <Card title={t("progress.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("progress.summary", { submitted: submitted.length, total: rows.length })}</p>
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="row-name py-2 pr-3">
                  {t("progress.unit")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("progress.status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("progress.submittedAt")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("progress.head")}
                </th>
                {manage && <th scope="col" className="py-2" />}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ unit, registration: r }) => (
                <tr key={unit.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                    {unit.name}
                  </th>
                  <td className="py-2 pr-3">{r ? <Badge tone={TONE[r.status]}>{t(`progress.${r.status}`)}</Badge> : <Badge>{t("progress.none")}</Badge>}</td>
                  <td className="whitespace-nowrap py-2 pr-3">{r?.submittedAt ? formatDateTime(r.submittedAt) : ""}</td>
                  <td className="py-2 pr-3">{r?.headApprovedBy ?? ""}</td>
                  {manage && (
                    <td className="py-2">
                      {r?.status === "SUBMITTED" && <ReturnRegistrationForm registrationId={r.id} version={r.version} unitName={unit.name} />}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card
        title={t("compiled.title")}
        actions={
          submitted.length > 0 && (
            <a href={`/api/exports/registrations/${blocYearId}`} download className={buttonClass("secondary")}>
              {t("compiled.excel")}
            </a>
          )
        }
      >
        {submitted.length === 0 ? (
          <p className="text-sm text-slate-600">{t("compiled.empty")}</p>
        ) : (
          <div className="space-y-4">
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-600">
                    <th scope="col" className="row-name py-2 pr-3">
                      {t("compiled.unit")}
                    </th>
                    <th scope="col" className="min-w-48 py-2 pr-3">
                      {t("compiled.titles")}
                    </th>
                    <th scope="col" className="min-w-56 py-2">
                      {t("compiled.targets")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {submitted.map(({ unit, registration: r }) => (
                    <tr key={unit.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                        {unit.name}
                      </th>
                      <td className="py-2 pr-3">{r!.awardFormIds.map((id) => formName.get(id) ?? id).join("; ")}</td>
                      <td className="py-2">
                        <ol className="list-decimal pl-5">
                          {r!.targets.map((target, i) => (
                            <li key={i}>{targetText(target)}</li>
                          ))}
                        </ol>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div>
              <h3 className="text-sm font-semibold text-slate-800">{t("compiled.byForm")}</h3>
              <ul className="mt-1 text-sm text-slate-700">
                {perForm.map((f) => (
                  <li key={f.name}>
                    {f.name}: {f.count}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </Card>
    </>
  );
}
