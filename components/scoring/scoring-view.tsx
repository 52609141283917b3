import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import type { ScoringCan } from "@/lib/scoring/policy";
import type { getDashboard } from "@/lib/scoring/queries";
import { Card, EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs } from "@/components/blocs/year-tabs";
import { DashboardTable } from "@/components/scoring/dashboard-table";
import { RoundCard } from "@/components/scoring/round-card";
import { BalancedReviewCard } from "@/components/scoring/balanced-review";

type Props = { by: BlocYearRow; dash: Awaited<ReturnType<typeof getDashboard>>; can: ScoringCan };

/** The scoring of a year: the round, the caller's own sheet, and every sheet for whoever sees them all. */
export async function ScoringView({ by, dash, can }: Props) {
  const t = await getTranslations();
  const base = `/blocs/${by.blocId}/years/${by.year}/scoring`;
  const units = by.members.map((m) => ({ id: m.unit.id, name: m.unit.name }));
  return (
    <>
      <PageHeader
        title={t("scoring.title", { year: by.year })}
        subtitle={by.bloc.name}
        crumbs={[
          { label: t("common.home"), href: "/" },
          { label: t("blocs.title"), href: "/blocs" },
          { label: by.bloc.name, href: `/blocs/${by.blocId}` },
          { label: t("blocs.year.crumb", { year: by.year }), href: `/blocs/${by.blocId}/years/${by.year}` },
          { label: t("scoring.crumb") },
        ]}
      />
      <YearTabs blocId={by.blocId} year={by.year} active="scoring" />
      <div className="space-y-4">
        <RoundCard blocYearId={by.id} round={dash.round} units={units} ownUnit={can.ownUnit} canManage={can.manageRound} />
        {can.ownUnit && (
          <Card title={t("scoring.own.title")}>
            <Link href={`${base}/${can.ownUnit}`} className="text-sky-800 underline">
              {t("scoring.own.open")}
            </Link>
          </Card>
        )}
        {dash.rows ? (
          <Card title={t("scoring.dashboard.title")}>
            <DashboardTable blocYearId={by.id} kind={by.bloc.kind} base={base} rows={dash.rows} units={units} canAssign={can.assign} />
          </Card>
        ) : (
          !can.ownUnit && <EmptyState title={t("scoring.dashboard.hidden")} />
        )}
        {can.assign && dash.proposal && <BalancedReviewCard blocYearId={by.id} proposal={dash.proposal} units={units} />}
      </div>
    </>
  );
}
