import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage } from "@/lib/blocs/year-page";
import { formatDate } from "@/lib/format/vi";
import { acceptProposalAction, createProposalAction, reopenProposalAction, returnProposalAction } from "@/lib/awards/actions";
import { canDecideProposal, canDraftProposal, canSetQuotas } from "@/lib/awards/policy";
import { problemMessage } from "@/lib/awards/quota";
import { getAwardsOfYear } from "@/lib/awards/queries";
import { canEditNominees, transition } from "@/lib/awards/rules";
import { canSeeDossier } from "@/lib/documents/policy";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { DossierDownloads } from "@/components/documents/dossier-downloads";
import { AddNomineeForm } from "@/components/awards/add-nominee-form";
import { DecisionForm } from "@/components/awards/decision-form";
import { proposalStatusTone } from "@/components/awards/labels";
import { NomineesTable } from "@/components/awards/nominees-table";
import { QuotaForm } from "@/components/awards/quota-form";
import { ReasonForm } from "@/components/awards/reason-form";
import { SubmitProposalForm } from "@/components/awards/submit-form";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const { by } = await loadYearPage(params);
  const t = await getTranslations("awards");
  return { title: by ? `${t("title", { year: by.year })} – ${by.bloc.name}` : undefined };
}

// Quotas of the year, and the award proposal drafted from the approved ranking: the leader edits
// and submits, the board accepts or returns, then records the decision (frozen afterwards).
export default async function AwardsPage({ params }: Params) {
  const { session, by } = await loadYearPage(params);
  if (!by) notFound();
  const t = await getTranslations();
  const { members, forms, ranking, proposal, problems } = await getAwardsOfYear(by.id);
  const year = { blocId: by.bloc.id, leaderUnitId: by.leaderUnitId, deputyUnitId: by.deputyUnitId, memberUnitIds: members.map((m) => m.id) };
  const draft = canDraftProposal(session, year);
  const decide = canDecideProposal(session, year);
  const activeForms = forms.filter((f) => !f.archived);

  const quotaText = (f: (typeof forms)[number]) =>
    f.maxCount !== null
      ? t("awards.quotas.count", { count: f.maxCount })
      : f.percent !== null
        ? t("awards.quotas.percent", { percent: f.percent, count: f.limit ?? 0 })
        : t("awards.quotas.none");

  const quotas = (
    <Card title={t("awards.quotas.title")}>
      <div className="space-y-3">
        <p className="text-sm text-slate-600">{t("awards.quotas.hint")}</p>
        {forms.length === 0 ? (
          <p className="text-sm text-slate-600">{t("awards.quotas.noForms")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {forms.map((f) => (
              <li key={f.awardFormId} className="flex flex-wrap items-end justify-between gap-3 px-3 py-3 text-sm">
                <div>
                  <p className="font-medium text-slate-900">{f.formName}</p>
                  <p className="text-slate-600">{quotaText(f)}</p>
                </div>
                {canSetQuotas(session, year) && !f.archived && (
                  <QuotaForm blocYearId={by.id} awardFormId={f.awardFormId} formName={f.formName} maxCount={f.maxCount} percent={f.percent} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );

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

  if (!proposal) {
    return (
      <>
        {header}
        <div className="space-y-4">
          {quotas}
          {!ranking ? (
            <EmptyState title={t("awards.proposal.noRanking")} hint={t("awards.proposal.noRankingHint")} />
          ) : draft ? (
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

  const versioned = { proposalId: proposal.id, version: proposal.version };
  const editable = draft && canEditNominees(proposal.status);
  const decided = proposal.status === "DECIDED";
  const nominees = proposal.nominees.map((n) => ({ id: n.id, unitId: n.unitId, unitName: n.unit.name, awardFormId: n.awardFormId, awarded: n.awarded }));
  const formName = new Map(forms.map((f) => [f.awardFormId, f.formName]));

  return (
    <>
      {header}
      <div className="space-y-4">
        {quotas}
        <Card title={t("awards.proposal.title")}>
          <div className="space-y-4">
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
              {proposal.number && (
                <span>
                  {t("awards.proposal.number")}: {proposal.number}
                </span>
              )}
              {proposal.submittedAt && <span>{t("awards.proposal.submittedOn", { date: formatDate(proposal.submittedAt) })}</span>}
              {proposal.acceptedAt && <span>{t("awards.proposal.acceptedOn", { date: formatDate(proposal.acceptedAt) })}</span>}
            </p>
            {proposal.status === "RETURNED" && proposal.returnedAt && (
              <Alert tone="error">{t("awards.proposal.returned", { date: formatDate(proposal.returnedAt), reason: proposal.returnReason ?? "" })}</Alert>
            )}
            {decided && (
              <Alert tone="success">
                <p>
                  {t("awards.board.decided", {
                    number: proposal.decisionNumber ?? "",
                    date: formatDate(proposal.decisionDate),
                    issuer: proposal.decisionIssuer ?? "",
                  })}
                </p>
                <p className="mt-1">{t("awards.board.frozen")}</p>
              </Alert>
            )}

            <NomineesTable
              forms={forms}
              nominees={nominees}
              rows={ranking?.data.rows ?? []}
              editVersion={editable ? proposal.version : null}
              decided={decided}
            />

            {canEditNominees(proposal.status) && problems.length > 0 && (
              <Alert tone="error">
                <p className="font-medium">{t("awards.proposal.problemsTitle")}</p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5">
                  {problems.map((p, i) => {
                    const m = problemMessage(p);
                    return <li key={i}>{t(m.key, m.params)}</li>;
                  })}
                </ul>
              </Alert>
            )}
            {canEditNominees(proposal.status) && !ranking && <Alert tone="error">{t("awards.errors.rankingNotApproved")}</Alert>}

            {editable && (
              <>
                <section className="border-t border-slate-200 pt-4">
                  <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.proposal.add.title")}</h3>
                  <AddNomineeForm
                    {...versioned}
                    units={members.map((m) => ({ value: m.id, label: m.name }))}
                    forms={activeForms.map((f) => ({ value: f.awardFormId, label: f.formName }))}
                  />
                </section>
                <section className="border-t border-slate-200 pt-4">
                  <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.proposal.submit.title")}</h3>
                  <SubmitProposalForm {...versioned} number={proposal.number} />
                </section>
              </>
            )}
            {draft && !canEditNominees(proposal.status) && !decided && <p className="text-sm text-slate-600">{t("awards.proposal.readOnly")}</p>}

            {decide && (
              <div className="flex flex-wrap items-start gap-2 border-t border-slate-200 pt-4">
                {transition(proposal.status, "accept") && (
                  <ConfirmButton
                    action={acceptProposalAction}
                    input={versioned}
                    variant="primary"
                    label={t("awards.board.accept")}
                    title={t("awards.board.acceptTitle")}
                    message={t("awards.board.acceptMessage")}
                  />
                )}
                {transition(proposal.status, "return") && <ReasonForm action={returnProposalAction} extra={versioned} keys="board.return" />}
                {decided && <ReasonForm action={reopenProposalAction} extra={versioned} keys="reopen" />}
              </div>
            )}
            {decide && transition(proposal.status, "decide") && (
              <section className="border-t border-slate-200 pt-4">
                <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.board.decision.title")}</h3>
                <DecisionForm {...versioned} nominees={nominees.map((n) => ({ id: n.id, label: `${n.unitName} – ${formName.get(n.awardFormId) ?? ""}` }))} />
              </section>
            )}
          </div>
        </Card>
        {/* Nominee officers see their own achievement report; the rest of the dossier follows the ranking's visibility. */}
        {canSeeDossier(
          session,
          year,
          ranking ? "APPROVED" : null,
          nominees.map((n) => n.unitId),
        ) && (
          <Card title={t("documents.dossier.title")}>
            <DossierDownloads
              snapshotId={proposal.rankingId ?? undefined}
              proposalId={canSeeDossier(session, year, ranking ? "APPROVED" : null) ? proposal.id : undefined}
              nominees={nominees
                .filter((n) => canSeeDossier(session, year, ranking ? "APPROVED" : null, [n.unitId]))
                .map((n) => ({ id: n.id, unitName: n.unitName }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
