import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { RankingPage } from "@/lib/ranking/queries";
import { Alert } from "@/components/ui/alert";

/** Where the ranking stands: signed off, approved, or live (after a return or a reopening, why). */
export async function RankingBanner({ ranking }: { ranking: RankingPage }) {
  const t = await getTranslations("ranking");
  const s = ranking.snapshot;
  const latest = ranking.history[0];
  if (s?.status === "SIGNED_OFF") return <Alert tone="info">{t("banner.signedOff", { signer: s.signerName, date: formatDateTime(s.signedAt) })}</Alert>;
  if (s?.status === "APPROVED") {
    return (
      <Alert tone="success">{t("banner.approved", { date: formatDateTime(s.approvedAt), signer: s.signerName, signed: formatDateTime(s.signedAt) })}</Alert>
    );
  }
  return (
    <div className="space-y-2">
      {latest?.status === "RETURNED" && (
        <Alert tone="error">{t("banner.returned", { date: formatDateTime(latest.returnedAt), reason: latest.returnReason ?? "" })}</Alert>
      )}
      {latest?.status === "REOPENED" && (
        <Alert tone="error">{t("banner.reopened", { date: formatDateTime(latest.reopenedAt), reason: latest.reopenReason ?? "" })}</Alert>
      )}
      <Alert tone="info">{t("banner.live")}</Alert>
    </div>
  );
}
