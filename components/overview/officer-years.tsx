import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/card";
import { Deadline } from "@/components/overview/stage-table";
import { formatDateTime } from "@/lib/format/vi";
import type { StageRow } from "@/lib/overview/queries";

/** A unit officer's home: each bloc year with work for the unit, its year, the unit's role and its own sheet. */
export async function OfficerYears({ rows, unitId, now }: { rows: StageRow[]; unitId: string | null; now: Date }) {
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((y) => (
        <OfficerRow key={y.blocYearId} row={y} unitId={unitId} now={now} />
      ))}
    </ul>
  );
}

async function OfficerRow({ row: y, unitId, now }: { row: StageRow; unitId: string | null; now: Date }) {
  const [t, tb] = await Promise.all([getTranslations("overview"), getTranslations("blocs")]);
  // A khối's trưởng khối, a cụm's cụm trưởng: the bloc's own words (blocs.leader, blocs.deputy).
  const [leader, deputy] = [tb(`leader.${y.kind}`), tb(`deputy.${y.kind}`)];
  const role = y.leaderUnitId === unitId ? leader : y.deputyUnitId === unitId ? deputy : t("roleMember");
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <Link href={`/blocs/${y.blocId}/years/${y.year}`} className="font-medium text-sky-800 hover:underline">
            {y.blocName}
          </Link>
          <Badge tone="slate">{t("year", { year: y.year })}</Badge>
        </p>
        <p className="text-sm text-slate-600">
          {leader}: {y.leaderName ?? "—"} · {deputy}: {y.deputyName ?? "—"} · {t("members", { count: y.members })}
        </p>
        {y.own && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <span className="flex items-center gap-2">
              {t("own.sheet")}:{" "}
              <Badge tone={y.own.status === "SUBMITTED" ? "green" : y.own.status === "RETURNED" ? "red" : "slate"}>{t(`sheetStatus.${y.own.status}`)}</Badge>
            </span>
            <span className="flex items-center gap-2">
              {t("own.deadline")}: <Deadline state={y.own.deadline} closesAt={y.own.closesAt} now={now} label={(k, v) => t(k, v)} />
            </span>
            {y.own.resubmitBy && <span className="font-medium text-brand-900">{t("own.resubmitBy", { date: formatDateTime(y.own.resubmitBy) })}</span>}
            {unitId && (
              <Link href={`/blocs/${y.blocId}/years/${y.year}/scoring/${unitId}`} className="text-sky-800 hover:underline">
                {t("own.open")}
              </Link>
            )}
          </div>
        )}
      </div>
      <Badge tone="sky">{`${t("yourRole")}: ${role}`}</Badge>
    </li>
  );
}
