"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { formatDate } from "@/lib/format/vi";
import { signPledgeAction } from "@/lib/pledges/actions";

type Unit = { id: string; name: string; headName: string | null; headTitle: string | null };
type Conference = { id: string; title: string; date: Date };

/** Board staff record a member unit's signature (signed on paper, at a conference…). Defaults to the unit's head. */
export function RecordSignatureForm({
  pledgeId,
  version,
  units,
  conferences,
}: {
  pledgeId: string;
  version: number;
  units: Unit[];
  conferences: Conference[];
}) {
  const t = useTranslations("pledges");
  const [unitId, setUnitId] = useState("");
  const [signer, setSigner] = useState({ name: "", title: "" });

  function pick(id: string) {
    const unit = units.find((u) => u.id === id);
    setUnitId(id);
    setSigner({ name: unit?.headName ?? "", title: unit?.headTitle ?? "" });
  }

  return (
    <ActionForm action={signPledgeAction} extra={{ pledgeId, version }}>
      <p className="text-sm text-slate-600">{t("record.hint")}</p>
      <SelectField
        name="unitId"
        label={t("fields.unit")}
        required
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        placeholder={t("fields.unitPlaceholder")}
        value={unitId}
        onChange={(e) => pick(e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="signerName"
          label={t("fields.signerName")}
          required
          value={signer.name}
          onChange={(e) => setSigner({ ...signer, name: e.target.value })}
          maxLength={120}
        />
        <TextField
          name="signerTitle"
          label={t("fields.signerTitle")}
          required
          value={signer.title}
          onChange={(e) => setSigner({ ...signer, title: e.target.value })}
          maxLength={200}
        />
      </div>
      {conferences.length > 0 && (
        <SelectField
          name="conferenceId"
          label={t("fields.conference")}
          options={conferences.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.date)})` }))}
          placeholder={t("fields.conferencePlaceholder")}
          defaultValue=""
        />
      )}
      <SubmitButton>{t("record.submit")}</SubmitButton>
    </ActionForm>
  );
}
