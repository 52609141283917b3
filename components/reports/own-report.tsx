import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { ReportRoundView } from "@/lib/reports/queries";
import { uploadReportFileAction } from "@/lib/report-files/actions";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { UploadForm } from "@/components/attachments/upload-form";
import { SubmitReportForm, UnitReportForm } from "@/components/reports/report-forms";

/** The caller's unit's report of one round: the draft with its file, then the submission with the head's approval. */
export async function OwnReport({ round, unitName, asHead }: { round: ReportRoundView; unitName: string; asHead: boolean }) {
  const t = await getTranslations("reports");
  const own = round.own;
  const open = !round.passedAt;
  return (
    <Card
      title={t("own.title", { unit: unitName })}
      actions={
        own && (
          <span className="flex gap-2">
            <Badge tone={own.status === "SUBMITTED" ? "green" : "amber"}>{t(`progress.${own.status}`)}</Badge>
            {own.late && <Badge tone="red">{t("late")}</Badge>}
          </span>
        )
      }
    >
      <div className="space-y-4">
        {own?.returnReason && own.status === "DRAFT" && <Alert tone="warning">{t("own.returned", { reason: own.returnReason })}</Alert>}
        {own?.status === "SUBMITTED" || !open ? (
          <>
            {own?.submittedAt && (
              <p className="text-sm text-slate-700">{t("own.statusSubmitted", { date: formatDateTime(own.submittedAt), head: own.headApprovedBy ?? "" })}</p>
            )}
            <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{own?.content || t("own.none")}</p>
          </>
        ) : (
          <>
            <UnitReportForm roundId={round.id} version={own?.version ?? 0} content={own?.content ?? ""} />
            {own && (
              <div className="space-y-2 border-t border-slate-200 pt-4">
                <p className="text-sm font-medium text-slate-800">{t("own.file")}</p>
                <UploadForm ownerId={own.id} action={uploadReportFileAction} />
              </div>
            )}
            {own && (
              <div className="border-t border-slate-200 pt-4">
                <SubmitReportForm roundId={round.id} version={own.version} asHead={asHead} />
              </div>
            )}
          </>
        )}
        {own?.file && (
          <p className="text-sm">
            <a href={`/api/files/${own.file.id}`} className="break-all text-sky-700 underline">
              {t("download")}: {own.file.fileName}
            </a>
          </p>
        )}
      </div>
    </Card>
  );
}
