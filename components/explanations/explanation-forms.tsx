"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { DateTimeField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";
import { answerExplanationAction, decideExplanationAction, openExplanationsAction } from "@/lib/explanations/actions";
import { SCORE_MESSAGES } from "@/lib/validation/number-messages";

/** Leader or board: until when the units may answer (opening the window, or moving its deadline). */
export function WindowForm({ blocYearId, until, opened }: { blocYearId: string; until: string; opened: boolean }) {
  const t = useTranslations("explanations");
  return (
    <ActionForm action={openExplanationsAction} extra={{ blocYearId }} className="flex flex-wrap items-end gap-3">
      <DateTimeField name="until" label={t("window.until")} defaultValue={until} required />
      <SubmitButton>{t(opened ? "window.change" : "window.submit")}</SubmitButton>
    </ActionForm>
  );
}

/** The unit: accept the score, or explain (the text then required). */
export function AnswerForm({ sheetId, leafCode }: { sheetId: string; leafCode: string }) {
  const t = useTranslations("explanations");
  const [choice, setChoice] = useState("explain");
  return (
    <ActionForm action={answerExplanationAction} extra={{ sheetId, leafCode }} className="space-y-2">
      <SelectField
        name="accepted"
        label={t("answer.title")}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        options={[
          { value: "explain", label: t("answer.explain") },
          { value: "accept", label: t("answer.accept") },
        ]}
        className="max-w-xs"
      />
      <TextAreaField name="text" label={t("answer.text")} required={choice === "explain"} rows={3} maxLength={4000} />
      <SubmitButton>{t("answer.submit")}</SubmitButton>
    </ActionForm>
  );
}

/** The reviewer (or the board): keep the score, or change it; a reason either way. */
export function DecideForm({ sheetId, leafCode, gate }: { sheetId: string; leafCode: string; gate: boolean }) {
  const t = useTranslations("explanations");
  const ts = useTranslations("scoring");
  const [decision, setDecision] = useState("KEEP");
  return (
    <ActionForm action={decideExplanationAction} extra={{ sheetId, leafCode }} className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          name="decision"
          label={t("decide.title")}
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
          options={[
            { value: "KEEP", label: t("decide.keep") },
            { value: "CHANGE", label: t("decide.change") },
          ]}
        />
        {decision === "CHANGE" &&
          (gate ? (
            <SelectField
              name="passed"
              label={t("decide.value")}
              required
              options={[
                { value: "pass", label: ts("gate.pass") },
                { value: "fail", label: ts("gate.fail") },
              ]}
            />
          ) : (
            <NumberField
              name="points"
              label={t("decide.value")}
              decimals={2}
              min={0}
              messages={SCORE_MESSAGES}
              params={{ leaf: leafCode }}
              required
              className="w-32"
            />
          ))}
      </div>
      <TextAreaField name="reason" label={t("decide.reason")} required rows={2} maxLength={2000} />
      <SubmitButton>{t("decide.submit")}</SubmitButton>
    </ActionForm>
  );
}
