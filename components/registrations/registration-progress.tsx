import { getTranslations } from "next-intl/server";
import { compareVi, formatDateTime } from "@/lib/format/vi";
import { Badge, Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ReturnRegistrationForm } from "@/components/registrations/registration-forms";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import type { ProgressRow } from "@/components/registrations/labels";
import { targetText } from "@/lib/format/target-text";

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
        <Table caption={t("progress.title")}>
          <THead>
            <Th rowName>{t("progress.unit")}</Th>
            <Th>{t("progress.status")}</Th>
            <Th>{t("progress.submittedAt")}</Th>
            <Th>{t("progress.head")}</Th>
            {manage && <Th>{t("progress.return")}</Th>}
          </THead>
          <TBody>
            {rows.map(({ unit, registration: r }) => (
              <Tr key={unit.id}>
                <RowHeader>{unit.name}</RowHeader>
                <Td>{r ? <Badge tone={TONE[r.status]}>{t(`progress.${r.status}`)}</Badge> : <Badge>{t("progress.none")}</Badge>}</Td>
                <Td className="whitespace-nowrap">{r?.submittedAt ? formatDateTime(r.submittedAt) : ""}</Td>
                <Td>{r?.headApprovedBy ?? ""}</Td>
                {manage && <Td>{r?.status === "SUBMITTED" && <ReturnRegistrationForm registrationId={r.id} version={r.version} unitName={unit.name} />}</Td>}
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card
        title={t("compiled.title")}
        actions={
          submitted.length > 0 && (
            <span className="flex flex-wrap gap-2">
              <DocumentDownloads kind="registrations" id={blocYearId} />
              <a href={`/api/exports/registrations/${blocYearId}`} download className={buttonClass("secondary")}>
                {t("compiled.excel")}
              </a>
            </span>
          )
        }
      >
        {submitted.length === 0 ? (
          <p className="text-sm text-slate-600">{t("compiled.empty")}</p>
        ) : (
          <div className="space-y-4">
            <Table caption={t("compiled.title")}>
              <THead>
                <Th rowName>{t("compiled.unit")}</Th>
                <Th className="min-w-48">{t("compiled.titles")}</Th>
                <Th className="min-w-56">{t("compiled.targets")}</Th>
              </THead>
              <TBody>
                {submitted.map(({ unit, registration: r }) => (
                  <Tr key={unit.id}>
                    <RowHeader>{unit.name}</RowHeader>
                    <Td>{r!.awardFormIds.map((id) => formName.get(id) ?? id).join("; ")}</Td>
                    <Td>
                      <ol className="list-decimal pl-5">
                        {r!.targets.map((target, i) => (
                          <li key={i}>{targetText(target)}</li>
                        ))}
                      </ol>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
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
