"use client";

import { useTranslations } from "next-intl";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";

/** The signed-in user's own password: the current one, then the new one twice. */
export function ChangePasswordForm() {
  const t = useTranslations("users");
  return (
    <ActionForm action={changeOwnPasswordAction} resetOnSuccess successMessage={t("account.saved")} className="max-w-md space-y-4">
      <TextField name="currentPassword" label={t("account.current")} type="password" required autoComplete="current-password" />
      <TextField name="password" label={t("fields.newPassword")} hint={t("fields.passwordHint")} type="password" required autoComplete="new-password" />
      <TextField name="passwordConfirm" label={t("fields.passwordConfirm")} type="password" required autoComplete="new-password" />
      <SubmitButton>{t("account.submit")}</SubmitButton>
    </ActionForm>
  );
}
