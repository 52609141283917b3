import { Link } from "@/components/ui/link";
import { FileSpreadsheet } from "lucide-react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { canSeeDossier } from "@/lib/documents/policy";
import { quorumNeeded } from "@/lib/conferences/quorum";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import { reopenRankingAction } from "@/lib/ranking/actions";
import { getRankingPage, type RankingPage } from "@/lib/ranking/queries";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ReopenForm } from "@/components/ui/reopen-form";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { sheetStatusTone } from "@/components/scoring/labels";
import { ApproveOrReturn, PublicToggle } from "@/components/ranking/board-actions";
import { BallotForm } from "@/components/ranking/ballot-form";
import { rankingStatusTone } from "@/components/ranking/labels";
import { RankingTable } from "@/components/ranking/ranking-table";
import { GroupTotalsChart } from "@/components/charts/group-totals-chart";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { DocumentDate } from "@/components/documents/document-date";
import { buttonClass } from "@/components/ui/button";
import { RulesEditor } from "@/components/ranking/rules-editor";
import { SignOffForm } from "@/components/ranking/sign-off-form";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const { by } = await loadYearPage(params);
  const t = await getTranslations("ranking");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

async function Banner({ page }: { page: RankingPage }) {
  const t = await getTranslations("ranking");
  const s = page.snapshot;
  const latest = page.history[0];
  if (s?.status === "SIGNED_OFF") return <Alert tone="info">{t("banner.signedOff", { signer: s.signerName, date: formatDateTime(s.signedAt) })}</Alert>;
  if (s?.status === "APPROVED") {
    return (
      <Alert tone="success">{t("banner.approved", { date: formatDateTime(s.approvedAt), signer: s.signerName, signed: formatDateTime(s.signedAt) })}</Alert>
    );
  }
  return (
    <div className="space-y-2">
      {latest?.status === "RETURNED" && (
        <Alert tone="error">{t("banner.returned", { date: formatDateTime(latest.returnedAt), reason: latest.returnReason ?? "" })}</Alert>
      )}
      {latest?.status === "REOPENED" && (
        <Alert tone="error">{t("banner.reopened", { date: formatDateTime(latest.reopenedAt), reason: latest.reopenReason ?? "" })}</Alert>
      )}
      <Alert tone="info">{t("banner.live")}</Alert>
    </div>
  );
}

export default async function RankingPage({ params }: Params) {
  const { session, by } = await loadYearPage(params);
  if (!by) notFound();
  const t = await getTranslations();
  const year = {
    id: by.id,
    year: by.year,
    blocId: by.blocId,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  };
  const page = await getRankingPage(session, year);
  const status = page ? (page.snapshot?.status ?? "LIVE") : null;

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
  if (!page) {
    return (
      <>
        {header}
        <EmptyState title={t("ranking.hidden")} />
      </>
    );
  }

  const base = `/blocs/${by.blocId}/years/${by.year}`;
  const names = new Map(by.members.map((m) => [m.unitId, m.unit.name]));
  const links = Object.fromEntries(page.visibleSheets.map((unitId) => [unitId, `${base}/scoring/${unitId}`]));
  const snapshot = page.snapshot;
  const publicPath = `/cong-khai/xep-hang/${by.id}`;
  const memberCount = by.members.length;
  const conferences = page.conferences.map((c) => ({ id: c.id, label: `${c.title} (${formatDate(c.date)})` }));
  const ruleLabel = (r: RankingPage["ranking"]["rules"][number]) => t(`ranking.rules.kind.${r.kind}`, { group: r.kind === "groupScore" ? r.groupCode : "" });
  const shownRules = page.rules?.rules ?? [];

  return (
    <>
      {header}
      <div className="space-y-4">
        {!page.setPublished && <Alert tone="info">{t("ranking.noCriteria")}</Alert>}
        <Banner page={page} />

        <Card title={t("ranking.table.caption")}>
          <RankingTable rows={page.ranking.rows} groups={page.groups} links={links} />
        </Card>

        {page.ranking.rows.length > 0 && (
          <Card title={t("ranking.chart.title")}>
            <GroupTotalsChart
              caption={t("ranking.chart.caption", { year: by.year })}
              rows={page.ranking.rows.map((r) => ({ unitName: r.unitName, total: r.totals.total, groups: r.byGroup }))}
            />
          </Card>
        )}

        <Card title={t("ranking.downloads.title")}>
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              <a href={`/api/exports/ranking/${by.id}`} download className={buttonClass("secondary")}>
                <FileSpreadsheet aria-hidden className="size-4" />
                {t("ranking.downloads.ranking")}
              </a>
              {/* Every sheet: for who sees them all (the leader, the board, members once approved). */}
              {page.visibleSheets.length === memberCount && (
                <a href={`/api/exports/sheets/${by.id}`} download className={buttonClass("secondary")}>
                  <FileSpreadsheet aria-hidden className="size-4" />
                  {t("ranking.downloads.sheets")}
                </a>
              )}
            </div>
            {snapshot && canSeeDossier(session, year, snapshot.status) && (
              <div className="space-y-1">
                <p className="text-sm font-medium text-slate-800">{t("ranking.downloads.minutes")}</p>
                <DocumentDownloads kind="review-minutes" id={snapshot.id} />
                <DocumentDate kind="review-minutes" subjectId={snapshot.id} />
              </div>
            )}
          </div>
        </Card>

        {page.notRanked.length > 0 && (
          <Card title={t("ranking.notRanked.title")}>
            <p className="mb-2 text-sm text-slate-600">{t("ranking.notRanked.hint")}</p>
            <ul className="space-y-1 text-sm">
              {page.notRanked.map((u) => (
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

        {page.can.ballot &&
          page.ranking.unresolvedTies.map((tie) => (
            <BallotForm
              key={tie.join(":")}
              blocYearId={by.id}
              units={tie.map((id) => ({ id, name: names.get(id) ?? id }))}
              memberCount={memberCount}
              needed={quorumNeeded(memberCount)}
              conferences={conferences}
            />
          ))}

        <Card title={t("ranking.rules.title")}>
          <div className="space-y-3 text-sm">
            <p className="text-slate-600">{t("ranking.rules.hint")}</p>
            {page.rules?.publishedAt ? (
              <p className="font-medium">{t("ranking.rules.published", { date: formatDateTime(page.rules.publishedAt) })}</p>
            ) : (
              page.rules && <p className="text-amber-800">{t("ranking.rules.draft")}</p>
            )}
            {page.can.setRules ? (
              <RulesEditor key={page.rules?.version ?? 0} blocYearId={by.id} version={page.rules?.version ?? 0} rules={shownRules} groups={page.groups} />
            ) : shownRules.length === 0 ? (
              <p>{t("ranking.rules.none")}</p>
            ) : (
              <ol className="list-decimal space-y-1 pl-5">
                {shownRules.map((r, i) => (
                  <li key={i}>{ruleLabel(r)}</li>
                ))}
              </ol>
            )}
          </div>
        </Card>

        {page.can.signOff && page.setPublished && (
          <Card title={t("ranking.signOff.title")}>
            <SignOffForm blocYearId={by.id} isHead={page.isLeaderHead} headName={page.leader?.headName ?? ""} />
          </Card>
        )}

        {snapshot && page.can.approve && (
          <Card title={t("ranking.approve.title")}>
            <ApproveOrReturn snapshotId={snapshot.id} version={snapshot.version} />
          </Card>
        )}

        {snapshot && (page.can.publish || page.can.reopen) && (
          <Card title={t("ranking.public.title")}>
            <div className="space-y-3 text-sm">
              {snapshot.isPublic ? (
                <p>
                  {t("ranking.public.on")}{" "}
                  <Link href={publicPath} className="break-all text-sky-800 underline">
                    {publicPath}
                  </Link>
                </p>
              ) : (
                <p>{t("ranking.public.off")}</p>
              )}
              <div className="flex flex-wrap gap-2">
                {page.can.publish && <PublicToggle snapshotId={snapshot.id} version={snapshot.version} isPublic={snapshot.isPublic} />}
                {page.can.reopen && (
                  <ReopenForm action={reopenRankingAction} extra={{ snapshotId: snapshot.id, version: snapshot.version }} namespace="ranking" />
                )}
              </div>
            </div>
          </Card>
        )}

        <Card title={t("ranking.history.title")}>
          {page.history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("ranking.history.none")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="px-2 py-2">
                      {t("ranking.history.signedAt")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("ranking.history.signer")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("ranking.history.status")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("ranking.history.details")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.history.map((h) => (
                    <tr key={h.id} className="border-t border-slate-100 align-top">
                      <td className="px-2 py-2">{formatDateTime(h.signedAt)}</td>
                      <td className="px-2 py-2">{h.signerName}</td>
                      <td className="px-2 py-2">
                        <Badge tone={rankingStatusTone[h.status]}>{t(`ranking.status.${h.status}`)}</Badge>
                      </td>
                      <td className="px-2 py-2">
                        {h.approvedAt && <span className="block">{t("ranking.history.approvedAt", { date: formatDateTime(h.approvedAt) })}</span>}
                        {h.returnedAt && (
                          <span className="block">{t("ranking.history.returned", { date: formatDateTime(h.returnedAt), reason: h.returnReason ?? "" })}</span>
                        )}
                        {h.reopenedAt && (
                          <span className="block">{t("ranking.history.reopened", { date: formatDateTime(h.reopenedAt), reason: h.reopenReason ?? "" })}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
