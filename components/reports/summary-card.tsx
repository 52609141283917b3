import { getTranslations } from "next-intl/server";
import type { ReportRoundView } from "@/lib/reports/queries";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { SummaryForms } from "@/components/reports/report-forms";

type Props = { round: ReportRoundView; manage: boolean; conferences: { id: string; title: string; date: Date }[]; yearPath: string };

/** The bloc's summary report: drafted, edited and passed by those who compile it; read by the rest; issued as DOCX and PDF. */
export async function SummaryCard({ round, manage, conferences, yearPath }: Props) {
  const t = await getTranslations("reports");
  const editable = manage && !round.passedAt;
  return (
    <Card title={t("summary.title", { kind: round.kind })} actions={round.summary && <DocumentDownloads kind="bloc-report" id={round.id} />}>
      {editable ? (
        <SummaryForms roundId={round.id} version={round.summaryVersion} summary={round.summary} conferences={conferences} />
      ) : (
        <div className="space-y-2 text-sm">
          {round.conference && (
            <p>
              <Link href={`${yearPath}/conferences/${round.conference.id}`} className="text-sky-700 underline">
                {t("summary.passedLink", { conference: round.conference.title })}
              </Link>
            </p>
          )}
          <p className="whitespace-pre-wrap break-words text-slate-800">{round.summary ?? t("summary.none")}</p>
        </div>
      )}
    </Card>
  );
}
