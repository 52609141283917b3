import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/fields";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { UserFields, type UserDefaults } from "@/components/users/user-fields";
import { updateUserAction } from "@/lib/users/actions";
import { SET_PASSWORD_LINK_HOURS } from "@/lib/users/accounts/links";
import { accountShape } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/users/schemas";

type Option = { value: string; label: string };

export async function UserForm({ user, units, blocs, isSelf }: { user?: UserDefaults & { id: string }; units: Option[]; blocs: Option[]; isSelf?: boolean }) {
  const tc = await getTranslations("common");
  const roles = ROLES.map(accountShape);
  return user ? (
    <ActionForm action={updateUserAction} extra={{ id: user.id }} successMessage={tc("saved")}>
      <UserFields user={user} roles={roles} units={units} blocs={blocs} isSelf={isSelf} />
      <SubmitButton>{tc("save")}</SubmitButton>
    </ActionForm>
  ) : (
    <CreateAccountForm roles={roles} units={units} blocs={blocs} hours={SET_PASSWORD_LINK_HOURS} />
  );
}
