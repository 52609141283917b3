import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { createProposalAction } from "@/lib/awards/actions";
import type { AwardsCan } from "@/lib/awards/policy";
import type { AwardsOfYear } from "@/lib/awards/queries";
import { formatDate } from "@/lib/format/vi";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DossierDownloads } from "@/components/documents/dossier-downloads";
import { proposalStatusTone } from "@/components/awards/labels";
import { ProposalCard } from "@/components/awards/proposal-card";
import { QuotasCard } from "@/components/awards/quotas-card";
import { RegulationSource } from "@/components/regulations/regulation-in-force";
import type { RegulationInForce } from "@/lib/regulations/queries";

type Props = { by: BlocYearRow; awards: AwardsOfYear; can: AwardsCan; regulation: RegulationInForce | null };

/** Quotas of the year (citing the bloc's regulation in force), and the award proposal drafted from the approved ranking. */
export async function AwardsView({ by, awards, can, regulation }: Props) {
  const t = await getTranslations();
  const { ranking, proposal } = awards;
  const header = (
    <YearPageHeader
      bloc={by.bloc}
      year={by.year}
      title={t("awards.title", { year: by.year })}
      crumb={t("awards.crumb")}
      active="awards"
      badge={proposal && <Badge tone={proposalStatusTone[proposal.status]}>{t(`awards.status.${proposal.status}`)}</Badge>}
    />
  );
  const quotas = (
    <QuotasCard blocYearId={by.id} forms={awards.forms} canSet={can.setQuotas} source={<RegulationSource blocId={by.blocId} regulation={regulation} />} />
  );

  if (!proposal) {
    return (
      <>
        {header}
        <div className="space-y-4">
          {quotas}
          {!ranking ? (
            <EmptyState title={t("awards.proposal.noRanking")} hint={t("awards.proposal.noRankingHint")} />
          ) : can.draft ? (
            <Card title={t("awards.proposal.title")}>
              <div className="space-y-3">
                <p className="text-sm text-slate-600">{t("awards.proposal.createHint", { date: formatDate(ranking.approvedAt) })}</p>
                <ConfirmButton
                  action={createProposalAction}
                  input={{ blocYearId: by.id }}
                  variant="primary"
                  label={t("awards.proposal.create")}
                  confirmLabel={t("awards.proposal.create")}
                  title={t("awards.proposal.createTitle")}
                  message={t("awards.proposal.createMessage")}
                />
              </div>
            </Card>
          ) : (
            <EmptyState title={t("awards.proposal.empty")} />
          )}
        </div>
      </>
    );
  }

  const nominees = proposal.nominees.map((n) => ({ id: n.id, unitId: n.unitId, unitName: n.unit.name, awardFormId: n.awardFormId, awarded: n.awarded }));
  return (
    <>
      {header}
      <div className="space-y-4">
        {quotas}
        <ProposalCard awards={awards} proposal={proposal} nominees={nominees} can={can} />
        {/* Nominee officers see their own achievement report; the rest of the dossier follows the ranking's visibility. */}
        {can.dossier && (
          <Card title={t("documents.dossier.title")}>
            <DossierDownloads
              snapshotId={proposal.rankingId ?? undefined}
              proposalId={can.submission ? proposal.id : undefined}
              nominees={nominees.filter((n) => can.reportOf(n.unitId)).map((n) => ({ id: n.id, unitName: n.unitName }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
