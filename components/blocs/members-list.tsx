import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

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
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("year.membersCaption", { year })}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className={cell}>
              {t("year.unitName")}
            </th>
            <th scope="col" className={cell}>
              {t("year.unitCode")}
            </th>
            <th scope="col" className={cell}>
              {t("year.role")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((u) => (
            <tr key={u.id}>
              <td className={`${cell} min-w-36`}>
                <div className="font-medium text-slate-900">{u.name}</div>
                <div className="text-xs text-slate-600">{u.shortName}</div>
              </td>
              <td className={`${cell} whitespace-nowrap font-mono text-xs`}>{u.code}</td>
              <td className={cell}>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
