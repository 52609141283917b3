import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { DashboardRow } from "@/lib/scoring/queries";
import { Badge } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { sheetStatusTone } from "@/components/scoring/labels";
import { AssignReviewerForm } from "@/components/scoring/sheet-actions";

type Props = { blocYearId: string; base: string; rows: DashboardRow[]; units: { id: string; name: string }[]; canAssign: boolean };

/** Every member's sheet: status, last change, deadline, total, and its reviewing unit. */
export async function DashboardTable({ blocYearId, base, rows, units, canAssign }: Props) {
  const t = await getTranslations("scoring");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2">
              {t("dashboard.unit")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("dashboard.status")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("dashboard.lastChange")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("dashboard.deadline")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("dashboard.total")}
            </th>
            {canAssign && (
              <th scope="col" className="px-2 py-2">
                {t("dashboard.reviewer")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className="border-t border-slate-100 align-top">
              <td className="px-2 py-2">
                <Link href={`${base}/${r.unitId}`} className="text-sky-800 underline">
                  {r.unitName}
                </Link>
              </td>
              <td className="px-2 py-2">
                <Badge tone={sheetStatusTone[r.status]}>{t(`status.${r.status}`)}</Badge>
                {r.reviewed && <span className="ml-1 text-xs text-slate-600">{t("dashboard.reviewed")}</span>}
              </td>
              <td className="px-2 py-2">{r.updatedAt ? formatDateTime(r.updatedAt) : "–"}</td>
              <td className="px-2 py-2">{r.closesAt ? formatDateTime(r.closesAt) : "–"}</td>
              <td className="px-2 py-2 text-right">{r.total === null ? "–" : formatNumber(r.total)}</td>
              {canAssign && (
                <td className="px-2 py-2">
                  <AssignReviewerForm blocYearId={blocYearId} unitId={r.unitId} current={r.reviewerUnitId} units={units} />
                  {r.flags.map((f) => (
                    <span key={f} className="mt-1 block">
                      <Badge tone="amber">{t(`dashboard.flags.${f}`)}</Badge>
                    </span>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
