import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ownMemberUnitOf } from "@/lib/blocs/policy";
import { loadYearPage } from "@/lib/blocs/year-page";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import { getDashboard } from "@/lib/scoring/queries";
import { closesAtFor, toVietnamDateTimeInput } from "@/lib/scoring/window";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { YearTabs } from "@/components/blocs/year-tabs";
import { ExtensionForm, RoundForm } from "@/components/scoring/round-forms";
import { AssignReviewerForm } from "@/components/scoring/sheet-actions";
import { sheetStatusTone } from "@/components/scoring/labels";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const { by } = await loadYearPage(params);
  const t = await getTranslations("scoring");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

export default async function ScoringPage({ params }: Params) {
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
  const dash = await getDashboard(session, year);
  const base = `/blocs/${by.blocId}/years/${by.year}/scoring`;
  const ownUnit = ownMemberUnitOf(session, year);
  const units = by.members.map((m) => ({ id: m.unit.id, name: m.unit.name }));
  const round = dash.round;

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
        <Card title={t("scoring.round.title")}>
          <div className="space-y-3 text-sm">
            {round ? (
              <p>
                {t("scoring.round.window", { opens: formatDateTime(round.opensAt), closes: formatDateTime(round.closesAt) })}
                {ownUnit && closesAtFor(round, ownUnit).getTime() !== round.closesAt.getTime() && (
                  <span className="ml-2 font-medium">{t("scoring.round.extendedFor", { closes: formatDateTime(closesAtFor(round, ownUnit)) })}</span>
                )}
              </p>
            ) : (
              <p>{t("scoring.round.none")}</p>
            )}
            {round && round.extensions.length > 0 && (
              <ul className="list-disc pl-5">
                {round.extensions.map((e, i) => (
                  <li key={i}>
                    {t("scoring.round.extension", {
                      unit: e.unitId ? (units.find((u) => u.id === e.unitId)?.name ?? "") : t("scoring.round.allUnits"),
                      closes: formatDateTime(e.closesAt),
                      reason: e.reason,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {dash.canManageRound && (
              <>
                <RoundForm
                  blocYearId={by.id}
                  opensAt={round ? toVietnamDateTimeInput(round.opensAt) : ""}
                  closesAt={round ? toVietnamDateTimeInput(round.closesAt) : ""}
                />
                {round && <ExtensionForm blocYearId={by.id} units={units} />}
              </>
            )}
          </div>
        </Card>

        {ownUnit && (
          <Card title={t("scoring.own.title")}>
            <Link href={`${base}/${ownUnit}`} className="text-sky-800 underline">
              {t("scoring.own.open")}
            </Link>
          </Card>
        )}

        {dash.rows ? (
          <Card title={t("scoring.dashboard.title")}>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="px-2 py-2">
                      {t("scoring.dashboard.unit")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("scoring.dashboard.status")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("scoring.dashboard.lastChange")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("scoring.dashboard.deadline")}
                    </th>
                    <th scope="col" className="px-2 py-2 text-right">
                      {t("scoring.dashboard.total")}
                    </th>
                    {dash.canAssign && (
                      <th scope="col" className="px-2 py-2">
                        {t("scoring.dashboard.reviewer")}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {dash.rows.map((r) => (
                    <tr key={r.unitId} className="border-t border-slate-100 align-top">
                      <td className="px-2 py-2">
                        <Link href={`${base}/${r.unitId}`} className="text-sky-800 underline">
                          {r.unitName}
                        </Link>
                      </td>
                      <td className="px-2 py-2">
                        <Badge tone={sheetStatusTone[r.status]}>{t(`scoring.status.${r.status}`)}</Badge>
                        {r.reviewed && <span className="ml-1 text-xs text-slate-600">{t("scoring.dashboard.reviewed")}</span>}
                      </td>
                      <td className="px-2 py-2">{r.updatedAt ? formatDateTime(r.updatedAt) : "–"}</td>
                      <td className="px-2 py-2">{r.closesAt ? formatDateTime(r.closesAt) : "–"}</td>
                      <td className="px-2 py-2 text-right">{r.total === null ? "–" : formatNumber(r.total)}</td>
                      {dash.canAssign && (
                        <td className="px-2 py-2">
                          <AssignReviewerForm blocYearId={by.id} unitId={r.unitId} current={r.reviewerUnitId} units={units} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        ) : (
          !ownUnit && <EmptyState title={t("scoring.dashboard.hidden")} />
        )}
      </div>
    </>
  );
}
