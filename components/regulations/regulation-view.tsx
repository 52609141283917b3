import { getTranslations } from "next-intl/server";
import type { RegulationInForce, Regulations } from "@/lib/regulations/queries";
import type { RegulationCan } from "@/lib/regulations/policy";
import { deleteRegulationAction, uploadRegulationFileAction } from "@/lib/regulations/actions";
import { formatDate } from "@/lib/format/vi";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PageHeader } from "@/components/ui/page-header";
import { UploadForm } from "@/components/attachments/upload-form";
import { RegulationInForceSummary } from "@/components/regulations/regulation-in-force";
import { AdoptButton, CreateDraftForm, EditDraftButton } from "@/components/regulations/regulation-forms";

type Props = { regulations: Regulations; inForce: RegulationInForce | null; can: RegulationCan };

const TONE = { DRAFT: "amber", ADOPTED: "green", SUPERSEDED: "slate" } as const;

/** A bloc's regulation: the one in force, every version, and for its keepers drafting and recording adoption. */
export async function RegulationView({ regulations, inForce, can }: Props) {
  const t = await getTranslations();
  const { bloc, versions } = regulations;
  const manage = new Set(can.manageIds);
  const conferences = regulations.conferences.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.date)})` }));
  const decisions = regulations.decisions.map((d) => ({ value: d.id, label: [d.number, d.title].filter(Boolean).join(" – ") }));
  return (
    <>
      <PageHeader
        title={t("regulations.pageTitle", { bloc: bloc.name })}
        subtitle={t("regulations.intro")}
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: bloc.name, href: `/blocs/${bloc.id}` },
          { label: t("regulations.title") },
        ]}
      />
      <div className="space-y-4">
        <Card title={t("regulations.inForce")}>
          <RegulationInForceSummary blocId={bloc.id} regulation={inForce} />
        </Card>
        <Card title={t("regulations.versions")}>
          {versions.length === 0 ? (
            <EmptyState title={t("regulations.empty")} />
          ) : (
            <ul className="divide-y divide-slate-200">
              {versions.map((v) => (
                <li key={v.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={TONE[v.status]}>{t(`regulations.status.${v.status}`)}</Badge>
                    <span className="text-sm text-slate-600">{t("regulations.yearLabel", { year: v.year })}</span>
                    {v.adoptedOn && <span className="text-sm text-slate-600">{formatDate(v.adoptedOn)}</span>}
                  </div>
                  <p className="break-words font-medium text-slate-900">{v.title}</p>
                  {v.conference && <p className="text-sm text-slate-700">{t("regulations.atConference", { title: v.conference.title })}</p>}
                  {v.decision && (
                    <p className="text-sm text-slate-700">
                      {t("regulations.byDecision", { title: [v.decision.number, v.decision.title].filter(Boolean).join(" – ") })}
                    </p>
                  )}
                  {v.text && (
                    <details>
                      <summary className="cursor-pointer text-sm text-sky-700">{t("regulations.showText")}</summary>
                      <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-800">{v.text}</p>
                    </details>
                  )}
                  <p className="text-sm">
                    {v.file ? (
                      <a href={`/api/files/${v.file.id}`} className="break-all text-sky-700 underline">
                        {t("regulations.download")}: {v.file.fileName}
                      </a>
                    ) : (
                      <span className="text-slate-500">{t("regulations.noFile")}</span>
                    )}
                  </p>
                  {manage.has(v.id) && v.status === "DRAFT" && (
                    <div className="flex flex-wrap items-start gap-2">
                      <AdoptButton regulationId={v.id} conferences={conferences} decisions={decisions} />
                      <EditDraftButton draft={v} />
                      <ConfirmButton
                        action={deleteRegulationAction}
                        input={{ regulationId: v.id }}
                        label={t("regulations.delete")}
                        title={t("regulations.delete")}
                        message={t("regulations.deleteConfirm", { title: v.title })}
                      />
                      <details className="w-full">
                        <summary className="cursor-pointer text-sm text-sky-700">{t("regulations.fields.file")}</summary>
                        <div className="pt-2">
                          <UploadForm ownerId={v.id} action={uploadRegulationFileAction} />
                        </div>
                      </details>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can.add && (
          <Card title={t("regulations.addDraft")}>
            <CreateDraftForm years={regulations.years.filter((y) => can.yearIds.includes(y.id)).map((y) => ({ value: y.id, label: String(y.year) }))} />
          </Card>
        )}
      </div>
    </>
  );
}
