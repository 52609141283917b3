"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createUserAction } from "@/lib/users/actions";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import type { AccountShape } from "@/lib/auth/permissions";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { CheckboxField, SubmitButton, TextField } from "@/components/ui/fields";
import { UserFields } from "@/components/users/user-fields";
import { HandoverSheet } from "@/components/accounts/handover-sheet";

type Option = { value: string; label: string };
type Created = { id: string; handover: Handover | null };

/**
 * A new account: with a set-password link (the default: nobody but its owner ever knows the
 * password) or with a password typed here, which its owner changes at the first sign-in.
 */
export function CreateAccountForm({ roles, units, blocs, hours }: { roles: AccountShape[]; units: Option[]; blocs: Option[]; hours: number }) {
  const t = useTranslations("accounts");
  const tu = useTranslations("users");
  const router = useRouter();
  const [mode, setMode] = useState<"link" | "password">("link");
  const [created, setCreated] = useState<(Created & { username: string }) | null>(null);

  if (created?.handover)
    return (
      <div className="space-y-3">
        <Alert tone="success">{t("create.created", { username: created.username })}</Alert>
        <HandoverSheet handover={created.handover} onDone={() => router.push(`/users/${created.id}`)} />
        <ButtonLink href={`/users/${created.id}`} variant="secondary" className="print:hidden">
          {t("create.open")}
        </ButtonLink>
      </div>
    );

  return (
    <ActionForm
      action={createUserAction}
      onSuccess={(data: Created) => {
        if (data.handover) setCreated({ ...data, username: data.handover.links[0]?.username ?? "" });
        else router.push(`/users/${data.id}`);
      }}
    >
      <UserFields roles={roles} units={units} blocs={blocs} />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("create.mode")}</legend>
        {(["link", "password"] as const).map((m) => (
          <label key={m} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="radio" name="passwordMode" value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-0.5 h-4 w-4 border-slate-400" />
            <span>
              {m === "link" ? t("create.modeLink") : t("create.modePassword")}
              <span className="block text-xs text-slate-600">{m === "link" ? t("create.modeLinkHint", { hours }) : t("create.modePasswordHint")}</span>
            </span>
          </label>
        ))}
        {mode === "password" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="password" label={tu("fields.password")} hint={tu("fields.passwordHint")} type="password" required autoComplete="new-password" />
            <TextField name="passwordConfirm" label={tu("fields.passwordConfirm")} type="password" required autoComplete="new-password" />
          </div>
        )}
      </fieldset>
      <CheckboxField name="active" label={tu("fields.activeNow")} defaultChecked />
      <SubmitButton>{tu("new")}</SubmitButton>
    </ActionForm>
  );
}
