import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextField } from "@/components/ui/fields";
import { UserFields, type UserDefaults } from "@/components/users/user-fields";
import { createUserAction, updateUserAction } from "@/lib/users/actions";

type Option = { value: string; label: string };

export async function UserForm({ user, units, blocs, isSelf }: { user?: UserDefaults & { id: string }; units: Option[]; blocs: Option[]; isSelf?: boolean }) {
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  return user ? (
    <ActionForm action={updateUserAction} extra={{ id: user.id }} successMessage={tc("saved")}>
      <UserFields user={user} units={units} blocs={blocs} isSelf={isSelf} />
      <SubmitButton>{tc("save")}</SubmitButton>
    </ActionForm>
  ) : (
    <ActionForm action={createUserAction} redirectTo="/users/:id">
      <UserFields units={units} blocs={blocs} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="password" label={t("fields.password")} hint={t("fields.passwordHint")} type="password" required autoComplete="new-password" />
        <TextField name="passwordConfirm" label={t("fields.passwordConfirm")} type="password" required autoComplete="new-password" />
        <CheckboxField name="active" label={t("fields.activeNow")} defaultChecked />
      </div>
      <SubmitButton>{t("new")}</SubmitButton>
    </ActionForm>
  );
}
