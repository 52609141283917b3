import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CheckboxField, SelectField, SubmitButton, TextAreaField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";
import { addDecisionAction, recordVoteAction, removeDecisionAction, updateDecisionAction } from "@/lib/conferences/actions";
import type { Quorum } from "@/lib/conferences/quorum";
import { QuorumText } from "@/components/conferences/quorum-text";

type Decision = {
  id: string;
  content: string;
  needsVote: boolean;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  presentCount: number | null;
  memberCount: number | null;
  awardForm: { id: string; name: string } | null;
};

type Translate = Awaited<ReturnType<typeof getTranslations<"conferences">>>;

/** A decision's fields, blank to add one or filled to edit it. */
function DecisionFields({ t, awardForms, decision }: { t: Translate; awardForms: { value: string; label: string }[]; decision?: Decision }) {
  return (
    <>
      <TextAreaField name="content" label={t("decisions.content")} required defaultValue={decision?.content} />
      <CheckboxField name="needsVote" label={t("decisions.needsVoteLabel")} hint={t("decisions.needsVoteHint")} defaultChecked={decision?.needsVote} />
      <SelectField
        name="awardFormId"
        label={t("decisions.awardForm")}
        hint={t("decisions.awardFormHint")}
        options={awardForms}
        placeholder={t("fields.none")}
        defaultValue={decision?.awardForm?.id ?? ""}
      />
    </>
  );
}

/** Decisions of the conference; one that needs a vote is recorded only with two thirds of members present. */
export async function DecisionsCard({
  conferenceId,
  decisions,
  awardForms,
  quorum,
  manage,
}: {
  conferenceId: string;
  decisions: Decision[];
  awardForms: { value: string; label: string }[];
  quorum: Quorum;
  manage: boolean;
}) {
  const t = await getTranslations("conferences");
  return (
    <Card title={t("decisions.title")}>
      <div className="space-y-4">
        <QuorumText quorum={quorum} />
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("decisions.empty")}</p>
        ) : (
          <ol className="space-y-3">
            {decisions.map((d, i) => (
              <li key={d.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="whitespace-pre-line text-sm text-slate-900">
                    <span className="font-semibold">{i + 1}. </span>
                    {d.content}
                  </p>
                  {d.needsVote && <Badge tone="sky">{t("decisions.needsVote")}</Badge>}
                  {d.awardForm && <Badge tone="slate">{t("decisions.onAward", { form: d.awardForm.name })}</Badge>}
                </div>
                {d.needsVote && d.votesFor !== null && (
                  <p className="mt-2 text-sm text-slate-700">
                    {t("decisions.result", {
                      votesFor: d.votesFor,
                      against: d.votesAgainst ?? 0,
                      abstain: d.votesAbstain ?? 0,
                      present: d.presentCount ?? 0,
                      members: d.memberCount ?? 0,
                    })}
                  </p>
                )}
                {d.needsVote && d.votesFor === null && <p className="mt-2 text-sm text-slate-600">{t("decisions.noVoteYet")}</p>}
                {manage && (
                  <div className="mt-3 space-y-3 border-t border-slate-100 pt-3">
                    {d.needsVote && (
                      <ActionForm action={recordVoteAction} extra={{ decisionId: d.id }} successMessage={t("decisions.voteSaved")}>
                        <fieldset className="grid gap-3 sm:grid-cols-3">
                          <legend className="mb-2 text-sm font-medium text-slate-800">{t("decisions.voteLegend")}</legend>
                          <NumberField name="votesFor" decimals={0} min={0} max={500} label={t("decisions.votesFor")} required defaultValue={d.votesFor} />
                          <NumberField
                            name="votesAgainst"
                            decimals={0}
                            min={0}
                            max={500}
                            label={t("decisions.votesAgainst")}
                            required
                            defaultValue={d.votesAgainst ?? 0}
                          />
                          <NumberField
                            name="votesAbstain"
                            decimals={0}
                            min={0}
                            max={500}
                            label={t("decisions.votesAbstain")}
                            required
                            defaultValue={d.votesAbstain ?? 0}
                          />
                        </fieldset>
                        <SubmitButton>{t("decisions.recordVote")}</SubmitButton>
                      </ActionForm>
                    )}
                    <details>
                      <summary className="cursor-pointer text-sm text-sky-800">{t("decisions.edit")}</summary>
                      <div className="mt-3">
                        <ActionForm action={updateDecisionAction} extra={{ decisionId: d.id }} successMessage={t("decisions.saved")}>
                          <DecisionFields t={t} awardForms={awardForms} decision={d} />
                          <SubmitButton>{t("decisions.save")}</SubmitButton>
                        </ActionForm>
                      </div>
                    </details>
                    <ConfirmButton
                      action={removeDecisionAction}
                      input={{ decisionId: d.id }}
                      label={t("decisions.remove")}
                      title={t("decisions.removeTitle")}
                      message={t("decisions.removeConfirm")}
                      confirmLabel={t("decisions.remove")}
                      variant="secondary"
                    />
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {manage && (
          <div className="border-t border-slate-200 pt-4">
            <ActionForm action={addDecisionAction} extra={{ conferenceId }} resetOnSuccess>
              <h3 className="text-sm font-semibold text-slate-800">{t("decisions.add")}</h3>
              <DecisionFields t={t} awardForms={awardForms} />
              <SubmitButton>{t("decisions.add")}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </div>
    </Card>
  );
}
