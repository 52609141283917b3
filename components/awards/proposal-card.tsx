import { getTranslations } from "next-intl/server";
import { acceptProposalAction, reopenProposalAction, returnProposalAction } from "@/lib/awards/actions";
import type { AwardsCan } from "@/lib/awards/policy";
import type { AwardsOfYear } from "@/lib/awards/queries";
import { problemMessage } from "@/lib/awards/quota";
import { canEditNominees, transition } from "@/lib/awards/rules";
import { formatDate } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { AddNomineeForm } from "@/components/awards/add-nominee-form";
import { DecisionForm } from "@/components/awards/decision-form";
import { NomineesTable } from "@/components/awards/nominees-table";
import { ReasonForm } from "@/components/awards/reason-form";
import { SubmitProposalForm } from "@/components/awards/submit-form";

type Proposal = NonNullable<AwardsOfYear["proposal"]>;
export type NomineeRow = { id: string; unitId: string; unitName: string; awardFormId: string; awarded: boolean | null };
type Props = { awards: AwardsOfYear; proposal: Proposal; nominees: NomineeRow[]; can: AwardsCan };

// The leader edits and submits, the board accepts or returns, then records the decision (frozen afterwards).
export async function ProposalCard({ awards, proposal, nominees, can }: Props) {
  const t = await getTranslations();
  const { forms, ranking, members, problems } = awards;
  const versioned = { proposalId: proposal.id, version: proposal.version };
  const open = canEditNominees(proposal.status);
  const decided = proposal.status === "DECIDED";
  const formName = new Map(forms.map((f) => [f.awardFormId, f.formName]));
  return (
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
          editVersion={can.editNominees ? proposal.version : null}
          decided={decided}
          registered={awards.registered}
        />
        {open && problems.length > 0 && (
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
        {open && !ranking && <Alert tone="error">{t("awards.errors.rankingNotApproved")}</Alert>}
        {can.editNominees && (
          <>
            <section className="border-t border-slate-200 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.proposal.add.title")}</h3>
              <AddNomineeForm
                {...versioned}
                units={members.map((m) => ({ value: m.id, label: m.name }))}
                forms={forms.filter((f) => !f.archived).map((f) => ({ value: f.awardFormId, label: f.formName }))}
              />
            </section>
            <section className="border-t border-slate-200 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.proposal.submit.title")}</h3>
              <SubmitProposalForm {...versioned} number={proposal.number} />
            </section>
          </>
        )}
        {can.draft && !open && !decided && <p className="text-sm text-slate-600">{t("awards.proposal.readOnly")}</p>}
        {can.decide && (
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
        {can.decide && transition(proposal.status, "decide") && (
          <section className="border-t border-slate-200 pt-4">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("awards.board.decision.title")}</h3>
            <DecisionForm {...versioned} nominees={nominees.map((n) => ({ id: n.id, label: `${n.unitName} – ${formName.get(n.awardFormId) ?? ""}` }))} />
          </section>
        )}
      </div>
    </Card>
  );
}
