import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { yearHref, yearStatusTone } from "@/components/blocs/labels";

type Unit = { name: string } | null;
type Year = { id: string; year: number; status: "PLANNING" | "ACTIVE" | "CLOSED"; leader: Unit; deputy: Unit; _count: { members: number } };

export async function BlocYearsTable({ blocId, kind, years }: { blocId: string; kind: "KHOI" | "CUM"; years: Year[] }) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  if (years.length === 0) return <p className="text-sm text-slate-600">{t("years.empty")}</p>;
  return (
    <Table caption={t("years.caption")}>
      <THead>
        <Th>{t("fields.year")}</Th>
        <Th>{t("fields.status")}</Th>
        <Th>{t(`leader.${kind}`)}</Th>
        <Th>{t(`deputy.${kind}`)}</Th>
        <Th numeric>{t("fields.memberCount")}</Th>
        <Th>
          <span className="sr-only">{tc("actions")}</span>
        </Th>
      </THead>
      <TBody>
        {years.map((y) => (
          <Tr key={y.id}>
            <RowHeader className="font-semibold">{y.year}</RowHeader>
            <Td>
              <Badge tone={yearStatusTone[y.status]}>{t(`yearStatus.${y.status}`)}</Badge>
            </Td>
            <Td>{y.leader?.name ?? tc("none")}</Td>
            <Td>{y.deputy?.name ?? tc("none")}</Td>
            <Td numeric>{y._count.members}</Td>
            <Td>
              <Link href={yearHref(blocId, y.year)} className="whitespace-nowrap text-sky-800 hover:underline">
                {t("years.open", { year: y.year })}
              </Link>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
