import { FileSpreadsheet } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { RankingPage } from "@/lib/ranking/queries";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { SignedCopy } from "@/components/documents/signed-copy";

type Props = { blocYearId: string; snapshot: RankingPage["snapshot"]; can: { exportSheets: boolean; reviewMinutes: boolean } };

/** The ranking and every sheet as workbooks, and the review minutes of the signed-off ranking. */
export async function RankingDownloads({ blocYearId, snapshot, can }: Props) {
  const t = await getTranslations("ranking");
  return (
    <Card title={t("downloads.title")}>
      <div className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <a href={`/api/exports/ranking/${blocYearId}`} download className={buttonClass("secondary")}>
            <FileSpreadsheet aria-hidden className="size-4" />
            {t("downloads.ranking")}
          </a>
          {can.exportSheets && (
            <a href={`/api/exports/sheets/${blocYearId}`} download className={buttonClass("secondary")}>
              <FileSpreadsheet aria-hidden className="size-4" />
              {t("downloads.sheets")}
            </a>
          )}
        </div>
        {snapshot && can.reviewMinutes && (
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-800">{t("downloads.minutes")}</p>
            <DocumentDownloads kind="review-minutes" id={snapshot.id} />
            <DocumentDate kind="review-minutes" subjectId={snapshot.id} />
            <SignedCopy kind="review-minutes" subjectId={snapshot.id} />
          </div>
        )}
      </div>
    </Card>
  );
}
