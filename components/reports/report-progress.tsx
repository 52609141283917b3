import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { ReportRoundView } from "@/lib/reports/queries";
import { Badge, Card } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ReturnReportForm } from "@/components/reports/report-forms";

const TONE = { DRAFT: "amber", SUBMITTED: "green" } as const;

/** Who has reported and who not, late ones flagged, each submitted report readable with its file. */
export async function ReportProgress({ round, manage }: { round: ReportRoundView; manage: boolean }) {
  const t = await getTranslations("reports");
  const submitted = round.progress.filter((p) => p.status === "SUBMITTED").length;
  const open = !round.passedAt;
  return (
    <Card title={t("progress.title")}>
      <p className="mb-3 text-sm text-slate-700">{t("progress.summary", { submitted, total: round.progress.length })}</p>
      <Table caption={t("progress.caption", { kind: round.kind })}>
        <THead>
          <Th rowName>{t("progress.unit")}</Th>
          <Th>{t("progress.status")}</Th>
          <Th>{t("progress.submittedAt")}</Th>
          <Th className="min-w-56">{t("progress.content")}</Th>
          {manage && open && <Th>{t("progress.return")}</Th>}
        </THead>
        <TBody>
          {round.progress.map(({ unit, status, report: r }) => (
            <Tr key={unit.id}>
              <RowHeader>{unit.name}</RowHeader>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <Badge tone={status ? TONE[status] : "slate"}>{t(`progress.${status ?? "none"}`)}</Badge>
                  {r?.late && <Badge tone="red">{t("late")}</Badge>}
                </span>
              </Td>
              <Td className="whitespace-nowrap">{r?.submittedAt ? formatDateTime(r.submittedAt) : ""}</Td>
              <Td>
                {r?.status === "SUBMITTED" && (
                  <details>
                    <summary className="cursor-pointer text-sky-800">{t("progress.read", { head: r.headApprovedBy ?? "" })}</summary>
                    <p className="mt-2 whitespace-pre-wrap break-words text-slate-800">{r.content}</p>
                    {r.file && (
                      <a href={`/api/files/${r.file.id}`} className="break-all text-sky-700 underline">
                        {t("download")}: {r.file.fileName}
                      </a>
                    )}
                  </details>
                )}
              </Td>
              {manage && open && <Td>{r?.status === "SUBMITTED" && <ReturnReportForm reportId={r.id} version={r.version} unitName={unit.name} />}</Td>}
            </Tr>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
