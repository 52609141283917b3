"use client";

import { useTranslations } from "next-intl";
import { recordBallotAction } from "@/lib/ranking/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";

type Props = {
  blocYearId: string;
  units: { id: string; name: string }[];
  memberCount: number;
  needed: number;
  conferences: { id: string; label: string }[];
};

/** Votes for each unit of one tie group, with the members present (the quorum is checked on the server). */
export function BallotForm({ blocYearId, units, memberCount, needed, conferences }: Props) {
  const t = useTranslations("ranking");
  return (
    <section className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h3 className="text-sm font-semibold text-slate-900">{t("ballot.title", { units: units.map((u) => u.name).join(", ") })}</h3>
      <p className="mb-3 mt-1 text-sm text-slate-700">{t("ballot.hint", { needed, members: memberCount })}</p>
      <ActionForm
        action={recordBallotAction}
        extra={{ blocYearId, unitIds: units.map((u) => u.id) }}
        successMessage={t("ballot.saved")}
        className="grid gap-3 sm:grid-cols-2"
      >
        {units.map((u) => (
          <NumberField
            key={u.id}
            name="votes[]"
            label={t("ballot.votesFor", { unit: u.name })}
            decimals={0}
            min={0}
            max={memberCount}
            required
            defaultValue={0}
          />
        ))}
        <NumberField name="presentCount" label={t("ballot.present")} decimals={0} min={0} max={memberCount} required defaultValue={memberCount} />
        <SelectField
          name="conferenceId"
          label={t("ballot.conference")}
          options={conferences.map((c) => ({ value: c.id, label: c.label }))}
          placeholder={t("ballot.noConference")}
        />
        <TextField name="note" label={t("ballot.note")} maxLength={1000} className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <SubmitButton>{t("ballot.submit")}</SubmitButton>
        </div>
      </ActionForm>
    </section>
  );
}
