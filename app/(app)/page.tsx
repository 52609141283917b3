import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { overviewFor } from "@/lib/overview/queries";
import { sortByVi } from "@/lib/format/vi";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

// The working year follows the Vietnam calendar.
function currentYear() {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
}

export default async function OverviewPage() {
  const session = await requireSession();
  const t = await getTranslations("overview");
  const year = currentYear();
  const { years, blocCount, unitCount } = await overviewFor(session, year);
  const rows = sortByVi(years, (y) => y.bloc.name);
  const roleOf = (y: (typeof rows)[number]) =>
    !session.unitId ? null : y.leaderUnitId === session.unitId ? t("roleLeader") : y.deputyUnitId === session.unitId ? t("roleDeputy") : t("roleMember");

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("greeting", { name: session.name })} />
      {session.role !== "UNIT_OFFICER" && (
        <div className="mb-6 grid gap-4 sm:grid-cols-3">
          <Stat label={t("blocCount")} value={blocCount} />
          <Stat label={t("unitCount")} value={unitCount} />
          <Stat label={t("year", { year })} value={rows.length} />
        </div>
      )}
      <Card title={session.role === "UNIT_OFFICER" ? t("myBloc", { year }) : t("yearBlocs", { year })}>
        {rows.length === 0 ? (
          <EmptyState title={session.role === "UNIT_OFFICER" ? t("noBlocForUnit", { year }) : t("noBlocThisYear", { year })} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((y) => (
              <li key={y.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <Link href={`/blocs/${y.bloc.id}/years/${y.year}`} className="font-medium text-sky-800 hover:underline">
                    {y.bloc.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {t("leader")}: {y.leader?.name ?? "—"} · {t("deputy")}: {y.deputy?.name ?? "—"} · {t("members", { count: y._count.members })}
                  </p>
                </div>
                {roleOf(y) && <Badge tone="sky">{`${t("yourRole")}: ${roleOf(y)}`}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900">{value}</p>
    </div>
  );
}
