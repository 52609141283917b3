import { getTranslations } from "next-intl/server";
import { deleteLegalDocumentAction } from "@/lib/council/actions";
import { forceStatus, type LegalDoc } from "@/lib/council/legal";
import { formatDate } from "@/lib/format/vi";
import { Badge, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EditLegalDocumentButton } from "@/components/council/legal-document-form";

const TONE = { inForce: "green", notYet: "sky", expired: "slate" } as const;
// Calendar dates travel to the edit form as the date field's yyyy-MM-dd.
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The legal documents on record, in citation order, with whether each is in force today. */
export async function LegalDocumentsTable({ docs, now }: { docs: LegalDoc[]; now: Date }) {
  const t = await getTranslations("council");
  const tc = await getTranslations("common");
  if (docs.length === 0) return <EmptyState title={t("legal.empty")} hint={t("legal.emptyHint")} />;
  const columns: Column<LegalDoc>[] = [
    { key: "number", label: t("legal.number"), render: (d) => <span className="whitespace-nowrap font-medium">{d.number}</span> },
    {
      key: "title",
      label: t("legal.docTitle"),
      render: (d) => (
        <>
          {d.title}
          <span className="block text-xs text-slate-600">
            {d.issuer ? t("legal.issuedByOn", { issuer: d.issuer, date: formatDate(d.issuedOn) }) : t("legal.issuedOnValue", { date: formatDate(d.issuedOn) })}
          </span>
        </>
      ),
    },
    {
      key: "inForce",
      label: t("legal.inForce"),
      render: (d) => {
        const status = forceStatus(d, now);
        const range = d.inForceUntil
          ? t("legal.rangeUntil", { from: formatDate(d.inForceFrom), until: formatDate(d.inForceUntil) })
          : t("legal.rangeOpen", { from: formatDate(d.inForceFrom) });
        return (
          <>
            <Badge tone={TONE[status]}>{t(`legal.status.${status}`)}</Badge>
            <span className="block text-xs text-slate-600">{range}</span>
          </>
        );
      },
    },
    {
      key: "actions",
      label: tc("actions"),
      render: (d) => (
        <div className="flex flex-wrap items-start gap-2">
          <EditLegalDocumentButton doc={{ ...d, issuedOn: iso(d.issuedOn), inForceFrom: iso(d.inForceFrom), inForceUntil: iso(d.inForceUntil) }} />
          <ConfirmButton
            action={deleteLegalDocumentAction}
            input={{ id: d.id }}
            label={t("legal.delete")}
            ariaLabel={t("legal.deleteAria", { number: d.number })}
            confirmLabel={t("legal.delete")}
            title={t("legal.deleteTitle")}
            message={t("legal.deleteMessage", { number: d.number })}
          />
        </div>
      ),
    },
  ];
  // Citation order is the order that matters here: no column sorts.
  return <DataTable rows={docs} columns={columns} rowKey={(d) => d.id} query={{}} basePath="/settings" caption={t("legal.title")} />;
}
