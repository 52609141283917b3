import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import type { RankingPage } from "@/lib/ranking/queries";
import { Badge, Card } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { rankingStatusTone } from "@/components/ranking/labels";

/** Every sign-off of the year, latest first, with its approval, return or reopening. */
export async function RankingHistory({ history }: { history: RankingPage["history"] }) {
  const t = await getTranslations("ranking");
  return (
    <Card title={t("history.title")}>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">{t("history.none")}</p>
      ) : (
        <Table caption={t("history.title")} frame="none">
          <THead>
            <Th>{t("history.signedAt")}</Th>
            <Th>{t("history.signer")}</Th>
            <Th>{t("history.status")}</Th>
            <Th>{t("history.details")}</Th>
          </THead>
          <TBody>
            {history.map((h) => (
              <Tr key={h.id}>
                <Td>{formatDateTime(h.signedAt)}</Td>
                <Td>{h.signerName}</Td>
                <Td>
                  <Badge tone={rankingStatusTone[h.status]}>{t(`status.${h.status}`)}</Badge>
                </Td>
                <Td>
                  {h.approvedAt && <span className="block">{t("history.approvedAt", { date: formatDateTime(h.approvedAt) })}</span>}
                  {h.returnedAt && <span className="block">{t("history.returned", { date: formatDateTime(h.returnedAt), reason: h.returnReason ?? "" })}</span>}
                  {h.reopenedAt && <span className="block">{t("history.reopened", { date: formatDateTime(h.reopenedAt), reason: h.reopenReason ?? "" })}</span>}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
