import { getTranslations } from "next-intl/server";
import { deleteLegalDocumentAction } from "@/lib/council/actions";
import { forceStatus, type LegalDoc } from "@/lib/council/legal";
import { formatDate } from "@/lib/format/vi";
import { Badge, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EditLegalDocumentButton } from "@/components/council/legal-document-form";

const TONE = { inForce: "green", notYet: "sky", expired: "slate" } as const;
// Calendar dates travel to the edit form as the date field's yyyy-MM-dd.
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The legal documents on record, with whether each is in force today. */
export async function LegalDocumentsTable({ docs, now }: { docs: LegalDoc[]; now: Date }) {
  const t = await getTranslations("council");
  const tc = await getTranslations("common");
  if (docs.length === 0) return <EmptyState title={t("legal.empty")} hint={t("legal.emptyHint")} />;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("legal.title")}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("legal.number")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("legal.docTitle")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("legal.inForce")}
            </th>
            <th scope="col" className="px-3 py-2">
              {tc("actions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {docs.map((d) => {
            const status = forceStatus(d, now);
            return (
              <tr key={d.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2 font-medium">{d.number}</td>
                <td className="px-3 py-2">
                  {d.title}
                  <span className="block text-xs text-slate-600">{t("legal.issuedOnValue", { date: formatDate(d.issuedOn) })}</span>
                </td>
                <td className="px-3 py-2">
                  <Badge tone={TONE[status]}>{t(`legal.status.${status}`)}</Badge>
                  <span className="block text-xs text-slate-600">
                    {d.inForceUntil
                      ? t("legal.rangeUntil", { from: formatDate(d.inForceFrom), until: formatDate(d.inForceUntil) })
                      : t("legal.rangeOpen", { from: formatDate(d.inForceFrom) })}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-start gap-2">
                    <EditLegalDocumentButton doc={{ ...d, issuedOn: iso(d.issuedOn), inForceFrom: iso(d.inForceFrom), inForceUntil: iso(d.inForceUntil) }} />
                    <ConfirmButton
                      action={deleteLegalDocumentAction}
                      input={{ id: d.id }}
                      label={t("legal.delete")}
                      title={t("legal.deleteTitle")}
                      message={t("legal.deleteMessage", { number: d.number })}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
