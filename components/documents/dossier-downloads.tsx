import { useTranslations } from "next-intl";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { SignedCopy } from "@/components/documents/signed-copy";

/**
 * The award dossier's downloads: the review meeting minutes (from the ranking snapshot), the
 * submission (from the proposal) and each nominee's achievement report. Only the parts whose
 * ids are given are listed. The route applies the dossier's visibility; a page should show
 * this only to those who may download.
 */
export function DossierDownloads({
  snapshotId,
  proposalId,
  nominees = [],
}: {
  snapshotId?: string;
  proposalId?: string;
  nominees?: { id: string; unitName: string }[];
}) {
  const t = useTranslations("documents");
  return (
    <section aria-label={t("dossier.title")} className="space-y-4">
      {snapshotId ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">{t("dossier.reviewMinutes")}</h3>
          <DocumentDownloads kind="review-minutes" id={snapshotId} />
          <DocumentDate kind="review-minutes" subjectId={snapshotId} />
          <SignedCopy kind="review-minutes" subjectId={snapshotId} />
        </div>
      ) : null}
      {proposalId ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">{t("dossier.submission")}</h3>
          <DocumentDownloads kind="award-submission" id={proposalId} />
          <DocumentDate kind="award-submission" subjectId={proposalId} />
          <SignedCopy kind="award-submission" subjectId={proposalId} />
        </div>
      ) : null}
      {nominees.length ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">{t("dossier.reports")}</h3>
          <ul className="space-y-2">
            {nominees.map((n) => (
              <li key={n.id} className="space-y-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>{n.unitName}</span>
                  <DocumentDownloads kind="achievement-report" id={n.id} what={t("dossier.reportOf", { unit: n.unitName })} />
                </div>
                <DocumentDate kind="achievement-report" subjectId={n.id} what={t("dossier.reportOf", { unit: n.unitName })} />
                <SignedCopy kind="achievement-report" subjectId={n.id} what={t("dossier.reportOf", { unit: n.unitName })} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
