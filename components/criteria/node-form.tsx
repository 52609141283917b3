"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { addCriterionAction, updateCriterionAction } from "@/lib/criteria/actions";
import { MAX_POINTS_RULES as MAX_POINTS, NODE_KINDS } from "@/lib/criteria/schemas";
import { NumberField } from "@/components/ui/number-field";
import type { CriteriaTableRow } from "@/components/criteria/labels";

type Props =
  | { mode: "add"; setId: string; version: number; parentId: string | null; onDone?: () => void }
  | { mode: "edit"; version: number; node: CriteriaTableRow; onDone?: () => void };

/** Add a group or criterion (at the top or under a group), or edit one. Max points accept a comma or a dot. */
export function NodeForm(props: Props) {
  const t = useTranslations("criteria");
  const node = props.mode === "edit" ? props.node : null;
  const extra =
    props.mode === "add" ? { setId: props.setId, version: props.version, parentId: props.parentId ?? "" } : { nodeId: props.node.id, version: props.version };
  return (
    <ActionForm
      action={props.mode === "add" ? addCriterionAction : updateCriterionAction}
      extra={extra}
      resetOnSuccess={props.mode === "add"}
      successMessage={t("form.saved")}
      className="grid gap-3 sm:grid-cols-6"
    >
      <TextField name="code" label={t("form.code")} required maxLength={20} defaultValue={node?.code} className="sm:col-span-1" />
      <TextField name="title" label={t("form.title")} required maxLength={500} defaultValue={node?.title} className="sm:col-span-5" />
      <SelectField
        name="kind"
        label={t("form.kind")}
        required
        defaultValue={node?.kind ?? "STANDARD"}
        options={NODE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        className="sm:col-span-2"
      />
      <NumberField
        name="maxPoints"
        label={t("form.maxPoints")}
        hint={t("form.maxHint")}
        {...MAX_POINTS}
        defaultValue={node?.maxText}
        className="sm:col-span-2"
      />
      <CheckboxField name="evidenceRequired" label={t("form.evidenceRequired")} defaultChecked={node?.evidenceRequired} className="self-center sm:col-span-2" />
      <TextAreaField name="guidance" label={t("form.guidance")} maxLength={3000} defaultValue={node?.guidance ?? ""} className="sm:col-span-6" />
      <div className="flex gap-2 sm:col-span-6">
        <SubmitButton>{props.mode === "add" ? t("form.submitAdd") : t("form.submitEdit")}</SubmitButton>
        {props.onDone && (
          <Button variant="secondary" onClick={props.onDone}>
            {t("form.cancel")}
          </Button>
        )}
      </div>
    </ActionForm>
  );
}
