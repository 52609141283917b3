import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { quorumNeeded } from "@/lib/conferences/quorum";
import { formatDate } from "@/lib/format/vi";
import { reopenRankingAction } from "@/lib/ranking/actions";
import type { RankingCan } from "@/lib/ranking/policy";
import type { RankingPage } from "@/lib/ranking/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { ReopenForm } from "@/components/ui/reopen-form";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { GroupTotalsChart } from "@/components/charts/group-totals-chart";
import { sheetStatusTone } from "@/components/scoring/labels";
import { ApproveOrReturn, PublicToggle } from "@/components/ranking/board-actions";
import { BallotForm } from "@/components/ranking/ballot-form";
import { rankingStatusTone } from "@/components/ranking/labels";
import { RankingBanner } from "@/components/ranking/ranking-banner";
import { RankingDownloads } from "@/components/ranking/ranking-downloads";
import { RankingHistory } from "@/components/ranking/ranking-history";
import { RankingTable } from "@/components/ranking/ranking-table";
import { RulesCard } from "@/components/ranking/rules-card";
import { SignOffForm } from "@/components/ranking/sign-off-form";
import { RegulationSource } from "@/components/regulations/regulation-in-force";
import type { RegulationInForce } from "@/lib/regulations/queries";

export type RankingViewCan = RankingCan & { exportSheets: boolean };

type Props = { by: BlocYearRow; ranking: RankingPage | null; can: RankingViewCan | null; regulation: RegulationInForce | null };

/** The ranking page of a bloc year; `ranking` is null for a caller it is hidden from (rule 2). `regulation`: the bloc's, which its rules cite. */
export async function RankingView({ by, ranking, can, regulation }: Props) {
  const t = await getTranslations();
  const status = ranking ? (ranking.snapshot?.status ?? "LIVE") : null;
  const header = (
    <YearPageHeader
      bloc={by.bloc}
      year={by.year}
      title={t("ranking.title", { year: by.year })}
      crumb={t("ranking.crumb")}
      active="ranking"
      badge={status && <Badge tone={rankingStatusTone[status]}>{t(`ranking.status.${status}`)}</Badge>}
    />
  );
  if (!ranking || !can) {
    return (
      <>
        {header}
        <EmptyState title={t("ranking.hidden")} />
      </>
    );
  }

  const base = `/blocs/${by.blocId}/years/${by.year}`;
  const names = new Map(by.members.map((m) => [m.unitId, m.unit.name]));
  const links = Object.fromEntries(ranking.visibleSheets.map((unitId) => [unitId, `${base}/scoring/${unitId}`]));
  const snapshot = ranking.snapshot;
  const memberCount = by.members.length;
  const conferences = ranking.conferences.map((c) => ({ id: c.id, label: `${c.title} (${formatDate(c.date)})` }));
  const rows = ranking.ranking.rows;

  return (
    <>
      {header}
      <div className="space-y-4">
        {!ranking.setPublished && <Alert tone="info">{t("ranking.noCriteria")}</Alert>}
        <RankingBanner ranking={ranking} />
        <Card title={t("ranking.table.caption")}>
          <RankingTable rows={rows} groups={ranking.groups} links={links} />
        </Card>
        {rows.length > 0 && (
          <Card title={t("ranking.chart.title")}>
            <GroupTotalsChart
              caption={t("ranking.chart.caption", { year: by.year })}
              rows={rows.map((r) => ({ unitName: r.unitName, total: r.totals.total, groups: r.byGroup }))}
            />
          </Card>
        )}
        <RankingDownloads blocYearId={by.id} snapshot={snapshot} can={can} />
        {ranking.notRanked.length > 0 && (
          <Card title={t("ranking.notRanked.title")}>
            <p className="mb-2 text-sm text-slate-600">{t("ranking.notRanked.hint")}</p>
            <ul className="space-y-1 text-sm">
              {ranking.notRanked.map((u) => (
                <li key={u.unitId} className="flex flex-wrap items-center gap-2">
                  {links[u.unitId] ? (
                    <Link href={links[u.unitId]} className="text-sky-800 underline">
                      {u.unitName}
                    </Link>
                  ) : (
                    <span>{u.unitName}</span>
                  )}
                  <Badge tone={sheetStatusTone[u.status ?? "NONE"]}>{u.status ? t(`scoring.status.${u.status}`) : t("ranking.notRanked.none")}</Badge>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {can.ballot &&
          ranking.ranking.unresolvedTies.map((tie) => (
            <BallotForm
              key={tie.join(":")}
              blocYearId={by.id}
              units={tie.map((id) => ({ id, name: names.get(id) ?? id }))}
              memberCount={memberCount}
              needed={quorumNeeded(memberCount)}
              conferences={conferences}
            />
          ))}
        <RulesCard
          blocYearId={by.id}
          rules={ranking.rules}
          groups={ranking.groups}
          canSet={can.setRules}
          source={<RegulationSource blocId={by.blocId} regulation={regulation} />}
        />
        {can.signOff && ranking.setPublished && (
          <Card title={t("ranking.signOff.title")}>
            <SignOffForm blocYearId={by.id} kind={by.bloc.kind} isHead={can.signAsHead} headName={ranking.leader?.headName ?? ""} />
          </Card>
        )}
        {snapshot && can.approve && (
          <Card title={t("ranking.approve.title")}>
            <ApproveOrReturn snapshotId={snapshot.id} version={snapshot.version} />
          </Card>
        )}
        {snapshot && (can.publish || can.reopen) && (
          <Card title={t("ranking.public.title")}>
            <div className="space-y-3 text-sm">
              {snapshot.isPublic ? (
                <p>
                  {t("ranking.public.on")}{" "}
                  <Link href={`/cong-khai/xep-hang/${by.id}`} className="break-all text-sky-800 underline">
                    {`/cong-khai/xep-hang/${by.id}`}
                  </Link>
                </p>
              ) : (
                <p>{t("ranking.public.off")}</p>
              )}
              <div className="flex flex-wrap gap-2">
                {can.publish && <PublicToggle snapshotId={snapshot.id} version={snapshot.version} isPublic={snapshot.isPublic} />}
                {can.reopen && <ReopenForm action={reopenRankingAction} extra={{ snapshotId: snapshot.id, version: snapshot.version }} namespace="ranking" />}
              </div>
            </div>
          </Card>
        )}
        <RankingHistory history={ranking.history} />
      </div>
    </>
  );
}
