import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { yearHref, yearStatusTone } from "@/components/blocs/labels";

type Unit = { name: string } | null;
type Year = { id: string; year: number; status: "PLANNING" | "ACTIVE" | "CLOSED"; leader: Unit; deputy: Unit; _count: { members: number } };

export async function BlocYearsTable({ blocId, kind, years }: { blocId: string; kind: "KHOI" | "CUM"; years: Year[] }) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  if (years.length === 0) return <p className="text-sm text-slate-600">{t("years.empty")}</p>;
  const th = "px-3 py-2";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("years.caption")}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t("fields.year")}
            </th>
            <th scope="col" className={th}>
              {t("fields.status")}
            </th>
            <th scope="col" className={th}>
              {t(`leader.${kind}`)}
            </th>
            <th scope="col" className={th}>
              {t(`deputy.${kind}`)}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("fields.memberCount")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{tc("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {years.map((y) => (
            <tr key={y.id}>
              <th scope="row" className={`${th} text-left font-semibold`}>
                {y.year}
              </th>
              <td className={th}>
                <Badge tone={yearStatusTone[y.status]}>{t(`yearStatus.${y.status}`)}</Badge>
              </td>
              <td className={th}>{y.leader?.name ?? tc("none")}</td>
              <td className={th}>{y.deputy?.name ?? tc("none")}</td>
              <td className={`${th} text-right tabular-nums`}>{y._count.members}</td>
              <td className={th}>
                <Link href={yearHref(blocId, y.year)} className="whitespace-nowrap text-sky-800 hover:underline">
                  {t("years.open", { year: y.year })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
