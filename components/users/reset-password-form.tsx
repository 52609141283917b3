import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { resetPasswordAction } from "@/lib/users/actions";

// The administrator types the new password and hands it over; nothing is sent by e-mail.
export async function ResetPasswordForm({ userId }: { userId: string }) {
  const t = await getTranslations("users");
  return (
    <ActionForm action={resetPasswordAction} extra={{ id: userId }} successMessage={t("passwordResetDone")} resetOnSuccess>
      <p className="text-sm text-slate-600">{t("resetPasswordIntro")}</p>
      <TextField name="password" label={t("fields.newPassword")} hint={t("fields.passwordHint")} type="password" required autoComplete="new-password" />
      <TextField name="passwordConfirm" label={t("fields.passwordConfirm")} type="password" required autoComplete="new-password" />
      <SubmitButton>{t("resetPassword")}</SubmitButton>
    </ActionForm>
  );
}
