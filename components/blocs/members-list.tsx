import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type Member = { id: string; name: string; shortName: string; code: string; isSample: boolean; archivedAt: Date | null };

/** Members of a bloc year, already sorted by the caller. */
export async function MembersList({
  year,
  kind,
  members,
  leaderUnitId,
  deputyUnitId,
}: {
  year: number;
  kind: "KHOI" | "CUM";
  members: Member[];
  leaderUnitId: string | null;
  deputyUnitId: string | null;
}) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  if (members.length === 0) return <p className="text-sm text-slate-600">{t("year.membersEmpty")}</p>;
  return (
    <Table caption={t("year.membersCaption", { year })}>
      <THead>
        <Th>{t("year.unitName")}</Th>
        <Th>{t("year.unitCode")}</Th>
        <Th>{t("year.role")}</Th>
      </THead>
      <TBody>
        {members.map((u) => (
          <Tr key={u.id}>
            <Td className="min-w-36">
              <div className="font-medium text-slate-900">{u.name}</div>
              <div className="text-xs text-slate-600">{u.shortName}</div>
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs">{u.code}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                {u.id === leaderUnitId && <Badge tone="sky">{t(`leader.${kind}`)}</Badge>}
                {u.id === deputyUnitId && <Badge tone="sky">{t(`deputy.${kind}`)}</Badge>}
                {u.id !== leaderUnitId && u.id !== deputyUnitId && <Badge>{t("year.memberRole")}</Badge>}
                {u.isSample && (
                  <span title={tc("sampleHint")}>
                    <Badge tone="amber">{tc("sample")}</Badge>
                  </span>
                )}
                {u.archivedAt && <Badge>{t("year.archivedUnit")}</Badge>}
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
