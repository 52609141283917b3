import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

type Row = { unitId: string; unitName: string; status: "PRESENT" | "ABSENT" | ""; absenceReason: string; representativeName: string };

/** Attendance for readers: the same rows as the form, without controls. */
export async function AttendanceTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("conferences");
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("attendance.caption")}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className={cell}>
              {t("attendance.unit")}
            </th>
            <th scope="col" className={cell}>
              {t("attendance.status")}
            </th>
            <th scope="col" className={cell}>
              {t("attendance.details")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.unitId}>
              <th scope="row" className={`${cell} text-left font-medium text-slate-900`}>
                {r.unitName}
              </th>
              <td className={cell}>
                {r.status === "PRESENT" && <Badge tone="green">{t("attendance.PRESENT")}</Badge>}
                {r.status === "ABSENT" && <Badge tone="red">{t("attendance.ABSENT")}</Badge>}
                {r.status === "" && <Badge>{t("attendance.notRecorded")}</Badge>}
              </td>
              <td className={`${cell} text-slate-700`}>
                {r.status === "PRESENT" && r.representativeName && t("attendance.representedBy", { name: r.representativeName })}
                {r.status === "ABSENT" && r.absenceReason && t("attendance.reason", { reason: r.absenceReason })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
