"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setPasswordWithLinkAction } from "@/lib/users/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton, TextField } from "@/components/ui/fields";

/** The set-password form behind a link; an unusable link gets one message, whatever the reason. */
export function SetPasswordPanel({ token, account }: { token: string; account: { name: string; username: string } | null }) {
  const t = useTranslations("accounts");
  const [done, setDone] = useState<string | null>(null);

  if (!account || done)
    return (
      <div className="mt-4 space-y-4">
        {done ? <Alert tone="success">{t("set.done", { username: done })}</Alert> : <Alert tone="error">{t("errors.linkInvalid")}</Alert>}
        <ButtonLink href="/login">{t("set.toLogin")}</ButtonLink>
      </div>
    );

  return (
    <ActionForm
      action={setPasswordWithLinkAction}
      extra={{ token }}
      onSuccess={(data: { username: string }) => setDone(data.username)}
      className="mt-4 space-y-4"
    >
      <p className="text-sm text-slate-600">{t("set.intro", { name: account.name, username: account.username })}</p>
      {/* The username beside the new password lets a password manager file them together. */}
      <input type="text" name="username" value={account.username} autoComplete="username" readOnly hidden />
      <TextField name="password" label={t("set.password")} hint={t("set.hint")} type="password" required autoComplete="new-password" />
      <TextField name="passwordConfirm" label={t("set.passwordConfirm")} type="password" required autoComplete="new-password" />
      <SubmitButton>{t("set.submit")}</SubmitButton>
    </ActionForm>
  );
}
