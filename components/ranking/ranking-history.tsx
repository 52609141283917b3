import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { RankingPage } from "@/lib/ranking/queries";
import { Badge, Card } from "@/components/ui/card";
import { rankingStatusTone } from "@/components/ranking/labels";

/** Every sign-off of the year, latest first, with its approval, return or reopening. */
export async function RankingHistory({ history }: { history: RankingPage["history"] }) {
  const t = await getTranslations("ranking");
  return (
    <Card title={t("history.title")}>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">{t("history.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead className="text-left text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("history.signedAt")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("history.signer")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("history.status")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("history.details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id} className="border-t border-slate-100 align-top">
                  <td className="px-2 py-2">{formatDateTime(h.signedAt)}</td>
                  <td className="px-2 py-2">{h.signerName}</td>
                  <td className="px-2 py-2">
                    <Badge tone={rankingStatusTone[h.status]}>{t(`status.${h.status}`)}</Badge>
                  </td>
                  <td className="px-2 py-2">
                    {h.approvedAt && <span className="block">{t("history.approvedAt", { date: formatDateTime(h.approvedAt) })}</span>}
                    {h.returnedAt && (
                      <span className="block">{t("history.returned", { date: formatDateTime(h.returnedAt), reason: h.returnReason ?? "" })}</span>
                    )}
                    {h.reopenedAt && (
                      <span className="block">{t("history.reopened", { date: formatDateTime(h.reopenedAt), reason: h.reopenReason ?? "" })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
