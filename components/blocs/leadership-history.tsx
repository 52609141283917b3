import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format/vi";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type Unit = { name: string } | null;
type Year = { id: string; year: number; leader: Unit; deputy: Unit };
type Decision = { id: string; year: number; overridden: boolean; reason: string | null; decisionNo: string | null; decisionDate: Date | null };

/** One row per year: who leads, and the latest decision recorded for that year (decisions come newest first). */
export async function LeadershipHistory({ kind, years, decisions }: { kind: "KHOI" | "CUM"; years: Year[]; decisions: Decision[] }) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  const rows = years.filter((y) => y.leader || y.deputy || decisions.some((d) => d.year === y.year));
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <Table caption={t("history.caption")}>
      <THead>
        <Th>{t("fields.year")}</Th>
        <Th>{t(`leader.${kind}`)}</Th>
        <Th>{t(`deputy.${kind}`)}</Th>
        <Th>{t("fields.decision")}</Th>
      </THead>
      <TBody>
        {rows.map((y) => {
          const d = decisions.find((x) => x.year === y.year);
          return (
            <Tr key={y.id}>
              <RowHeader className="font-semibold">{y.year}</RowHeader>
              <Td>{y.leader?.name ?? tc("none")}</Td>
              <Td>{y.deputy?.name ?? tc("none")}</Td>
              <Td>
                {d ? (
                  <div className="space-y-1">
                    {(d.decisionNo || d.decisionDate) && (
                      <div>{t("history.decisionNoDate", { no: d.decisionNo ?? tc("none"), date: formatDate(d.decisionDate) || tc("none") })}</div>
                    )}
                    {d.overridden ? <Badge tone="amber">{t("history.overridden")}</Badge> : <Badge tone="sky">{t("history.asProposed")}</Badge>}
                    {d.overridden && d.reason && <p className="text-xs text-slate-700">{t("history.reason", { reason: d.reason })}</p>}
                  </div>
                ) : (
                  <span className="text-slate-600">{t("history.noDecision")}</span>
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
