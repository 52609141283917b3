import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { overviewFor, type StageRow } from "@/lib/overview/queries";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { parseTableQuery } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Deadline, StageTable } from "@/components/overview/stage-table";

// The working year follows the Vietnam calendar.
function currentYear(now: Date) {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(now));
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations("overview");
  const now = new Date();
  const year = currentYear(now);
  const { rows, summary, blocCount, unitCount } = await overviewFor(session, year, now);
  const officer = session.role === "UNIT_OFFICER";

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("greeting", { name: session.name })} />
      {!officer && (
        <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label={t("summary.blocs", { year })} value={String(summary.blocs)} hint={`${t("blocCount")}: ${blocCount} · ${t("unitCount")}: ${unitCount}`} />
          <Stat label={t("summary.pledgesSigned")} value={t("summary.ofTotal", { done: summary.pledgesSigned, total: summary.blocs })} />
          <Stat label={t("summary.sheetsSubmitted")} value={t("summary.ofTotal", { done: summary.sheetsSubmitted, total: summary.sheetsExpected })} />
          <Stat label={t("summary.rankingsApproved")} value={t("summary.ofTotal", { done: summary.rankingsApproved, total: summary.blocs })} />
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState title={officer ? t("noBlocForUnit", { year }) : t("noBlocThisYear", { year })} />
      ) : officer ? (
        <Card title={t("myBloc", { year })}>
          <ul className="divide-y divide-slate-100">
            {rows.map((y) => (
              <OfficerRow key={y.blocYearId} row={y} unitId={session.unitId} now={now} />
            ))}
          </ul>
        </Card>
      ) : (
        <section aria-labelledby="stages-title" className="space-y-3">
          <h2 id="stages-title" className="text-base font-semibold text-slate-800">
            {t("stages", { year })}
          </h2>
          <StageTable rows={rows} year={year} query={parseTableQuery(await searchParams)} now={now} />
        </section>
      )}
    </>
  );
}

async function OfficerRow({ row: y, unitId, now }: { row: StageRow; unitId: string | null; now: Date }) {
  const t = await getTranslations("overview");
  const role = y.leaderUnitId === unitId ? t("roleLeader") : y.deputyUnitId === unitId ? t("roleDeputy") : t("roleMember");
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="space-y-1">
        <Link href={`/blocs/${y.blocId}/years/${y.year}`} className="font-medium text-sky-800 hover:underline">
          {y.blocName}
        </Link>
        <p className="text-sm text-slate-600">
          {t("leader")}: {y.leaderName ?? "—"} · {t("deputy")}: {y.deputyName ?? "—"} · {t("members", { count: y.members })}
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

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900">{value}</p>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
    </div>
  );
}
